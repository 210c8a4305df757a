/**
 * Official titles, in Simplified. A person's title phrase is free text (市新冠肺炎疫情防控工作领导小组组长)
 * but it ends in one of these heads, and the name follows right after (…组长李明). Longest heads first
 * is not needed: callers test `endsWith` over the whole list.
 */
export const TITLE_HEADS: readonly string[] = [
  // party
  '书记',
  '副书记',
  '常委',
  '委员',
  '成员',
  '秘书长',
  '副秘书长',
  '部长',
  '副部长',
  // government, by level
  '省长',
  '副省长',
  '代省长',
  '市长',
  '副市长',
  '代市长',
  '县长',
  '副县长',
  '代县长',
  '区长',
  '副区长',
  '代区长',
  '州长',
  '副州长',
  '盟长',
  '旗长',
  '镇长',
  '乡长',
  '主席',
  '副主席',
  '主任',
  '副主任',
  '厅长',
  '副厅长',
  '局长',
  '副局长',
  '处长',
  '科长',
  '署长',
  '司长',
  '委员长',
  '检察长',
  '院长',
  '副院长',
  '庭长',
  '校长',
  '所长',
  '总经理',
  '董事长',
  // 市长助理, 局长助理; a bureau's chief engineer; the heads of medical teams, stations and associations
  '助理',
  '总工程师',
  '总经济师',
  '总会计师',
  '队长',
  '副队长',
  '站长',
  '会长',
  '理事长',
  // advisers, bank and media heads, chief nurses and doctors, counsellors, clerks
  '顾问',
  '行长',
  '台长',
  '社长',
  '护士长',
  '总监',
  '参事',
  '科员',
  '医生',
  '医师',
  // ranks
  '巡视员',
  '调研员',
  '督察员',
  '专员',
  '监察员',
  // epidemic command structures
  '组长',
  '副组长',
  '指挥长',
  '副指挥长',
  '常务副指挥长',
  '总指挥',
  '副总指挥',
  '政委',
  '司令员',
  '负责人',
  // experts
  '院士',
  '专家',
  '首席专家',
  '教授',
  '研究员',
];

/** Collective nouns that introduce a bare list of names (市领导A、B、C出席会议) without being titles. */
export const GROUP_HEADS: readonly string[] = ['领导', '领导同志', '同志', '负责同志', '有关负责人'];

/**
 * Titles written after a name (某某总书记, 某某副总理): people of national rank whose instructions
 * a local meeting relays. They are mentioned, not present.
 */
export const NATIONAL_TITLES: readonly string[] = ['总书记', '总理', '副总理', '委员长', '国务委员', '国家主席'];

/** Words before a name that make it a journalist or editor, not a participant. */
export const BYLINE_CUES: readonly string[] = [
  '记者',
  '通讯员',
  '编辑',
  '责任编辑',
  '责编',
  '摄影',
  '摄像',
  '撰稿',
  '审核',
  '校对',
  '作者',
  '来源',
  '主编',
];
