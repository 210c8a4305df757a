/**
 * Evidence from a copy: mirrors copy one another, so a damaged passage is often whole in another report of the
 * collection. A reading of the damage that such a report has word for word is restored (passes/damage.ts).
 */
import type { Corpus } from './corpus';
import { type Conventions, type MojibakeVerdict, writtenAs } from './mojibake';
import { passage } from './passage';

// A reading that another report of the collection has word for word, with this much of the page's text either
// side, and that no other reading shares, is evidence as a surviving pinyin reading is: mirrors copy one another.
export const ECHO_CONTEXT = 4;
export const ECHO_CONFIDENCE = 0.95;

/** The reading with the page's text either side, in passage form; undefined where the page gives too little. */
function echoWindow(text: string, start: number, end: number, replacement: string): string | undefined {
  const left = passage(text.slice(Math.max(0, start - 3 * ECHO_CONTEXT), start)).slice(-ECHO_CONTEXT);
  const right = passage(text.slice(end, end + 3 * ECHO_CONTEXT)).slice(0, ECHO_CONTEXT);
  if (left.length < ECHO_CONTEXT || right.length < ECHO_CONTEXT || left.includes('\0') || right.includes('\0'))
    return undefined;
  return left + passage(replacement) + right;
}

export type Reading = { start: number; end: number; replacement: string };

/**
 * The one reading, among the judge's best, that another report of the collection has word for word with the
 * page's text either side; undefined when none does, or several that write different text.
 */
export function echoedReading(text: string, v: MojibakeVerdict, conv: Conventions, corpus: Corpus | undefined) {
  if (!corpus) return undefined;
  const readings: Reading[] = [
    v,
    ...v.ranked.map((r) => ({ start: r.start, end: r.end, replacement: writtenAs(conv, r.out) })),
  ];
  const lo = Math.min(...readings.map((r) => r.start));
  const hi = Math.max(...readings.map((r) => r.end));
  // (readings of different extents may write the same text: one reading)
  const echoed = new Map<string, Reading>();
  for (const r of readings) {
    const window = echoWindow(text, r.start, r.end, r.replacement);
    if (window === undefined || !corpus.has(window)) continue;
    const result = passage(text.slice(lo, r.start) + r.replacement + text.slice(r.end, hi));
    if (!echoed.has(result)) echoed.set(result, { start: r.start, end: r.end, replacement: r.replacement });
  }
  return echoed.size === 1 ? [...echoed.values()][0] : undefined;
}
