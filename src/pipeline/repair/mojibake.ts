/**
 * Decides on a damaged run: realigns it (realign.ts), rescores the candidates with the word model over
 * one common window, checks surviving pinyin, and repairs only when the best candidate clearly wins.
 */
import { foldToSimplified } from '../script';
import { languageModel } from './language-model';
import { CHAR_BONUS, realign } from './realign';
import { ANNOTATION_AT, reads } from './readings';

export interface Conventions {
  /** Convert a repaired text to the script of the surroundings. */
  toScript(simplifiedOrMixed: string): string;
  /** Inverse of what the mirror may have done to garbage (Traditional → Simplified), for re-encoding. */
  simplify(ch: string): string;
  /** Whether the page folds full-width punctuation to ASCII (`，` → `,`). */
  foldsFullWidth: boolean;
}

export interface MojibakeVerdict {
  start: number;
  end: number;
  replacement: string;
  /** Word-model advantage of the best candidate over the damaged text and over the runner-up (nats). */
  gain: number;
  margin: number;
  evidence?: string;
  alternatives: string[];
}

const CONTEXT = 6;
const TOP = 24;
const GUESS_COST = 1;
const PER_PATH = 3;
const EVIDENCE_BONUS = 8;
const EVIDENCE_MISS = 8;

/** The best finished realignments, at most a few per path so that one path cannot crowd out the others. */
function diverse<T extends { out: string; end: number }>(sorted: T[]): T[] {
  // candidates ending at different places are only comparable over the common window, so keep some of each
  const perPrefix = new Map<string, number>();
  const perEnd = new Map<number, number>();
  const out: T[] = [];
  for (const f of sorted) {
    const prefix = `${f.end}:${f.out.slice(0, -1)}`;
    const n = perPrefix.get(prefix) ?? 0;
    const m = perEnd.get(f.end) ?? 0;
    if (n >= PER_PATH || m >= TOP) continue;
    perPrefix.set(prefix, n + 1);
    perEnd.set(f.end, m + 1);
    out.push(f);
  }
  return out;
}

export function foldFullWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The best realignment of the damage starting near `start`, or undefined if nothing realigns. */
export function judgeMojibake(text: string, start: number, conv: Conventions): MojibakeVerdict | undefined {
  const lm = languageModel();
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  type Cand = { start: number; end: number; out: string; penalty: number; evidence?: string };
  const cands: Cand[] = [];
  for (let s = Math.max(lineStart, start - 2); s <= start + 1 && s < text.length; s++) {
    for (const f of diverse(realign(text, s, conv.simplify))) {
      let end = f.end;
      let penalty = f.guessed * GUESS_COST;
      let evidence: string | undefined;
      const ann = f.before !== undefined ? ANNOTATION_AT.exec(text.slice(f.before)) : null;
      if (ann) {
        const last = [...f.out].pop()!;
        if (reads(last, ann[1]!)) {
          penalty -= EVIDENCE_BONUS;
          evidence = `the surviving reading (${ann[1]}) fits ${last}`;
        } else penalty += EVIDENCE_MISS;
        end += ann[0].length;
      }
      cands.push({ start: s, end, out: f.out, penalty, evidence });
    }
  }
  if (cands.length === 0) return undefined;
  const w0 = Math.max(lineStart, Math.min(...cands.map((c) => c.start)) - CONTEXT);
  const w1 = Math.min(text.length, Math.max(...cands.map((c) => c.end)) + CONTEXT);
  const simple = (s: string) => foldToSimplified(s);
  // pinyin annotations are the mirror's, not text: leave them out of every window alike
  const strip = (s: string) => s.replace(/[(（][a-zü\u00e0-\u01dc]{1,7}[)）]/g, '');
  const baseline = lm.score(simple(strip(text.slice(w0, w1))));
  const scored = cands
    .map((c) => {
      const window = text.slice(w0, c.start) + c.out + text.slice(c.end, w1);
      const added = c.out.length - strip(text.slice(c.start, c.end)).length;
      return { ...c, score: lm.score(simple(strip(window))) - c.penalty + added * CHAR_BONUS };
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const runnerUp = scored.find((c) => simple(c.out) !== simple(best.out) || c.start !== best.start);
  let replacement = conv.toScript(best.out);
  if (conv.foldsFullWidth) replacement = foldFullWidth(replacement);
  return {
    start: best.start,
    end: best.end,
    replacement,
    gain: best.score - baseline,
    margin: runnerUp ? best.score - runnerUp.score : Infinity,
    evidence: best.evidence,
    alternatives: scored
      .filter((c, i, all) => all.findIndex((d) => d.out === c.out) === i)
      .slice(0, 3)
      .map((c) => c.out),
  };
}
