/**
 * Interface labels in English and Chinese. Report text is never translated; only the chrome is.
 */
import type { EditKind } from '../schema';
import type { ScriptMode, Tab, UiLang } from './store';

const labels = {
  reports: ['Reports', '报道'],
  search: ['Search titles, text, places', '搜索标题、正文、地点'],
  searchLabel: ['Search', '搜索'],
  places: ['Place', '地点'],
  dates: ['Meeting date', '会议日期'],
  from: ['From', '起'],
  to: ['To', '止'],
  clearFilters: ['Clear filters', '清除筛选'],
  clearDates: ['Any date', '不限日期'],
  showing: ['{n} of {total} reports', '共 {total} 篇，显示 {n} 篇'],
  noMatch: ['No report matches these filters.', '没有符合筛选条件的报道。'],
  noReports: ['No reports in the corpus.', '语料中没有报道。'],
  loadingReports: ['Loading reports…', '正在加载报道…'],
  loadingReport: ['Loading the report…', '正在加载报道…'],
  corpusError: ['The corpus could not be loaded', '语料无法加载'],
  reportError: ['This report could not be opened', '无法打开这篇报道'],
  choose: ['Choose a report to read it.', '请选择一篇报道阅读。'],
  unknownPlace: ['Place unknown', '地点不详'],
  noPlaces: ['None of these reports names a place.', '这些报道都没有地点信息。'],
  noPlacesMatch: ['No report matches the other filters.', '没有报道符合其他筛选条件。'],
  noDate: ['no date', '无日期'],
  original: ['Original', '原文'],
  cleaned: ['Cleaned', '清理后'],
  script: ['Script', '字形'],
  interface: ['Interface language', '界面语言'],
  changes: ['Changes', '修改'],
  changesOnly: ['Changes only', '仅看修改'],
  convertOriginal: ['Convert original too', '原文也转换'],
  marks: ['Mark attendees & directives', '标出出席人员与部署'],
  attendee: ['Attendee', '出席人员'],
  directive: ['Directive', '部署'],
  published: ['Published', '发布'],
  meeting: ['Meeting', '会议'],
  outlet: ['Outlet', '媒体'],
  authors: ['Authors', '作者'],
  keys: ['Keys: j/k report · n/p change · / search', '快捷键：j/k 切换报道 · n/p 跳到修改 · / 搜索'],
  menu: ['Reports & filters', '报道与筛选'],
  close: ['Close', '关闭'],
  repaired: ['repaired as', '修复为'],
  repairedText: ['repaired by the pipeline: a guess, not the source', '由程序修复：推测，并非原文'],
  unrepairedText: ['damaged text, left unrepaired', '受损文字，未能修复'],
  leftUnrepaired: ['left as it is: no repair is sure enough', '保持原样：没有足够可靠的修复'],
  markedOnly: ['marked, left in the text', '仅标记，保留在文中'],
  confidence: ['confidence', '置信度'],
  removed: ['removed', '删除'],
  replacedBy: ['replaced by', '替换为'],
  unchanged: ['unchanged text', '未修改的文字'],
  noChanges: ['No changes in this report.', '此报道没有修改。'],
  timeline: ['Reports per month (click or drag to choose)', '每月报道数（点击或拖动选择）'],
  converting: ['Loading converter…', '正在加载转换器…'],
  views: ['Views', '视图'],
  filters: ['Filters', '筛选'],
  searchingText: ['Searching the text…', '正在搜索正文…'],
  textSearchError: ['Full-text search failed: {message}', '正文搜索失败：{message}'],
  inText: ['{n} in the text', '正文命中 {n} 篇'],
  noMatchHint: ['Try fewer characters, or clear the place and date filters.', '可减少字数，或清除地点与日期筛选。'],
} satisfies Record<string, [string, string]>;

export type LabelKey = keyof typeof labels;

export function label(lang: UiLang, key: LabelKey, vars: Record<string, string | number> = {}): string {
  const text = labels[key][lang === 'zh' ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export const SCRIPT_LABELS: Record<ScriptMode, [string, string]> = {
  published: ['As published', '原样'],
  hans: ['简体', '简体'],
  tw: ['繁體 (台灣)', '繁體（台灣）'],
  hk: ['繁體 (香港)', '繁體（香港）'],
};

export const TAB_LABELS: Record<Tab, [string, string]> = {
  reader: ['Reader', '阅读'],
  directives: ['Directives', '部署'],
  attendees: ['Attendees', '出席'],
  people: ['People', '人物'],
};

export const KIND_LABELS: Record<EditKind, [string, string]> = {
  pinyin: ['Pinyin', '拼音'],
  html: ['HTML', 'HTML'],
  boilerplate: ['Furniture', '网页杂项'],
  spam: ['Spam', '广告'],
  duplicate: ['Duplicate', '重复'],
  mojibake: ['Mojibake', '乱码'],
  damage: ['Damage', '损坏'],
  whitespace: ['Whitespace', '空白'],
  metadata: ['Metadata', '元数据'],
};

export function pick(lang: UiLang, pair: [string, string]): string {
  return pair[lang === 'zh' ? 1 : 0];
}
