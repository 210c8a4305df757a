/**
 * Marks on a cleaned paragraph: attendee names, directive sentences and search hits. Ranges may
 * overlap (a name inside a directive), so the paragraph is cut at every range edge and each piece
 * carries the set of marks covering it.
 */
import type { Report } from '../../../schema';
import { findMatches, toSearchForm } from '../../lib/normalizeSearch';

export type MarkKind = 'attendee' | 'directive' | 'hit' | 'repaired' | 'unrepaired';
export interface Piece {
  text: string;
  marks: MarkKind[];
  /** For attendees: the person's titles, shown as a hint. */
  hint?: string;
}

interface Range {
  start: number;
  end: number;
  kind: MarkKind;
  hint?: string;
}

/** A repair's text in `clean`: what the pipeline put back, or damage it left as it was. */
export interface RepairSpan {
  start: number;
  end: number;
  unrepaired: boolean;
  confidence?: number;
}

/**
 * Where damage and mojibake edits sit in the cleaned text, so a reader sees which characters are the
 * pipeline's guesses and which are still damaged (an edit that gives its text back unchanged was not repaired).
 */
export function repairSpans(report: Pick<Report, 'original' | 'edits'>): RepairSpan[] {
  const out: RepairSpan[] = [];
  let delta = 0;
  for (const e of report.edits) {
    const start = e.start + delta;
    if ((e.kind === 'damage' || e.kind === 'mojibake') && e.replacement !== '') {
      const unrepaired = e.replacement === report.original.slice(e.start, e.end);
      out.push({
        start,
        end: start + e.replacement.length,
        unrepaired,
        ...(e.confidence !== undefined ? { confidence: e.confidence } : {}),
      });
    }
    delta += e.replacement.length - (e.end - e.start);
  }
  return out;
}

function occurrences(hay: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) {
    out.push([i, i + needle.length]);
  }
  return out;
}

export function markRanges(
  paragraph: string,
  report: Pick<Report, 'attendees' | 'directives'>,
  query: string,
  showMarks: boolean,
  repairs: { at: number; spans: readonly RepairSpan[]; hints: { repaired: string; unrepaired: string } } | null = null,
): Piece[] {
  const ranges: Range[] = [];
  // repairs are always shown: a guessed character must never pass for the source's
  for (const r of repairs?.spans ?? []) {
    const start = Math.max(0, r.start - repairs!.at);
    const end = Math.min(paragraph.length, r.end - repairs!.at);
    if (end <= start) continue;
    const hint = r.unrepaired ? repairs!.hints.unrepaired : repairs!.hints.repaired;
    const confidence = r.confidence !== undefined && !r.unrepaired ? ` (${Math.round(r.confidence * 100)}%)` : '';
    ranges.push({ start, end, kind: r.unrepaired ? 'unrepaired' : 'repaired', hint: hint + confidence });
  }
  if (showMarks) {
    // compared in search form so a name given in one script is found in the other
    const hay = toSearchForm(paragraph);
    for (const d of report.directives) {
      const text = toSearchForm(d.text.trim());
      let found = occurrences(hay, text);
      // a directive may be a trimmed sentence of the paragraph: fall back to its opening words
      if (found.length === 0 && text.length > 16) {
        const at = hay.indexOf(text.slice(0, 16));
        if (at >= 0) found = [[at, Math.min(hay.length, at + text.length)]];
      }
      for (const [start, end] of found) ranges.push({ start, end, kind: 'directive' });
    }
    for (const a of report.attendees) {
      for (const [start, end] of occurrences(hay, toSearchForm(a.name))) {
        ranges.push({ start, end, kind: 'attendee', hint: [a.name, ...a.titles].join(' · ') });
      }
    }
  }
  for (const [start, end] of findMatches(paragraph, query)) ranges.push({ start, end, kind: 'hit' });
  if (ranges.length === 0) return [{ text: paragraph, marks: [] }];

  const cuts = new Set([0, paragraph.length]);
  for (const r of ranges) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering = ranges.filter((r) => r.start <= a && r.end >= b);
    const marks = [...new Set(covering.map((r) => r.kind))];
    const hint = covering.find((r) => r.hint)?.hint;
    pieces.push({ text: paragraph.slice(a, b), marks, ...(hint ? { hint } : {}) });
  }
  return pieces;
}
