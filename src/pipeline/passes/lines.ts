/** Lines and blank-separated segments of a text, with their offsets, for the line-level passes. */
import type { Edit } from '../../schema';
import { isBlankInName } from '../extract/names';
import { foldToSimplified } from '../script';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BLANK = /[\s\u00a0\u3000\ufeff]/;

/** Every line of the text (without its line break), trimmed of surrounding blanks; empty lines included. */
export function linesOf(text: string): Span[] {
  const out: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    out.push(trim(text, pos, nl));
    pos = nl + 1;
  }
  return out;
}

/** The part of text[start, end) without leading and trailing blanks. */
export function trim(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && BLANK.test(text[a]!)) a++;
  while (b > a && BLANK.test(text[b - 1]!)) b--;
  return { start: a, end: b, text: text.slice(a, b) };
}

const SEGMENT = /[^\s\u00a0\u3000\ufeff]+/g;

/**
 * The blank-separated pieces of a line: on flattened pages these are what used to be lines. The blank a
 * typesetter puts inside a two-character name (市委书记王\u3000刚主持) separates nothing.
 */
export function segmentsOf(line: Span): Span[] {
  const out: Span[] = [];
  let simplified: string | undefined;
  for (const m of line.text.matchAll(SEGMENT)) {
    const start = line.start + m.index;
    const last = out[out.length - 1];
    const gap = m.index - (last ? last.end - line.start : 0);
    if (last && gap === 1 && isBlankInName((simplified ??= foldToSimplified(line.text)), m.index - 1)) {
      const end = start + m[0].length;
      out[out.length - 1] = {
        start: last.start,
        end,
        text: line.text.slice(last.start - line.start, end - line.start),
      };
      continue;
    }
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

const isBlank = (ch: string) => BLANK.test(ch) && ch !== '\n';

/**
 * Widens removals that empty a whole line to take the line's indentation and its line break too, so
 * the layout pass finds no hole to close and each removal keeps its own kind and note. A removal that
 * starts or ends mid-line is left as it is; neighbours on one line widen only at the line's edges.
 */
export function widenToLines(text: string, edits: readonly Edit[]): Edit[] {
  return edits.map((e) => {
    if (e.replacement !== '' || e.end <= e.start) return e;
    let start = e.start;
    while (start > 0 && isBlank(text[start - 1]!)) start--;
    let end = e.end;
    while (end < text.length && isBlank(text[end]!)) end++;
    const atLineStart = start === 0 || text[start - 1] === '\n';
    const atLineEnd = end === text.length || text[end] === '\n';
    return {
      ...e,
      start: atLineStart ? start : e.start,
      end: atLineEnd ? (end < text.length ? end + 1 : end) : e.end,
    };
  });
}
