/**
 * Finds stretches that look like GBK mojibake: characters a misaligned GBK stream produces and real
 * prose hardly uses (kana, private-use, Greek, box drawing, rare Han characters, stray Latin letters
 * between Han characters), close enough together to be one damaged run.
 */
import { foldToSimplified } from '../script';
import { languageModel } from './language-model';

export interface SuspectRun {
  /** Offset of the first suspicious character. */
  start: number;
  end: number;
  score: number;
  /** Characters real prose never has in a Han run (kana, private-use, box drawing, ...). */
  strong: number;
}

const isHan = (ch: string) => ch >= '\u3400' && ch <= '\u9fff';
const STRONG = /[\u3040-\u30ff\ue000-\uf8ff\ufffd\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3100-\u312f]/;
// Below this weighted count (out of ~10^8) a character is rare enough to be noticed.
const RARE = 300;
const GAP = 3;
/** Evidence worth a repair attempt: e.g. a rare character and two lonely unlikely ones, or a kana and a letter. */
export const FLAG_SCORE = 3.5;

// A character standing alone (in no dictionary word with its neighbours) and this unlikely on its own.
const LONELY_LOGP = -11;

function suspicion(text: string, i: number, lonely: boolean): number {
  const ch = text[i]!;
  if (STRONG.test(ch)) return 3;
  if (isHan(ch)) {
    const simple = foldToSimplified(ch);
    const n = languageModel().charCount(simple);
    if (n === 0) return 2.5;
    if (n < RARE) return 1.5;
    return lonely && languageModel().charLogP(simple) < LONELY_LOGP ? 1 : 0;
  }
  // a lone Latin letter wedged between Han characters (acronyms like CT or 5G come in groups)
  if (/[A-Za-z]/.test(ch)) {
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (/[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after)) return 0;
    return isHan(before) || isHan(after) ? 1.5 : 0;
  }
  return 0;
}

export function findSuspectRuns(text: string): SuspectRun[] {
  const runs: SuspectRun[] = [];
  let cur: SuspectRun | undefined;
  const lonely = new Uint8Array(text.length);
  let pos = 0;
  for (const line of text.split('\n')) {
    for (const [a, b] of languageModel().segment(foldToSimplified(line))) if (b - a === 1) lonely[pos + a] = 1;
    pos += line.length + 1;
  }
  for (let i = 0; i < text.length; i++) {
    const s = suspicion(text, i, lonely[i] === 1);
    if (s === 0) continue;
    if (cur && i - cur.end <= GAP && !text.slice(cur.end, i).includes('\n')) {
      cur.end = i + 1;
      cur.score += s;
      if (s >= 3) cur.strong++;
    } else {
      if (cur) runs.push(cur);
      cur = { start: i, end: i + 1, score: s, strong: s >= 3 ? 1 : 0 };
    }
  }
  if (cur) runs.push(cur);
  return runs.filter((r) => r.score >= FLAG_SCORE);
}
