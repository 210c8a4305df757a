/** Splitting helpers that keep offsets, so whatever is found can be cut verbatim out of `clean`. */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Paragraphs: runs of non-blank lines (a leftover single newline also separates, as in raw pages). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * Sentences inside a span, each ending after its 。！？ (and a closing quote that follows). Wide runs of
 * spaces also end a sentence: some pages flatten paragraphs into one line separated by spaces.
 */
export function sentences(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    let end = -1;
    if ('。！？!?'.includes(ch)) {
      end = i + 1;
      while (end < span.end && '”’」』)）'.includes(text[end]!)) end++;
    } else if (
      ch === ' ' &&
      /[\u4e00-\u9fff”。]/.test(text[i - 1] ?? '') &&
      i + 1 < span.end &&
      /[\u4e00-\u9fff“]/.test(text[i + 1]!) &&
      // "市领导 彭立新 罗晓梅 出席会议": short pieces on both sides are names set apart, not flattened paragraphs
      i - start >= 8 &&
      tokenAfter(text, i + 1, span.end) >= 8
    ) {
      end = i + 1;
    }
    if (end < 0) continue;
    pushTrimmed(text, start, end, out);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, span.end, out);
  return out;
}

function tokenAfter(text: string, from: number, end: number): number {
  let k = from;
  while (k < end && !/\s/.test(text[k]!)) k++;
  return k - from;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

// (Extension A too: rare characters of names, 䶮, are there)
export const isCjk = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= '\u4e00' && ch <= '\u9fff') || (ch >= '\u3400' && ch <= '\u4dbf'));
