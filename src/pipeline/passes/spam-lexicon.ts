/**
 * Vocabulary of porn and gambling SEO spam, in Simplified. Only words that do not occur in government
 * prose: "久久" (久久为功), "棋牌" (棋牌室 closures) or "精品" (精品工程) are deliberately absent.
 */
export const SPAM_WORDS =
  /无码|有码|中文字幕|字幕在线|亚洲av|日韩av|欧美av|[^a-z]av(?:在线|无码|中文|片)|人妻|熟妇|熟女|毛片|黄片|成人(?:片|网|视频|影院|电影)|福利(?:片|视频|影院)|午夜(?:福利|影院|剧场|视频)|一区二区|二区三区|精品(?:无码|国产|视频|亚洲)|国产(?:精品|在线|自拍)|色综合|色婷婷|一本道|东京热|18禁|无遮挡|乱伦|伦理片|三级(?:片|理论|在线)|丝袜|高h|纯肉|av在线|裸聊|约炮|援交|博彩|赌场|赌博网|网赌|百家乐|六合彩|时时彩|北京赛车|老虎机|真人娱乐|娱乐城|(?:体育|足球|外围)投注|投注(?:网|平台|网址|app)|娱乐场(?!所)|注册(?:即|就)?送|彩票网|开户送|彩金|澳门(?:银河|新?葡京|金沙|威尼斯人)|(?:彩票|博彩)(?:平台|官网)|娱乐官网|代孕/g;

/** Whether a text holds any spam word at all (SPAM_WORDS is global, for finding them all; this one only tests). */
export const HAS_SPAM_WORD = new RegExp(SPAM_WORDS.source, 'i');
