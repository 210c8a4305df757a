/**
 * The one definition of the report format (see ../shared/CONTRACT.md).
 * Pipeline and app both validate against these schemas; the TypeScript types are inferred from them.
 */
import { z } from 'zod';

export const EDIT_KINDS = [
  'pinyin',
  'html',
  'boilerplate',
  'spam',
  'duplicate',
  'mojibake',
  'damage',
  'whitespace',
  'metadata',
] as const;
export const EditKind = z.enum(EDIT_KINDS);
export type EditKind = z.infer<typeof EditKind>;

export const Edit = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  replacement: z.string(),
  kind: EditKind,
  note: z.string().optional(),
  /** Machine-readable role of the removed text, e.g. "title", "dateline", "editor" (free-form, optional). */
  tag: z.string().optional(),
  /** For damage repairs: 0..1 confidence of the chosen repair. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Edit = z.infer<typeof Edit>;

export const PLACE_LEVELS = ['province', 'city', 'county', 'district'] as const;
export const Place = z.object({
  name: z.string(),
  province: z.string(),
  level: z.enum(PLACE_LEVELS),
  code: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

export const ROLES = ['chair', 'speaker', 'attendee', 'other'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Attendee = z.object({
  name: z.string().min(1),
  titles: z.array(z.string()),
  role: Role,
});
export type Attendee = z.infer<typeof Attendee>;

export const Directive = z.object({
  text: z.string().min(1),
  speaker: z.string().nullable(),
  topics: z.array(z.string()),
});
export type Directive = z.infer<typeof Directive>;

export const Script = z.enum(['hans', 'hant']);
export type Script = z.infer<typeof Script>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

export const Report = z
  .object({
    id: z.string().min(1),
    sourceFile: z.string().min(1),
    original: z.string(),
    clean: z.string(),
    edits: z.array(Edit),
    title: z.string().nullable(),
    subtitle: z.string().nullable().optional(),
    publishedAt: z.string().regex(isoDateTime).nullable(),
    meetingDate: z.string().regex(isoDate).nullable(),
    place: Place.nullable(),
    outlet: z.string().nullable(),
    authors: z.array(z.string()),
    editor: z.string().nullable().optional(),
    attendees: z.array(Attendee),
    directives: z.array(Directive),
    script: Script,
    /** Encoding the raw file was decoded from (utf-8, gb18030, big5). */
    encoding: z.string().optional(),
  })
  .superRefine((r, ctx) => {
    let pos = 0;
    for (const [i, e] of r.edits.entries()) {
      if (e.end < e.start || e.end > r.original.length) {
        ctx.addIssue({ code: 'custom', path: ['edits', i], message: `edit ${i} is out of range` });
        return;
      }
      if (e.start < pos) {
        ctx.addIssue({
          code: 'custom',
          path: ['edits', i],
          message: `edit ${i} overlaps the previous one or is out of order`,
        });
        return;
      }
      pos = e.end;
    }
  });
export type Report = z.infer<typeof Report>;

export const ReportSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  meetingDate: z.string().nullable(),
  place: Place.nullable(),
  outlet: z.string().nullable().optional(),
  script: Script.optional(),
  sourceFile: z.string().optional(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportIndex = z.array(ReportSummary);
export type ReportIndex = z.infer<typeof ReportIndex>;

export function summarize(r: Report): ReportSummary {
  return {
    id: r.id,
    title: r.title,
    publishedAt: r.publishedAt,
    meetingDate: r.meetingDate,
    place: r.place,
    outlet: r.outlet,
    script: r.script,
    sourceFile: r.sourceFile,
  };
}

/** One report's table material (`<out>/rows.json`): what the directives, attendees and people tables need, for every report. */
export const TableRowsEntry = z.object({
  id: z.string(),
  title: z.string().nullable(),
  place: Place.nullable(),
  meetingDate: z.string().nullable(),
  publishedAt: z.string().nullable(),
  script: Script,
  attendees: z.array(Attendee),
  directives: z.array(Directive),
});
export type TableRowsEntry = z.infer<typeof TableRowsEntry>;

export const TableRows = z.array(TableRowsEntry);
export type TableRows = z.infer<typeof TableRows>;

export function toTableRows(r: Report): TableRowsEntry {
  return {
    id: r.id,
    title: r.title,
    place: r.place,
    meetingDate: r.meetingDate,
    publishedAt: r.publishedAt,
    script: r.script,
    attendees: r.attendees,
    directives: r.directives,
  };
}

/**
 * Full-text search material (`<out>/search.json`): each report's cleaned body as published, with
 * whitespace runs collapsed. The app folds it to Simplified itself (same length), so a match found in
 * the folded form cuts a snippet out of the text as published.
 */
export const SearchEntry = z.object({ id: z.string(), text: z.string() });
export type SearchEntry = z.infer<typeof SearchEntry>;

export const SearchIndex = z.array(SearchEntry);
export type SearchIndex = z.infer<typeof SearchIndex>;

export function toSearchEntry(r: Pick<Report, 'id' | 'clean'>): SearchEntry {
  return { id: r.id, text: r.clean.replace(/\s+/gu, ' ').trim() };
}
