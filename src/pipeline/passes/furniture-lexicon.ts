/**
 * Words of web-page furniture, in Simplified, matched against the Simplified fold of a line. Grouped so a
 * removal can say what it was. These are the words any Chinese news site uses, not any one site's strings.
 */

export interface Cue {
  readonly re: RegExp;
  readonly note: string;
}

/** A photo caption (图为会议现场。) ends like a sentence: it is told by its opening and its length. */
export const CAPTION = /^(?:[▲△↑]|图为|上图|下图|图片[:：]|图[:：])/;
export const MAX_CAPTION = 60;

/** Words that mark a short line as furniture wherever it stands. */
export const FURNITURE_CUES: readonly Cue[] = [
  {
    re: /首页|当前位置|您的位置|所在位置|新闻中心|返回顶部|回到顶部|返回列表|网站地图|关于我们|联系我们|设为首页|加入收藏|友情链接|文章分类|栏目|频道|导航|登录|注册|上一篇|下一篇|上一条|下一条|关闭窗口|关闭本页|纠错|更多>>|版块|板块|相关网站|上一页|下一页|尾页|共\s*\d+\s*页|^广告$|^第?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[:：]|版面导航|标题导航|返回目录|上一版|下一版|本版新闻|^pdf版$/,
    note: 'site navigation',
  },
  // 政务公开 | 政务服务 | 互动交流: three or more short links between bars, whatever they are called
  { re: /^\s*(?:[^|｜。，,]{1,10}[|｜]){2,}[^|｜。，,]{1,10}$/, note: 'site navigation' },
  {
    re: /相关(?:新闻|阅读|文章|链接|专题|报道|推荐)|往期(?:推荐|回顾|精彩|链接)|精彩回顾|近期(?:热文|推荐)|专题(?:报道|专栏)?\s*[:：|]|为[您你]推荐|推荐阅读|热点推荐|猜你喜欢|延伸阅读|热门(?:文章|新闻|推荐)|精彩推荐|最新(?:文章|新闻|推荐)|图片新闻|(?:点击|阅读|新闻|热度|\d+小时)排行|排行榜/,
    note: 'related-links block',
  },
  {
    re: /二维码|扫一扫|扫码|扫描|分享到|分享|朋友圈|微信|微博|手机(?:看|浏览|版)|在您的设备上|关注我们|公众号|客户端|下载app|官微/,
    note: 'share or QR-code prompt',
  },
  {
    re: /字体|字号|打印|浏览(?:次数|量)|阅读(?:次数|量|数)|阅读\s*[(（]?\d|点击(?:数|量|率)|访问量|【?[大小]\s*中\s*[小大]】?/,
    note: 'page tool or view counter',
  },
  { re: /评论|回复|点赞|收藏|举报|跟帖|人参与/, note: 'comment or reaction counter' },
  // portals' prompts to read on in their app or site: 返回搜狐，查看更多 / 打开APP阅读更多精彩内容 / 点击查看全文
  {
    re: /查看(?:更多|全文|原文)|阅读更多|阅读全文|打开app|下载客户端/,
    note: 'prompt to read on elsewhere',
  },
  {
    re: /听新闻|语音播报|朗读本文|视频加载中|加载中\.{0,3}|点击播放|本文共\s*\d+\s*字|阅读(?:约需|需要|时长)|预计阅读/,
    note: 'audio, video or reading-time widget',
  },
  // a photo caption set apart from the text: "▲会议现场。记者 某某 摄", "图为会议现场"
  { re: CAPTION, note: 'photo caption' },
  { re: /原标题|本文来自|本文地址|原文链接|阅读原文|展开全文|查看原文|转载/, note: 'mirror-site source note' },
  { re: /免责声明|版权所有|版权声明|copyright|©|icp备|icp证|公网安备|许可证/, note: 'copyright or disclaimer' },
  {
    re: /网站标识码|网站识别码|主办单位|承办单位|协办单位|维护单位|技术支持|联系电话|联系方式|邮政编码|邮编|地址[:：]|建议使用.{0,12}浏览器|分辨率|网站由|欢迎您?访问|位访客|无障碍浏览|长者模式/,
    note: "site operator's footer",
  },
  { re: /https?:\/\/|www\.|\.(?:com|cn|net|html?)\b/, note: 'link' },
];

export type LabelRole = 'editor' | 'source' | 'published' | 'byline' | 'furniture';

export interface Label {
  readonly re: RegExp;
  readonly role: LabelRole;
  readonly note: string;
}

/**
 * Labels that make a line furniture even when it reads like a sentence (a disclaimer has commas too).
 * Metadata labels need their colon, so a sentence that merely begins with the word is left alone.
 */
export const LABELS: readonly Label[] = [
  {
    re: /^(?:责任编辑|责编|编辑|值班编辑|审核|审校|校对|责任校对|终审|初审|复审|一审|二审|三审|签审|编审|监制|总监制|主编|总编辑|值班主任|统筹|策划|美编|排版|制作|出品)(?:\s*[:：|｜丨]|\s+[\u3400-\u9fff]{2,4}(?:\s|$))/,
    role: 'editor',
    note: 'editor line',
  },
  { re: /^(?:来源|稿源|稿件来源|出处|消息来源|信息来源|source)\s*[:：|｜丨]/, role: 'source', note: 'source line' },
  {
    // (at a press conference 发布人：区政府副区长 某某 names who speaks, no one who posted the page)
    re: /^(?:发布者|发布人(?!\s*[:：][^\n]*(?:长|主任|书记|主席|专家|负责人|发言人))|发布单位|供稿|供稿单位|信息提供|录入|签发|附件)\s*[:：]/,
    role: 'furniture',
    note: "site's publishing record",
  },
  { re: /^(?:图片来源|图片提供|图片作者)\s*[:：]/, role: 'furniture', note: 'photo credit' },
  { re: /^(?:热门)?(?:关键词|关键字|标签|tags?)\s*[:：]/, role: 'furniture', note: 'keyword tags' },
  {
    re: /^(?:发布时间|发表时间|发布日期|更新时间|时间|日期)\s*[:：]/,
    role: 'published',
    note: 'publication time line',
  },
  {
    re: /^(?:(?:作者|记者|撰稿|撰文|文字|摄影|摄像|视频|通讯员|文\/图)\s*[:：|｜丨]|[文图]\s*[|｜丨](?=\s*[\u3400-\u9fff]))/,
    role: 'byline',
    note: 'author line',
  },
  { re: /^(?:原标题|原题)\s*[:：]?/, role: 'furniture', note: "mirror site's note of the original title" },
  { re: /^(?:编者按|编者的话|编者注)\s*[:：]?/, role: 'furniture', note: "editor's note introducing the report" },
  {
    re: /^(?:本文来自|本文来源|文章来源|本文转载自|转载自|来源于\s*[:：]|本文地址|原文地址|原文链接|本文链接)/,
    role: 'furniture',
    note: "mirror site's source note",
  },
  {
    re: /^(?:免责声明|版权声明|特别声明|法律声明|平台声明|声明\s*[:：])|^(?:版权所有|copyright|©|\(c\))/,
    role: 'furniture',
    note: 'copyright or disclaimer',
  },
  { re: /^(?:字体|字号|打印|分享到)/, role: 'furniture', note: 'page tool' },
  { re: /^(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]\s*\d/, role: 'furniture', note: 'view counter' },
];

/**
 * Words of site disclaimers; a sentence needs several of them to count as one, and one of `DISCLAIMER_ANCHOR`:
 * 会议要求，对网站、自媒体传播的谣言要及时删除 has three of them and is the report's.
 */
export const DISCLAIMER_WORDS =
  /本网|本站|网站|转载|版权|不代表|仅代表|个人观点|赞同其观点|侵权|联系我们|与我们联系|删除|真实性|知识产权|仅供参考|请读者|信息存储|信息发布平台|自媒体|用户上传|观点(?:和|或)立场|仅供其表达|不表明/g;

/** Share prompts so typical that even a line reading like a sentence is one ("扫一扫，用手机看新闻！"). */
export const SHARE_PROMPT = /扫一扫|扫描二维码|分享到|用手机(?:看|浏览|打开)|长按识别|在您的设备上/;

/** A site asking to be followed: "更多精彩内容，请关注“某某发布”微信公众号。" reads like a sentence but is none. */
export const FOLLOW_PROMPT =
  /(?:更多(?:精彩|资讯|内容|新闻|信息)[^，,。]{0,6}[，,]?\s*(?:请|欢迎)?|欢迎|敬请|点击[^，,。]{0,12}?)关注/;

/**
 * A WeChat account asking for likes and shares ("分享、点赞、在看，三连走起！"): no sentence of the report. Two
 * different words of it together, since a report may well 为医务人员点赞、为志愿者点赞.
 */
export const ENGAGE_PROMPT =
  /(分享|转发|收藏|点赞|在看)[^。]{0,6}(?!\1)(?:点赞|在看)|(?:点赞|在看)[^。]{0,6}(?:分享|转发|收藏)|一键三连|三连走起|点个赞|点个在看|点亮.{0,3}在看|设为?星标/;

/** An editor's summary at the top of a mirrored page; it usually repeats the lead paragraph. */
export const SUMMARY_LABEL = /^(?:导读|导语|摘要|内容摘要|内容提要|核心提示|提要)\s*[:：]/;

/**
 * A site's footer written as a sentence (本网站由某某主办，某某承办。/ 建议使用IE8以上浏览器浏览本站。): it ends like
 * the report's last paragraph, so it is told by its words, and only at the end of the page.
 */
export const FOOTER_SENTENCE =
  /网站由|欢迎您?访问|位访客|浏览器|分辨率|(?:主办|承办)单位\s*[:：]|本站(?:所有|全部|部分)?(?:内容|信息|文章)|仅供参考/;

/** Disclaimer words that speak of the site itself or of rights, which no sentence of a meeting report does. */
export const DISCLAIMER_ANCHOR =
  /本网|本站|转载|版权|不代表|仅代表|个人观点|赞同其观点|侵权|联系我们|与我们联系|知识产权|信息发布平台|仅供其表达|不表明/;

/**
 * Where a page's comment section begins (网友评论, 热门评论, 已有3条评论, the plea to 文明上网、理性发言): readers'
 * comments read like sentences, so everything from here on is below the report.
 */
export const COMMENT_SECTION =
  /^(?:网友|读者|全部|最新|热门|精彩)?评论(?:区|列表)?\s*(?:[(（]\d+[)）]|\d+)?$|^(?:发表|我要|查看)(?:更多)?评论|^已有\s*\d+\s*(?:条|人)(?:评论|参与)|文明上网|理性发言/;
