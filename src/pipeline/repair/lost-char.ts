/**
 * `?` losses: a character the page could not encode became `?`, often together with the `(` of the
 * pinyin the mirror put after it, so its reading survives as `?yán)`. A loss can also leave an echo: a
 * decoder that read one byte off for one pair (trail of the previous character with lead of the lost
 * one) produced an extra character that was lost as well, `?chē)` in `嚴管?chē)?yán)控` (管 = B9 DC,
 * 嚴 = 87 C0, and DC 87 is 車). The echo is checked byte by byte, the lost character is chosen among the
 * characters with that reading by the language model.
 */
import { foldToSimplified } from '../script';
import { decodeCode, encodeChar, gbk } from './gbk';
import { languageModel } from './language-model';
import { reads } from './readings';

const SYL = '[a-zü\\u00e0-\\u01dc\\u0144\\u0148\\u01f9]{1,7}';
/** One or more lost characters with surviving readings, between two characters. */
export const LOSS = new RegExp(`(?:[?\\ufffd](?:[(（])?${SYL}[)）])+`, 'g');
const SLOT = new RegExp(`[?\\ufffd][(（]?(${SYL})[)）]`, 'g');

export interface LossRepair {
  start: number;
  end: number;
  /** The lost character (in the script of the GBK stream it came from), or undefined when not certain. */
  char: string | undefined;
  reading: string;
  margin: number;
  echo?: string;
  alternatives: string[];
}

let byReading: Map<string, string[]> | undefined;

function charsReading(syllable: string): string[] {
  if (!byReading) {
    byReading = new Map();
    const lm = languageModel();
    for (const ch of gbk().encode.keys()) {
      if (ch < '\u4e00' || ch > '\u9fff' || lm.charCount(foldToSimplified(ch)) === 0) continue;
      byReading.set(ch, []);
    }
  }
  return [...byReading.keys()].filter((ch) => reads(ch, syllable));
}

const MARGIN = 3;

export function findLosses(text: string): LossRepair[] {
  const out: LossRepair[] = [];
  for (const m of text.matchAll(LOSS)) {
    const lm = languageModel();
    const slots = [...m[0].matchAll(SLOT)].map((s) => s[1]!);
    const reading = slots[slots.length - 1]!;
    const echoes = slots.slice(0, -1);
    const left = text[m.index - 1] ?? '';
    const right = text[m.index + m[0].length] ?? '';
    const leftBytes = encodeChar(left);
    let cands = charsReading(reading);
    let echo: string | undefined;
    if (echoes.length === 1 && leftBytes && leftBytes.length === 2) {
      // the echo must be what the left character's trail byte and the candidate's lead byte decode to
      cands = cands.filter((c) => {
        const b = encodeChar(c);
        const e = b && b.length === 2 ? decodeCode(leftBytes[1]! * 256 + b[0]!) : undefined;
        return e !== undefined && reads(e, echoes[0]!);
      });
      echo = echoes[0];
    } else if (echoes.length > 0) continue;
    const ctx = (c: string) =>
      foldToSimplified(
        text.slice(Math.max(0, m.index - 4), m.index) +
          c +
          right +
          text.slice(m.index + m[0].length + 1, m.index + m[0].length + 4),
      );
    const scored = cands.map((c) => ({ c, s: lm.score(ctx(c)) })).sort((a, b) => b.s - a.s);
    // Traditional and Simplified forms of one character are one answer
    const distinct = scored.filter(
      (x, i) => scored.findIndex((y) => foldToSimplified(y.c) === foldToSimplified(x.c)) === i,
    );
    const best = distinct[0];
    const margin = best ? (distinct[1] ? best.s - distinct[1].s : Infinity) : 0;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      char: best && (margin >= MARGIN || echo) ? best.c : undefined,
      reading,
      margin,
      echo,
      alternatives: distinct.slice(0, 3).map((x) => x.c),
    });
  }
  return out;
}
