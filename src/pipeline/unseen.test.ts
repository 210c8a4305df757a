/**
 * Made-up reports in the shapes real pages take (other provinces and levels, other header, byline and
 * footer layouts, Traditional mirrors with pinyin), checked the way the gold file checks the samples.
 * Names are invented; places come from the gazetteer. The pipeline knows none of these strings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from './../schema';
import { processText } from './process';
import { foldToSimplified as S } from './script';

interface Expect {
  title_contains: string[];
  publishedAt: string;
  meetingDate: string;
  place: { name: string; province: string; level: string };
  outlet?: string | null;
  authors: string[];
  chair: string;
  attendees: string[];
  /** Present in a looser sense: neither required nor penalised. */
  attendees_optional?: string[];
  not_attendees?: string[];
  titles?: Record<string, string[]>;
  speakers?: Record<string, string | null>;
  directive_keys: string[];
  not_directive_keys?: string[];
  must_remove: string[];
  must_keep_once: string[];
}

const CASES: Record<string, Expect> = {
  a1_district_qingdao: {
    title_contains: ['指挥部召开调度会'],
    publishedAt: '2022-04-12T09:30',
    meetingDate: '2022-04-11',
    place: { name: '黄岛', province: '山东', level: 'district' },
    outlet: '青岛日报',
    authors: ['韩雪梅'],
    chair: '于海波',
    attendees: ['于海波', '邵立新', '宫晓峰', '栾建华', '曲丽娜'],
    titles: { 于海波: ['区委副书记', '区长'], 邵立新: ['副区长'] },
    speakers: { 压实属地责任: '于海波', 加密重点人群核酸检测频次: null },
    directive_keys: ['一是严格落实', '二是强化重点场所管控', '三是做好隔离酒店储备', '压实属地责任'],
    not_directive_keys: ['多点散发', '参加会议'],
    must_remove: ['当前位置', '字体', '浏览次数', '打印本页', '关闭窗口', 'ICP备', '主办单位', '来源：'],
    must_keep_once: ['区领导宫晓峰、栾建华、曲丽娜参加会议', '三是做好隔离酒店储备'],
  },
  a2_countycity_kunshan: {
    title_contains: ['推进会'],
    publishedAt: '2022-03-18T08:12',
    meetingDate: '2022-03-17',
    place: { name: '昆山', province: '江苏', level: 'city' },
    outlet: '昆山日报',
    authors: ['顾晓峰', '沈佳怡'],
    chair: '周建国',
    attendees: ['周建国', '陆文静', '钱志明', '吴红梅'],
    titles: { 周建国: ['市委书记', '市长'], 吴红梅: ['副市长'] },
    directive_keys: [
      '要全力开展核酸筛查。科学划定筛查范围',
      '必须严格落实“足不出户”',
      '统筹做好生活物资供应',
      '坚决克服麻痹思想',
    ],
    must_remove: ['分享到', '责任编辑', '扫一扫在手机打开当前页'],
    must_keep_once: ['（一）要全力开展核酸筛查。', '等领导出席'],
  },
  a3_prefecture_qiandongnan: {
    title_contains: ['黔东南州', '视频会议'],
    publishedAt: '2022-08-09',
    meetingDate: '2022-08-08',
    place: { name: '黔东南', province: '贵州', level: 'city' },
    outlet: '黔东南日报',
    authors: ['杨光明'],
    chair: '吴德胜',
    attendees: ['罗春林', '吴德胜', '龙文华', '潘晓梅', '石永刚'],
    titles: { 罗春林: ['州委书记'], 吴德胜: ['州长'] },
    speakers: { 加快推进老年人疫苗接种: '罗春林' },
    directive_keys: ['落地检', '加快推进老年人疫苗接种', '做好医疗救治准备', '24小时值班值守'],
    not_directive_keys: ['稍有松懈'],
    must_remove: ['您的位置', '阅读量', '相关新闻', '安全生产工作会议', 'ICP备'],
    must_keep_once: ['州领导龙文华、潘晓梅、石永刚在主会场参加会议'],
  },
  a4_province_hunan_hant: {
    title_contains: ['專題會議'],
    publishedAt: '2022-11-25T18:40',
    meetingDate: '2022-11-25',
    place: { name: '湖南', province: '湖南', level: 'province' },
    outlet: '湖南日報',
    authors: ['劉曉鳴'],
    chair: '譚國強',
    attendees: ['譚國強', '賀振宇', '鄒立平', '蔣慧敏'],
    titles: { 譚國強: ['省長'], 賀振宇: ['副省長'] },
    speakers: { 動態清零: '譚國強', 提升重症救治能力: null },
    directive_keys: ['動態清零', '加強風險人員排查管控', '提升重症救治能力', '嚴防養老院', '必須堅決扛起'],
    must_remove: ['發布日期', '字體', '打印本頁', '信息來源'],
    must_keep_once: ['副省長賀振宇通報了全省疫情防控工作情況'],
  },
  a5_city_meizhou_pinyin: {
    title_contains: ['梅州市召開疫情防控工作調度會'],
    publishedAt: '2022-01-14T10:05',
    meetingDate: '2022-01-13',
    place: { name: '梅州', province: '广东', level: 'city' },
    outlet: '梅州日報',
    authors: ['黃曉玲', '古俊杰'],
    chair: '溫志強',
    attendees: ['溫志強', '鍾偉雄', '廖美華', '曾繁榮'],
    titles: { 溫志強: ['市委副書記', '市長'] },
    directive_keys: ['返鄉人員健康管理', '加強針接種'],
    must_remove: ['(kāi)', '(diào)', '二維碼', '掃一掃', '打印本頁', '發(fā)布時(shí)間', '來(lái)源'],
    must_keep_once: ['市領導鍾偉雄、廖美華、曾繁榮出席', '溫志強要求'],
  },
  a6_city_tianshui_video: {
    title_contains: ['视频会议'],
    publishedAt: '2022-10-05T21:16',
    meetingDate: '2022-10-05',
    place: { name: '天水', province: '甘肃', level: 'city' },
    outlet: '天水在线',
    authors: [],
    chair: '李振华',
    attendees: ['王建军', '李振华', '赵志勇', '刘丽萍', '张国平'],
    not_attendees: ['马晓东'],
    titles: { 赵志勇: ['市委常委', '常务副市长'], 王建军: ['市委书记'] },
    speakers: { 加强物资储备: '王建军', 时时放心不下: '李振华' },
    directive_keys: ['始终绷紧疫情防控这根弦', '加强重点人群健康监测', '加强物资储备', '值班值守和信息报告'],
    not_directive_keys: ['观看了疫情防控警示教育片'],
    must_remove: ['分享到', 'QQ空间', '相关阅读', '安全生产工作会议', '责任编辑', '版权所有', '编辑：'],
    must_keep_once: ['始终绷紧疫情防控这根弦', '会后，与会人员观看了疫情防控警示教育片。'],
  },
  a7_county_pengxi: {
    title_contains: ['蓬溪县', '专题会议'],
    publishedAt: '2020-02-03',
    meetingDate: '2020-02-02',
    place: { name: '蓬溪', province: '四川', level: 'county' },
    outlet: '蓬溪新闻网',
    authors: ['邓小川', '蒋红梅'],
    chair: '罗建平',
    attendees: ['罗建平', '何丽娟', '唐志伟', '蒲晓东'],
    titles: { 唐志伟: ['县人大常委会主任'], 蒲晓东: ['县政协主席'] },
    directive_keys: ['一人一档', '加强农村地区管控', '强化宣传引导', '坚守岗位、履职尽责'],
    not_directive_keys: ['听取了县卫健局'],
    must_remove: ['午夜福利', '无码', '一区二区', '记者：邓小川', '发布时间'],
    must_keep_once: ['会议听取了县卫健局关于全县疫情防控工作情况的汇报。'],
  },
  a8_district_wuhou_flat: {
    title_contains: ['武侯区召开疫情防控工作调度会'],
    publishedAt: '2022-09-02T17:25',
    meetingDate: '2022-09-01',
    place: { name: '武侯', province: '四川', level: 'district' },
    outlet: '武侯区融媒体中心',
    authors: [],
    chair: '曾志明',
    attendees: ['曾志明', '王晓东', '刘婷'],
    titles: { 王晓东: ['区委副书记', '区长'] },
    directive_keys: ['全员核酸检测', '严格小区封控管理', '畅通特殊群体就医渠道', '落实落细'],
    not_directive_keys: ['容不得丝毫松懈'],
    must_remove: ['首页', '浏览次数', '字体', '打印本页', '扫一扫', '发布时间'],
    must_keep_once: ['区委书记曾志明主持会议并讲话。'],
  },
  b1_prefecture_enshi_hant: {
    title_contains: ['恩施土家族苗族自治州'],
    publishedAt: '2022-05-20T16:02',
    meetingDate: '2022-05-19',
    place: { name: '恩施', province: '湖北', level: 'city' },
    authors: ['向紅梅', '譚少華'],
    chair: '田德明',
    attendees: ['田德明', '黃志堅', '覃美玲', '向東', '彭永生'],
    titles: { 田德明: ['州委副書記', '州長'], 彭永生: ['州衛健委主任'] },
    speakers: { 慎終如始: '田德明', 加快老年人疫苗接種進度: '田德明' },
    directive_keys: ['慎終如始', '外防輸入', '加快老年人疫苗接種進度', '重點場所常態化防控', '守土有責'],
    must_remove: ['當前位置', '網站標識碼', '聯繫電話', '點擊', '記者：'],
    must_keep_once: ['等州領導出席會議'],
  },
  b2_county_xiangshan: {
    title_contains: ['象山县召开疫情防控工作会议'],
    publishedAt: '2021-08-03',
    meetingDate: '2021-08-02',
    place: { name: '象山', province: '浙江', level: 'county' },
    authors: ['邬佳丽'],
    chair: '叶建军',
    attendees: ['叶建军', '郑晓峰', '陈立平', '俞海燕', '胡斌'],
    titles: { 郑晓峰: ['县长'] },
    speakers: { 迅速进入应急状态: '郑晓峰', 抓紧推进疫苗接种: '叶建军' },
    directive_keys: ['严格入象人员管控', '抓紧推进疫苗接种', '预检分诊', '迅速进入应急状态'],
    not_directive_keys: ['防控任务十分繁重'],
    must_remove: ['信息来源', '打印', '上一篇', '下一篇', '常务会议'],
    must_keep_once: ['县长郑晓峰作具体部署。'],
  },
  b3_province_shaanxi: {
    title_contains: ['省委常委会召开会议'],
    publishedAt: '2022-01-06T07:30',
    meetingDate: '2022-01-05',
    place: { name: '陕西', province: '陕西', level: 'province' },
    outlet: '陕西日报',
    authors: ['邢媛媛'],
    chair: '刘建华',
    attendees: ['刘建华', '赵永强', '杨慧敏', '孙国梁', '马文斌', '胡振宇'],
    titles: { 胡振宇: ['省政府秘书长'], 杨慧敏: ['省委副书记'] },
    speakers: { 做好社区防控: '刘建华', 靠前指挥: '赵永强' },
    directive_keys: ['全力排查风险人员', '坚决做好社区防控', '确保群众买得到', '靠前指挥'],
    not_directive_keys: ['取得了阶段性成效', '（二）坚决做好社区防控，严格封控区、管控区管理。（三）'],
    must_remove: ['来源：'],
    must_keep_once: ['（二）坚决做好社区防控'],
  },
  b4_district_yubei_pinyin: {
    title_contains: ['渝北區召開疫情防控工作專題會議'],
    publishedAt: '2022-11-08T09:12',
    meetingDate: '2022-11-07',
    place: { name: '渝北', province: '重庆', level: 'district' },
    outlet: '渝北時報',
    authors: [],
    chair: '鄧振華',
    attendees: ['鄧振華', '魏明', '楊曉燕'],
    titles: { 鄧振華: ['區委副書記', '區長'] },
    speakers: { 加強隔離點管理: '鄧振華' },
    directive_keys: ['三不', '加強隔離點管理', '生活必需品供應'],
    must_remove: ['原標', '本文來', '展開全文', '相關', '重點項目建設', '(kāi)'],
    must_keep_once: ['區領導魏明、楊曉燕出席。'],
  },
  b5_region_guangxi: {
    title_contains: ['自治区党委常委会召开会议'],
    publishedAt: '2022-04-02T08:10',
    meetingDate: '2022-04-01',
    place: { name: '广西', province: '广西', level: 'province' },
    outlet: '广西日报',
    authors: ['覃海燕'],
    chair: '韦国栋',
    attendees: ['韦国栋', '蓝志强', '黄秀兰'],
    titles: { 韦国栋: ['自治区党委书记'], 蓝志强: ['自治区主席'] },
    directive_keys: ['动态清零', '边境地区人员核酸检测', '冷链物流'],
    not_directive_keys: ['传达学习中央有关会议精神'],
    must_remove: ['字体', '扫一扫', '作者：'],
    must_keep_once: ['自治区主席蓝志强，自治区党委副书记黄秀兰出席。'],
  },
  c1_city_yichang_passive: {
    title_contains: ['宜昌市召开疫情防控工作专题会议'],
    publishedAt: '2022-04-15',
    meetingDate: '2022-04-14',
    place: { name: '宜昌', province: '湖北', level: 'city' },
    outlet: '三峡日报',
    authors: ['彭国庆'],
    chair: '马立新',
    attendees: ['马立新', '方丽华', '邹建平'],
    not_attendees: ['陈晓敏', '吴立军'],
    titles: { 马立新: ['市委副书记', '市长'], 方丽华: ['市委常委', '副市长'] },
    speakers: { 报备制度: null, 提高政治站位: '马立新' },
    directive_keys: ['来宜返宜人员报备制度', '常态化核酸检测', '人员密集场所管理', '以战时状态'],
    must_remove: ['政务公开', '门户网站', '纠错', '我要打印', '审核：', '星期五'],
    must_keep_once: ['会议由市委副书记、市长马立新主持。'],
  },
  c2_county_taikang_dup: {
    title_contains: ['太康县召开疫情防控工作会议'],
    publishedAt: '2022-01-08',
    meetingDate: '2022-01-07',
    place: { name: '太康', province: '河南', level: 'county' },
    outlet: '太康县融媒体中心',
    authors: ['闫红伟'],
    chair: '孟庆华',
    attendees: ['孟庆华', '刘国强', '张立华', '王建民', '李秀芝'],
    titles: { 刘国强: ['县委副书记', '县长'] },
    directive_keys: ['四包一', '安全祥和的春节'],
    must_remove: ['字号', '（图）'],
    must_keep_once: ['“四包一”责任制', '安全祥和的春节'],
  },
  c3_city_lhasa_hant_pinyin: {
    title_contains: ['拉薩市召開疫情防控工作部署會'],
    publishedAt: '2022-08-12T21:30',
    meetingDate: '2022-08-11',
    place: { name: '拉萨', province: '西藏', level: 'city' },
    outlet: '拉薩日報',
    authors: [],
    chair: '王宏偉',
    attendees: ['王宏偉', '扎西次仁', '洛桑', '李國慶'],
    not_attendees: ['次仁卓瑪'],
    titles: { 扎西次仁: ['市委副書記', '市長'], 洛桑: ['市人大常委會主任'] },
    directive_keys: ['戰時狀態', '靜默管理', '加快核酸檢測進度'],
    must_remove: ['(kāi)', '稿源', '編輯', '掃描二維碼'],
    must_keep_once: ['扎西次仁就抓好疫情防控工作作了具體安排。'],
  },
  c4_district_pudong_video: {
    title_contains: ['浦东新区召开疫情防控工作视频会议'],
    publishedAt: '2022-03-28T10:02',
    meetingDate: '2022-03-27',
    place: { name: '浦东新', province: '上海', level: 'district' },
    outlet: '浦东时报',
    authors: ['潘一鸣'],
    chair: '杭立新',
    attendees: ['朱国平', '杭立新', '王俊', '陈晓燕', '钱建明'],
    titles: { 杭立新: ['区委副书记', '区长'], 钱建明: ['上海市卫健委副主任'] },
    speakers: { 动态清零: '朱国平', 米袋子: '杭立新' },
    directive_keys: ['动态清零', '核酸筛查工作', '居民生活保障'],
    not_directive_keys: ['杭立新要求'],
    must_remove: ['浦东新闻', '来源：', '【关闭】'],
    must_keep_once: ['区委副书记、区长杭立新主持会议。'],
  },
  d1_city_zhuzhou_relay: {
    title_contains: ['株洲市召开疫情防控工作调度会议'],
    publishedAt: '2022-11-02',
    meetingDate: '2022-11-01',
    place: { name: '株洲', province: '湖南', level: 'city' },
    outlet: '株洲日报',
    authors: [],
    chair: '曹志强',
    attendees: ['曹志强', '彭立新', '罗晓梅', '陈志坚'],
    attendees_optional: ['王立平'],
    not_attendees: ['张国华'],
    titles: { 曹志强: ['市委书记'] },
    directive_keys: ['三区', '日清日结'],
    not_directive_keys: ['传播速度快', '检查督导'],
    must_remove: ['字号', '【打印】', '分享至', '手机扫码'],
    must_keep_once: ['市领导 彭立新 罗晓梅 陈志坚 出席会议。'],
  },
  d2_county_jianli_hant: {
    title_contains: ['監利市召開新冠肺炎疫情防控工作推進會'],
    publishedAt: '2022-05-03T11:20',
    meetingDate: '2022-05-02',
    place: { name: '监利', province: '湖北', level: 'city' },
    authors: ['龔文華'],
    chair: '萬長青',
    attendees: ['萬長青', '童曉峰'],
    titles: { 萬長青: ['市委副書記', '市長'], 童曉峰: ['副市長'] },
    speakers: { 抓緊疫苗接種: '萬長青' },
    directive_keys: ['壓緊壓實責任', '一要抓實重點人群排查', '二要抓緊疫苗接種', '三要抓好應急處置演練', '三個不變'],
    must_remove: ['首頁', '列印', '作者', '相關閱讀', '安全生產工作會議', '春耕生產'],
    must_keep_once: ['副市長童曉峰通報了全市疫情防控工作情況。'],
  },
  e1_city_handan_widgets: {
    title_contains: ['沧州市召开疫情防控工作专题调度会'],
    publishedAt: '2022-12-10T08:45',
    meetingDate: '2022-12-09',
    place: { name: '沧州', province: '河北', level: 'city' },
    outlet: '沧州日报',
    authors: ['宋立新', '袁美玲'],
    chair: '高振东',
    attendees: ['高振东'],
    not_attendees: ['贾晓红', '孙立军', '林文华'],
    directive_keys: ['发热门诊扩容', '农村地区疫情防控'],
    must_remove: ['网站首页', '编者按', '听新闻', '本文共', '▲会议现场', '视频加载中', '公众号', '终审', '未经授权'],
    must_keep_once: ['市委副书记、市长高振东主持会议并讲话。'],
  },
  f1_county_spam_hans_pinyin: {
    title_contains: ['凤凰县召开疫情防控工作会议'],
    publishedAt: '2022-03-21T19:02',
    meetingDate: '2022-03-20',
    place: { name: '凤凰', province: '湖南', level: 'county' },
    outlet: '团结报',
    authors: [],
    chair: '龙志刚',
    attendees: ['龙志刚', '田秀英', '麻建国'],
    titles: { 麻建国: ['县人民医院院长'] },
    speakers: { 棋牌室: '龙志刚', 物价稳定: '田秀英' },
    directive_keys: ['棋牌室、网吧等场所要严格落实限流措施', '返乡人员的排查', '物价稳定'],
    not_directive_keys: ['田秀英同志强调', '汇报了核酸检测能力'],
    must_remove: ['(zhào)', '(kāi)', '(yì)', '亚洲av', '一本道'],
    must_keep_once: ['棋牌室、网吧等场所', '田秀英同志强调，'],
  },
  g1_district_gulou_ambiguous: {
    title_contains: ['鼓楼区召开疫情防控工作部署会'],
    publishedAt: '2022-03-15T18:20',
    meetingDate: '2022-03-14',
    place: { name: '鼓楼', province: '福建', level: 'district' },
    outlet: '福州日报',
    authors: [],
    chair: '林振华',
    attendees: ['林振华', '陈美琴', '郑国梁'],
    directive_keys: ['五个一律', '老年人疫苗接种'],
    must_remove: ['信息来源', '【打印】', '【关闭】'],
    must_keep_once: ['贯彻落实福州市疫情防控工作会议精神'],
  },
  h1_city_suihua_flat_hant: {
    title_contains: ['綏化市召開疫情防控工作會議'],
    publishedAt: '2022-04-07T20:15',
    meetingDate: '2022-04-07',
    place: { name: '绥化', province: '黑龙江', level: 'city' },
    outlet: '綏化日報',
    authors: [],
    chair: '孫國棟',
    attendees: ['孫國棟', '趙春雷', '馮曉東'],
    titles: { 孫國棟: ['市委書記'], 馮曉東: ['市委常委', '常務副市長'] },
    speakers: { 落地檢: '孫國棟', 春耕期間: '趙春雷' },
    directive_keys: ['從嚴從緊', '進綏返綏人員', '春耕期間人員流動管理'],
    must_remove: ['(kāi)', '發布時間', '相關新聞', '春耕生產工作會議', '多措並舉', '打印本頁'],
    must_keep_once: ['市委副書記、市長趙春雷，市委常委、常務副市長馮曉東出席會議。'],
  },
  h2_county_headings: {
    title_contains: ['安吉县召开新冠肺炎疫情防控工作会议'],
    publishedAt: '2021-12-13T16:40',
    meetingDate: '2021-12-12',
    place: { name: '安吉', province: '浙江', level: 'county' },
    outlet: '安吉新闻网',
    authors: ['潘晓峰'],
    chair: '沈建军',
    attendees: ['沈建军', '姚立新'],
    directive_keys: ['严格落实“四方责任”', '客运站点管控', '完善应急预案'],
    must_remove: ['来源：'],
    must_keep_once: ['一、压实防控责任', '二、严把入口关'],
  },
};

