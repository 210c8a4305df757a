/**
 * Evidence from a copy: mirrors copy one another, so a damaged passage is often whole in another report of the
 * collection. A reading of the damage that such a report has word for word is restored (passes/damage.ts).
 */
import type { Corpus } from './corpus';
import { type Conventions, type MojibakeVerdict, writtenAs } from './mojibake';
import { encodeChar } from './gbk';
import { passage } from './passage';

// A reading that another report of the collection has word for word, with this much of the page's text either
// side, and that no other reading shares, is evidence as a surviving pinyin reading is: mirrors copy one another.
export const ECHO_CONTEXT = 4;
export const ECHO_CONFIDENCE = 0.95;
/** A copy that re-makes the damage byte for byte (copiedRepair) is proof. */
export const COPIED_CONFIDENCE = 0.99;

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

// The page's text before the damage that a copy must share, and after the decoder fell back in step.
const ANCHOR = 6;
const AFTER = 4;
const FOLDED: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
let decoder: TextDecoder | undefined;

/**
 * The damage re-made from a copy: another report has the page's text before the damage, and what follows it
 * there, with one byte of its first character lost, decodes (through the page's mirror's layers) to exactly the
 * damaged text, and goes on as the page does. That is proof, not a guess, and it reaches readings the search
 * never proposes (pairs the mirror dropped). The repair writes the copy's words up to where the decoder fell back
 * in step.
 */
export function copiedRepair(
  text: string,
  runStart: number,
  conv: Conventions,
  corpus: Corpus | undefined,
): Reading | undefined {
  if (!corpus) return undefined;
  let lineEnd = text.indexOf('\n', runStart);
  if (lineEnd < 0) lineEnd = text.length;
  // (the detector may see the damage start a character or two late: the first garbled ones can look like prose)
  for (let a = runStart; a >= Math.max(0, runStart - 2); a--) {
    const anchor = passage(text.slice(Math.max(0, a - 3 * ANCHOR), a)).slice(-ANCHOR);
    if (anchor.length < ANCHOR) continue;
    const rest = text.slice(a, lineEnd);
    for (const line of new Set(corpus.after(anchor))) {
      const made = remade(line, rest, conv);
      // (it must re-make the garbage the detector saw, not a stretch before it)
      if (made && a + made.length > runStart) return { start: a, end: a + made.length, replacement: made.replacement };
    }
  }
  return undefined;
}

/** Whether `truth`, its first character one byte short, reads as `rest` begins; the damaged length and the repair. */
function remade(truth: string, rest: string, conv: Conventions) {
  decoder ??= new TextDecoder('gbk');
  // a copy from a mirror that folds punctuation: the stream had it full-width
  for (const t of new Set([truth, truth.replace(/[,;:!?()]/g, (c) => FOLDED[c]!)])) {
    const bytes: number[] = [];
    const charAt: number[] = [];
    // (GBK has no character outside the BMP: a surrogate ends the stream as any character GBK lacks does)
    for (let i = 0; i < t.length; i++) {
      const b = encodeChar(t[i]!);
      if (!b) break;
      for (const x of b) {
        bytes.push(x);
        charAt.push(i);
      }
    }
    if (bytes.length < 2 || bytes[0]! < 0x80) continue;
    for (const lost of [0, 1]) {
      // the decoder falls back in step at the first ASCII byte after the loss
      let back = lost + 1;
      while (back < bytes.length && bytes[back]! >= 0x80) back++;
      const kept = [...bytes.slice(0, lost), ...bytes.slice(lost + 1, back)];
      const decoded = decoder.decode(new Uint8Array(kept));
      const k = back < bytes.length ? charAt[back]! : charAt.at(-1)! + 1;
      const after = passage(t.slice(k, k + AFTER));
      const forms = conv.keepsPrivateUse ? [decoded] : [decoded.replace(/[\ue000-\uf8ff]/g, '')];
      forms.push(forms[0]!.replace(/\ufffd/g, ''));
      for (const garbage of forms) {
        const n = garbage.length;
        if (n === 0) continue;
        if (passage(rest.slice(0, n)) !== passage(garbage) || passage(rest.slice(n, n + after.length)) !== after)
          continue;
        return { length: n, replacement: writtenAs(conv, t.slice(0, k)) };
      }
    }
  }
  return undefined;
}
