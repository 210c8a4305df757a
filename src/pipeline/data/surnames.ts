/**
 * Chinese family names in Simplified, used to find where a person's name starts after a title
 * (市委副书记郝艳红 → 郝艳红). General knowledge (the Hundred Family Surnames plus the common modern
 * ones); matched against text folded to Simplified, so Traditional reports work too.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡钮燕' +
  '代仝回那查练宿钟竺晋蔺丰边鞠秋郁惠宣居迟衡凤郜谈诸井蓟薄粟寿郦扈权逯盖桓从邰靖藏勾苑缑佴揭訾阚隆战郗邸沃闻檀母荆智郏黑廉鄢浦冀贝蹇束於雍敬辜衣富邝汝钭厉淦莘佀禹满危潭' +
  // Hundred Family Surnames still missing above (傅, 萧, 洪 are common); 计, 乌 left out as everyday words
  '傅萧洪杭储茅伏狄嵇荀滑裘贲昝羿汲' +
  // rare ones officials bear
  '禚虢甯郇笪郄眭仉睢禤粘芈' +
  '谌栗丘慕云帅双门湛琚芮奚弓习亓晁檀闻钦冼占招卿扶封印旷麻续衣酆屠邴糜松井段富巴牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄宿白怀蒲邰从鄂索咸籍赖卓蔺蒙池乔阴郁胥苍莘党翟谭贡劳逄姬申堵冉宰郦雍璩桑桂濮牛寿边扈燕冀郏浦尚农温庄晏柴瞿阎连茹宦艾鱼向古易慎戈廖庾暨居衡耿满弘匡文寇禄阙欧殳沃蔚夔隆师巩厍聂勾敖融冷訾辛阚那简饶曾毋沙乜鞠丰巢关蒯查荆游竺权逯盖桓';

/** Two-character family names; checked before single ones so 欧阳 is not read as 欧 + 阳…. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '申屠',
  '公羊',
  '澹台',
  '公冶',
  '宗政',
  '濮阳',
  '淳于',
  '单于',
  '太叔',
  '仲孙',
  '呼延',
  '赫连',
  '闻人',
  '万俟',
  '百里',
  '东郭',
  '拓跋',
  '完颜',
  '耶律',
  '第五',
  '左丘',
  '梁丘',
  '乐正',
  '司空',
  '亓官',
];

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set([...SINGLE]);