const fixture = (id: string) => readFileSync(new URL(`fixtures/unseen/${id}.txt`, import.meta.url), 'utf8');
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe.each(Object.entries(CASES))('unseen report %s', (id, g) => {
  const r: Report = processText(id, `${id}.txt`, fixture(id));
  const clean = S(r.clean);
  const people = new Map(r.attendees.map((a) => [S(a.name), a]));

  it('reads the metadata', () => {
    for (const t of g.title_contains) expect(S(r.title ?? '')).toContain(S(t));
    expect(r.publishedAt).toBe(g.publishedAt);
    expect(r.meetingDate).toBe(g.meetingDate);
    if (g.outlet !== undefined) expect(S(r.outlet ?? '')).toBe(S(g.outlet ?? ''));
    expect(r.authors.map(S).sort()).toEqual(g.authors.map(S).sort());
  });

  it('places the meeting', () => {
    expect(r.place).toMatchObject(g.place);
  });

  it('finds exactly the people present, the chair and their titles', () => {
    const optional = new Set((g.attendees_optional ?? []).map(S));
    expect([...people.keys()].filter((n) => !optional.has(n)).sort()).toEqual(g.attendees.map(S).sort());
    expect(r.attendees.filter((a) => a.role === 'chair').map((a) => S(a.name))).toEqual([S(g.chair)]);
    for (const n of g.not_attendees ?? []) expect(people.has(S(n))).toBe(false);
    for (const [name, titles] of Object.entries(g.titles ?? {})) {
      expect(people.get(S(name))?.titles.map(S)).toEqual(expect.arrayContaining(titles.map(S)));
    }
  });

  it('extracts the directives with their speakers', () => {
    const texts = r.directives.map((d) => S(d.text));
    for (const k of g.directive_keys)
      expect(
        texts.some((t) => t.includes(S(k))),
        k,
      ).toBe(true);
    for (const k of g.not_directive_keys ?? [])
      expect(
        texts.some((t) => t.includes(S(k))),
        k,
      ).toBe(false);
    for (const [key, speaker] of Object.entries(g.speakers ?? {})) {
      const d = r.directives.find((x) => S(x.text).includes(S(key)));
      expect(d?.speaker === null ? null : S(d?.speaker ?? '?'), key).toBe(speaker === null ? null : S(speaker));
    }
  });

  it('cleans the page down to the report', () => {
    for (const m of g.must_remove) expect(clean, m).not.toContain(S(m));
    for (const k of g.must_keep_once) expect(count(clean, S(k)), k).toBe(1);
  });
});
