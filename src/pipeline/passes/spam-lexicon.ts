/**
 * Vocabulary of porn, gambling and black-market (fake invoices, loans, forged papers) SEO spam, in Simplified. Only words that do not occur in government
 * prose: "久久" (久久为功), "棋牌" (棋牌室 closures) or "精品" (精品工程) are deliberately absent.
 */
export const SPAM_WORDS =
  /无码|有码|中文字幕|字幕在线|亚洲av|日韩av|欧美av|[^a-z]av(?:在线|无码|中文|片)|人妻|熟妇|熟女|毛片|黄片|成人(?:片|网|视频|影院|电影)|福利(?:片|视频|影院)|午夜(?:福利|影院|剧场|视频)|一区二区|二区三区|精品(?:无码|国产|视频|亚洲)|国产(?:精品|在线|自拍)|色综合|色婷婷|一本道|东京热|18禁|无遮挡|乱伦|伦理片|三级(?:片|理论|在线)|丝袜|高h|纯肉|av在线|裸聊|约炮|援交|博彩|赌场|赌博网|网赌|百家乐|六合彩|时时彩|北京赛车|老虎机|真人娱乐|娱乐城|(?:体育|足球|外围)投注|投注(?:网|平台|网址|app)|娱乐场(?!所)|注册(?:即|就)?送|彩票网|开户送|彩金|澳门(?:银河|新?葡京|金沙|威尼斯人)|(?:彩票|博彩)(?:平台|官网)|娱乐官网|代孕|代开[^，。,\s]{0,8}发票|发票代开|无抵押(?:信用)?(?:贷款|贷)|黑户(?:也能|可)?贷|当天放款|信用卡(?:套现|代还)|股票配资|办证刻章|刻章办证|私家侦探/g;

/** Whether a text holds any spam word at all (SPAM_WORDS is global, for finding them all; this one only tests). */
export const HAS_SPAM_WORD = new RegExp(SPAM_WORDS.source, 'i');

/** How an advertisement asks to be called: no sentence of a report gives a mobile number or a QQ. */
export const ADVERT_CONTACT =
  /(?<!\d)1[3-9]\d{9}(?!\d)|qq\s*[:：]?\s*\d{5,}|微信(?:号)?\s*[:：]|微信同号|欢迎来电|来电咨询/;
