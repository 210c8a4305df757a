import type { Edit } from '../../schema';
import type { Pass } from '../pass';

/**
 * Text copied from a PDF, an e-paper or an e-mail comes hard-wrapped: every line of a paragraph filled to the
 * same width and broken there, mid-word and mid-sentence, and only the last line of a paragraph short. Such a
 * text is told by its many full lines that end without a sentence's end (prose scraped from HTML ends nearly
 * every line with one), and its paragraphs are put back together by joining each full line to the next.
 */

// Lines shorter than this say nothing of a width (headlines, datelines, bylines).
const MIN_WIDTH = 12;
// Full lines needed, and the share of them that must break mid-sentence.
const MIN_FULL_LINES = 5;
const MIN_MID_SENTENCE = 0.6;
// In a hard-wrapped text most long lines are full ones; a few lines of one length in prose are chance.
const MIN_FULL_SHARE = 0.5;
// How far short of the width a line may stop and still be full: counted in columns, a wide character that would
// not fit in the last one moves on; counted in characters, none (a paragraph's last line one short is no full one).
const SLACK = { chars: 0, columns: 1 };
const SENTENCE_END = /[。！？!?；;：:…”’」』)）]$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Columns a line takes in a fixed-width layout: two for a wide (CJK, full-width) character, one for the rest. */
function columns(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a surrogate pair is one character: its second half adds nothing
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    n += wide ? 2 : 1;
  }
  return n;
}

/** The width most long lines are filled to, by a measure (characters or columns), and the lines that reach it. */
function fullLines(lines: readonly Line[], measure: (s: string) => number, slack: number): Set<Line> {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const w = measure(l.text);
    if (l.text.length >= MIN_WIDTH) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [w, c] of counts) if (c > best || (c === best && w > width)) [width, best] = [w, c];
  const full = lines.filter((l) => {
    const w = measure(l.text);
    return l.text.length >= MIN_WIDTH && w <= width && w >= width - slack;
  });
  return new Set(full);
}

export const hardWrapPass: Pass = {
  name: 'hard-wrapped lines',
  run(text) {
    const lines: Line[] = [];
    let start = 0;
    for (const raw of text.split('\n')) {
      lines.push({ start, end: start + raw.length, text: raw.trimEnd() });
      start += raw.length + 1;
    }
    const byChars = fullLines(lines, (s) => [...s].length, SLACK.chars);
    const byColumns = fullLines(lines, columns, SLACK.columns);
    const full = byColumns.size > byChars.size ? byColumns : byChars;
    // a line repeated (a spam or navigation line between every paragraph) is one line, not a width
    const distinct = new Set([...full].map((l) => l.text));
    const long = new Set(lines.filter((l) => l.text.length >= MIN_WIDTH).map((l) => l.text));
    if (distinct.size < MIN_FULL_LINES || distinct.size / long.size < MIN_FULL_SHARE) return [];
    const midSentence = [...distinct].filter((t) => !SENTENCE_END.test(t)).length;
    if (midSentence / distinct.size < MIN_MID_SENTENCE) return [];

    // some copies put a blank line after every line: there a single blank line is the break, not a paragraph's end
    const blank = (l: Line | undefined) => l !== undefined && l.text.trim() === '';
    const everyLineApart = lines.every((l, i) => blank(l) || !lines[i + 1] || blank(lines[i + 1]));
    const edits: Edit[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      const gap = everyLineApart && blank(lines[i + 1]) && !blank(lines[i + 2]) ? 1 : 0;
      const next = lines[i + 1 + gap];
      // a full line runs on into the next one, unless that one is blank or set in like a new paragraph
      if (!next || !full.has(line) || blank(next) || /^[\s\u3000]/.test(next.text)) continue;
      const latin = /[A-Za-z]$/.test(line.text) && /^[A-Za-z]/.test(next.text);
      edits.push({
        start: line.start + line.text.length,
        end: next.start,
        replacement: latin ? ' ' : '',
        kind: 'whitespace',
        note: 'line broken inside a paragraph (hard-wrapped text) joined',
      });
    }
    return edits;
  },
};
