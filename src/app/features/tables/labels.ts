/** Interface labels of the tables, English and Chinese (report text itself is never translated). */
import { useCallback } from 'react';
import { useStore, type UiLang } from '../../store';

const LABELS = {
  directives: ['Directives', '指示'],
  attendees: ['Attendees', '出席人员'],
  people: ['People', '人物'],
  date: ['Meeting date', '会议日期'],
  place: ['Place', '地点'],
  speaker: ['Speaker', '讲话人'],
  topics: ['Topics', '主题'],
  topic: ['Topic', '主题'],
  text: ['Directive', '指示内容'],
  report: ['Report', '报道'],
  reportId: ['Report id', '报道编号'],
  name: ['Name', '姓名'],
  titles: ['Titles', '职务'],
  title: ['Title keyword', '职务关键词'],
  role: ['Role', '角色'],
  meetings: ['Meetings', '参会次数'],
  chaired: ['Chaired', '主持次数'],
  first: ['First seen', '首次'],
  last: ['Last seen', '最近'],
  places: ['Places', '地点'],
  meeting: ['the meeting', '会议'],
  search: ['Search this table', '在本表中搜索'],
  count: ['{n} rows', '{n} 行'],
  countOne: ['1 row', '1 行'],
  exportCsv: ['Export CSV', '导出 CSV'],
  exportJson: ['Export JSON', '导出 JSON'],
  columns: ['Columns', '列'],
  facets: ['Facets', '分面'],
  clearFacets: ['Clear facets', '清除分面'],
  showAll: ['Show all {n}', '显示全部 {n} 项'],
  showFewer: ['Show fewer', '收起'],
  loading: ['Loading the tables…', '正在加载表格…'],
  loadError: ['The table data could not be loaded', '表格数据无法加载'],
  empty: ['No rows match these filters.', '没有符合筛选条件的行。'],
  emptyCorpus: ['No reports have {what} yet.', '还没有报道含有{what}。'],
  openPassage: ['Open the passage in the report', '在报道中打开此段'],
  openPerson: ["Show this person's meetings", '查看此人参加的会议'],
  personMeetings: ['Meetings of {name}', '{name} 参加的会议'],
  close: ['Close', '关闭'],
  chair: ['chair', '主持'],
  speakerRole: ['speaker', '讲话'],
  attendee: ['attendee', '出席'],
  other: ['other', '其他'],
  sortBy: ['Sort by {col}', '按{col}排序'],
  resize: ['Resize column {col}', '调整{col}列宽'],
} as const satisfies Record<string, readonly [string, string]>;

export type TableLabel = keyof typeof LABELS;

export function tableLabel(lang: UiLang, key: TableLabel, vars: Record<string, string | number> = {}): string {
  const text: string = LABELS[key][lang === 'zh' ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export function useTableT() {
  const lang = useStore((s) => s.uiLang);
  return useCallback((key: TableLabel, vars?: Record<string, string | number>) => tableLabel(lang, key, vars), [lang]);
}

export const ROLE_LABEL: Record<string, TableLabel> = {
  chair: 'chair',
  speaker: 'speakerRole',
  attendee: 'attendee',
  other: 'other',
};
