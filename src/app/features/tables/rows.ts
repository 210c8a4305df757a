/**
 * Flattens the per-report table material (rows.json) into one row per directive and one per attendee.
 * Everything a filter or sort needs later (search form, facet keys, place key, date) is computed here
 * once, so the queries over 300k rows only compare precomputed strings.
 */
import type { Role, TableRowsEntry } from '../../../schema';
import { placeKey, reportDate } from '../../lib/filters';
import { placeLabel } from '../../lib/placeLabel';
import { searchFormCached, searchFormMany } from './searchForm';
import { titleKeyword } from './titleKeyword';

/** Facet value for a directive issued by the meeting itself rather than a person. */
export const MEETING = '会议';

export interface BaseRow {
  /** Position in the flattened list: a stable row id. */
  key: number;
  /** Position of the report in rows.json, for the report-level (place/date) mask. */
  reportIdx: number;
  reportId: string;
  reportTitle: string;
  date: string | null;
  /** `province/name` in Simplified short form, as the shared place filter uses. */
  placeKey: string | null;
  /** The place as published, for display. */
  placeLabel: string;
  /** Script of the report, for the `lang` of its cells. */
  script: TableRowsEntry['script'];
  /**
   * Lower-case Simplified form of the row's own text (not the report title: a search for 领导 should find
   * directives about leadership, not every directive of a 领导小组 meeting).
   */
  search: string;
}

export interface DirectiveRow extends BaseRow {
  speaker: string | null;
  /** Simplified speaker name, or 会议 when the meeting issued it. */
  speakerKey: string;
  topics: string[];
  topicKeys: string[];
  text: string;
}

export interface AttendeeRow extends BaseRow {
  name: string;
  nameKey: string;
  titles: string[];
  /** Heads of the titles (书记, 市长, 主任…) in Simplified, the "title keyword" facet. */
  titleKeys: string[];
  role: Role;
  /** Province of the report in Simplified short form: people are told apart by name and province. */
  provinceKey: string | null;
  /** `name|province`, the person this row is (see people.ts). */
  personKey: string;
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}

export function toDirectiveRows(entries: readonly TableRowsEntry[]): DirectiveRow[] {
  const out: DirectiveRow[] = [];
  entries.forEach((e, reportIdx) => {
    const base = reportBase(e, reportIdx);
    for (const d of e.directives) {
      const speakerKey = d.speaker ? searchFormCached(d.speaker) : MEETING;
      out.push({
        key: out.length,
        reportIdx,
        reportId: base.reportId,
        reportTitle: base.reportTitle,
        date: base.date,
        placeKey: base.placeKey,
        placeLabel: base.placeLabel,
        script: base.script,
        speaker: d.speaker,
        speakerKey,
        topics: d.topics,
        topicKeys: d.topics.length < 2 ? d.topics.map(searchFormCached) : uniq(d.topics.map(searchFormCached)),
        text: d.text,
        search: `${d.text}\u0000${speakerKey}\u0000${d.topics.join(' ')}`,
      });
    }
  });
  return foldSearch(out);
}

export function toAttendeeRows(entries: readonly TableRowsEntry[]): AttendeeRow[] {
  const out: AttendeeRow[] = [];
  entries.forEach((e, reportIdx) => {
    const base = reportBase(e, reportIdx);
    const provinceKey = base.placeKey ? base.placeKey.split('/')[0]! : null;
    for (const a of e.attendees) {
      const nameKey = searchFormCached(a.name);
      out.push({
        key: out.length,
        reportIdx,
        reportId: base.reportId,
        reportTitle: base.reportTitle,
        date: base.date,
        placeKey: base.placeKey,
        placeLabel: base.placeLabel,
        script: base.script,
        name: a.name,
        nameKey,
        titles: a.titles,
        titleKeys: a.titles.length < 2 ? a.titles.map(titleKeyword) : uniq(a.titles.map(titleKeyword)),
        role: a.role,
        provinceKey,
        personKey: `${nameKey}|${provinceKey ?? ''}`,
        search: `${a.name}\u0000${a.titles.join(' ')}`,
      });
    }
  });
  return foldSearch(out);
}

/** Rows are built with their search text as written; this folds all of it in one pass. */
function foldSearch<R extends { search: string }>(rows: R[]): R[] {
  const folded = searchFormMany(rows.map((r) => r.search));
  for (let i = 0; i < rows.length; i++) rows[i]!.search = folded[i]!;
  return rows;
}

function reportBase(e: TableRowsEntry, reportIdx: number): Omit<BaseRow, 'key' | 'search'> {
  const title = e.title ?? e.id;
  const label = placeLabel(e.place);
  return {
    reportIdx,
    reportId: e.id,
    reportTitle: title,
    date: reportDate(e),
    placeKey: e.place ? placeKey(e.place) : null,
    placeLabel: label,
    script: e.script,
  };
}
