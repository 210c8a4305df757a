/**
 * The two-character words a character may straddle. When a lost byte puts the decoder out of step just
 * before ASCII text, the last two true characters (a1 b1)(a2 b2) lose a1 or b1 and come out as one
 * character, (b1 a2) or (a1 a2), with b2 left alone and dropped: 健康 read as 娇 before a comma. Indexed by that character's GBK code; built once, from the lexicon's words.
 * A sentence's last character and its closing mark straddle the same way (管理。 read as 管怼, the mark's
 * second byte dropped), and then the next sentence follows in step.
 */
import { pairScore } from './word-pairs';
import { wordScore } from './segment';
import { charLogP, isHanCode, plausibleCode, repairTables, simplified, type Tables } from './tables';

// The likeliest few words per code are enough to tell whether a straddle is worth a full search.
const WORDS_PER_CODE = 8;
const CONTEXT = 6;

interface Straddles {
  /** log P of the likeliest word per code. */
  best: Float32Array;
  words: Map<number, string[]>;
}
let straddles: Straddles | undefined;

function build(t: Tables): Straddles {
  if (straddles) return straddles;
  const best = new Float32Array(65536).fill(-Infinity);
  const all = new Map<number, Array<[string, number]>>();
  for (const [w, f] of t.words) {
    if (w.length !== 2) continue;
    const c1 = t.enc[w.charCodeAt(0)]!;
    const c2 = t.enc[w.charCodeAt(1)]!;
    if (c1 === 0 || c2 === 0) continue;
    const logP = Math.log(f) - t.logTotal;
    // the first character's lead byte lost (its trail read with the next lead), or its trail byte lost
    for (const code of new Set([((c1 & 0xff) << 8) | (c2 >> 8), (c1 & 0xff00) | (c2 >> 8)])) {
      best[code] = Math.max(best[code]!, logP);
      const list = all.get(code);
      if (list) list.push([w, logP]);
      else all.set(code, [[w, logP]]);
    }
  }
  const words = new Map<number, string[]>();
  for (const [code, list] of all)
    words.set(
      code,
      list
        .sort((a, b) => b[1] - a[1])
        .slice(0, WORDS_PER_CODE)
        .map(([w]) => w),
    );
  return (straddles = { best, words });
}

// First bytes of the marks that close a sentence or clause in GBK (。、“” are A1 xx; ，！；？： are A3 xx), and the
// mark each most often is.
const MARK_OF_LEAD = new Map([
  [0xa1, '。'],
  [0xa3, '，'],
]);
const byLead = new Map<number, Uint16Array>();

/** The characters (Simplified) that have `byte` as their lead or as their trail byte. */
function sharingByte(t: Tables, byte: number): Uint16Array {
  let list = byLead.get(byte);
  if (list) return list;
  const out = new Set<number>();
  for (let other = 0x40; other <= 0xfe; other++)
    for (const code of [(byte << 8) | other, (other << 8) | byte]) {
      const c = t.dec[code]!;
      if (c !== 0 && isHanCode(c) && plausibleCode(t, c)) out.add(t.simp[c]!);
    }
  byLead.set(byte, (list = Uint16Array.from(out)));
  return list;
}

/** The closing mark whose first byte is the second byte of `code`, if any. */
export const straddledMark = (code: number): string | undefined => MARK_OF_LEAD.get(code & 0xff);

/**
 * The likeliest characters, after `prev`, that a character of GBK `code` may be the first byte of (its lead or
 * its trail), when its second byte is the first byte of a closing mark: best first, with log P(char | prev).
 */
export function markStraddles(t: Tables, prev: number, code: number): Array<[number, number]> {
  const scored: Array<[number, number]> = [];
  for (const c of sharingByte(t, code >> 8)) scored.push([c, charLogP(t, prev, c)]);
  return scored.sort((a, b) => b[1] - a[1]).slice(0, WORDS_PER_CODE);
}

/** The best of markStraddles alone, without sorting them all (the detector asks for it often). */
export function bestMarkStraddle(t: Tables, prev: number, code: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const c of sharingByte(t, code >> 8)) {
    const lp = charLogP(t, prev, c);
    if (!best || lp > best[1]) best = [c, lp];
  }
  return best;
}

/** log P of the likeliest two-character word one of whose first bytes and the second's lead byte form `code`. */
export const straddleLogP = (t: Tables = repairTables()): Float32Array => build(t).best;

/**
 * How much better the window around `at` reads with the character there replaced by the best word it
 * straddles (jieba's words plus the word pairs, as the full search scores): a cheap test before one.
 */
export function straddleGain(text: string, at: number): number {
  const t = repairTables();
  const { words } = build(t);
  const simple = (s: string) => simplified(t, s);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const before = simple(text.slice(Math.max(lineStart, at - CONTEXT), at));
  const after = simple(text.slice(at + 1, Math.min(lineEnd, at + 1 + CONTEXT)));
  const lineEnds = at + 1 + CONTEXT >= lineEnd;
  const score = (s: string) => wordScore(t, s, lineEnds, undefined) + pairScore(s);
  const x = simple(text[at]!);
  const code = t.enc[x.charCodeAt(0)]!;
  const baseline = score(before + x + after);
  let best = -Infinity;
  for (const w of words.get(code) ?? []) best = Math.max(best, score(before + w + after));
  const mark = straddledMark(code);
  if (mark && before)
    for (const [c] of markStraddles(t, before.charCodeAt(before.length - 1), code))
      best = Math.max(best, score(before + String.fromCharCode(c) + mark + after));
  return best - baseline;
}
