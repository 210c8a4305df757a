/**
 * Decides on a damaged run: realigns it (realign.ts) from a few possible first characters, rescores
 * every reading over one common window with a word model (best segmentation into jieba words, so
 * 生命安全 as one word beats 生 + 安全), checks surviving pinyin, and reports the best reading with its
 * advantage over the text as it stands (gain) and over the runner-up (margin).
 */
import { reads, ANNOTATION_AT } from './readings';
import { type Finished, realign } from './realign';
import { charLogP, isHanCode, repairTables, type Tables } from './tables';

export interface Conventions {
  /** Convert a repaired text to the script of the surroundings. */
  toScript(simplifiedOrMixed: string): string;
  /** Whether the page folds full-width punctuation to ASCII (`，` → `,`). */
  foldsFullWidth: boolean;
}

export interface MojibakeVerdict {
  start: number;
  end: number;
  replacement: string;
  /** Word-model advantage of the best reading over the damaged text and over the runner-up (nats). */
  gain: number;
  margin: number;
  evidence?: string;
  /** The reading needs a rare character standing alone (not inside a dictionary word). */
  rare: boolean;
  /** The reading's first and last characters are inside dictionary words (not guesses standing alone). */
  firstInWord: boolean;
  lastInWord: boolean;
  alternatives: string[];
  /** The best few readings with their word-model scores, best first. */
  ranked: Array<{ start: number; end: number; out: string; score: number }>;
}

const CONTEXT = 6;
const RANKED = 12;
const INSIDE_RUN = 2;
// Each character a reading adds (hidden by dropped pairs, or a realigning letter it takes in) is not a
// cost in itself: offset roughly the per-character log probability of real text.
const CHAR_BONUS = 5;
const DROP_COST = 2.5;
const EVIDENCE_BONUS = 8;
const EVIDENCE_MISS = 8;
// A line that ends without closing punctuation is unusual in the body of a report.
const OPEN_END = 4;
const CLOSING = new Set('。！？”…)）'.split('').map((c) => c.charCodeAt(0)));
const PINYIN = /[(（][a-zü\u00e0-\u01dc\u0144\u0148\u01f9]{1,7}[)）]/g;

const QUOTE_COST = 3;
const DOUBLED_PUNCT = 6;
const CLAUSE = new Set('，。、；：,;:'.split('').map((c) => c.charCodeAt(0)));
/** Quotes that close nothing or open twice: a repair should leave quotation marks paired. */
function unpairedQuotes(s: string): number {
  let open = false;
  let bad = 0;
  for (const ch of s) {
    if (ch === '“') {
      if (open) bad++;
      open = true;
    } else if (ch === '”') {
      if (!open) bad++;
      open = false;
    }
  }
  return bad;
}

// A Han character standing alone in the best segmentation with a word probability below this is rare on its
// own: a reading that needs one (駡行 for 執行) is more often a wrong guess than a right one.
const RARE_SINGLE = Math.log(2e-6);

function segmentation(t: Tables, s: string) {
  const n = s.length;
  const dp = new Float64Array(n + 1).fill(-Infinity);
  const back = new Int32Array(n + 1);
  dp[0] = 0;
  const relax = (to: number, from: number, score: number) => {
    if (score > dp[to]!) {
      dp[to] = score;
      back[to] = from;
    }
  };
  for (let i = 0; i < n; i++) {
    const here = dp[i]!;
    if (here === -Infinity) continue;
    const c = s.charCodeAt(i);
    // two clause marks in a row (`，，`) are what a wrong guess at a realigning byte produces
    const doubled = CLAUSE.has(c) && i > 0 && CLAUSE.has(s.charCodeAt(i - 1)) ? DOUBLED_PUNCT : 0;
    relax(i + 1, i, here + singleLogP(t, s, i) - doubled);
    if (!isHanCode(c)) continue;
    for (let len = 2; len <= 4 && i + len <= n; len++) {
      const f = t.words.get(s.slice(i, i + len));
      if (f !== undefined) relax(i + len, i, here + Math.log(f) - t.logTotal);
    }
  }
  return { dp, back };
}

function singleLogP(t: Tables, s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (!isHanCode(c)) return charLogP(t, 0, c);
  const f1 = t.words.get(s[i]!);
  // a character jieba knows only inside words is rarer on its own than its count says
  return f1 ? Math.log(f1) - t.logTotal : t.uni[c]! - 4;
}

/** Best segmentation score of a Simplified text: jieba words of two to four characters, or characters. */
export function wordScore(t: Tables, s: string, lineEnds: boolean): number {
  const n = s.length;
  const { dp } = segmentation(t, s);
  const last = s.charCodeAt(n - 1);
  return dp[n]! - (lineEnds && n > 0 && !CLOSING.has(last) ? OPEN_END : 0) - QUOTE_COST * unpairedQuotes(s);
}

/** The words of the best segmentation of `s`, as [start, end) spans. */
function wordSpans(t: Tables, s: string): Array<[number, number]> {
  const { back } = segmentation(t, s);
  const spans: Array<[number, number]> = [];
  for (let end = s.length; end > 0; end = back[end]!) spans.push([back[end]!, end]);
  return spans.reverse();
}

/** Whether the best segmentation leaves a rare Han character alone inside [from, to). */
function leavesRareAlone(t: Tables, s: string, spans: Array<[number, number]>, from: number, to: number): boolean {
  return spans.some(
    ([a, b]) => b - a === 1 && a >= from && a < to && isHanCode(s.charCodeAt(a)) && singleLogP(t, s, a) < RARE_SINGLE,
  );
}

/** Whether the character at `at` is part of a word of two or more characters. */
const inWord = (spans: Array<[number, number]>, at: number) => spans.some(([a, b]) => a <= at && at < b && b - a > 1);

export function foldFullWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// How many of the best continuations get every first character the bytes allow.
const EXPAND = 6;

/** Readings with each other first character their bytes allow, for the best few continuations. */
function withFirstAlternatives(found: Finished[]): Finished[] {
  const out: Finished[] = [...found];
  const seen = new Set(found.map((f) => f.out));
  let expanded = 0;
  const rests = new Set<string>();
  for (const f of found) {
    const rest = f.out.slice(1);
    if (!f.firstAlts || rests.has(rest) || expanded >= EXPAND) continue;
    rests.add(rest);
    expanded++;
    for (const alt of f.firstAlts) {
      const out2 = alt + rest;
      if (!seen.has(out2)) {
        seen.add(out2);
        out.push({ ...f, out: out2 });
      }
    }
  }
  return out;
}

/** The best realignment of the damage starting near `start`, or undefined if nothing realigns. */
export function judgeMojibake(
  text: string,
  start: number,
  conv: Conventions,
  runEnd = -1,
): MojibakeVerdict | undefined {
  const t = repairTables();
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  type Cand = { start: number; end: number; out: string; penalty: number; evidence?: string };
  const cands: Cand[] = [];
  // the detector may start a little early (a garbled character can look like text): try a few inside the run
  const lastStart = Math.max(start + 1, Math.min(start + INSIDE_RUN, runEnd - 1));
  for (let s = Math.max(lineStart, start - 3); s <= lastStart && s < lineEnd; s++) {
    for (const f of withFirstAlternatives(realign(text, s, conv.foldsFullWidth, runEnd).slice(0, 30))) {
      let end = f.end;
      let penalty = f.drops * DROP_COST;
      let evidence: string | undefined;
      const ann = f.before !== undefined ? ANNOTATION_AT.exec(text.slice(f.before, f.before + 12)) : null;
      if (ann) {
        const last = f.out[f.out.length - 1]!;
        if (reads(last, ann[1]!)) {
          penalty -= EVIDENCE_BONUS;
          evidence = `the surviving reading (${ann[1]}) fits ${last}`;
        } else penalty += EVIDENCE_MISS;
        end += ann[0].length;
      }
      cands.push({ start: f.start, end, out: f.out, penalty, evidence });
    }
  }
  if (cands.length === 0) return undefined;
  const w0 = Math.max(lineStart, Math.min(...cands.map((c) => c.start)) - CONTEXT);
  const w1 = Math.min(lineEnd, Math.max(...cands.map((c) => c.end)) + CONTEXT);
  const lineEnds = w1 === lineEnd;
  const simple = (s: string) => {
    let o = '';
    for (let i = 0; i < s.length; i++) o += String.fromCharCode(t.simp[s.charCodeAt(i)]!);
    return o;
  };
  // pinyin annotations are the mirror's, not text: leave them out of every window alike
  const strip = (s: string) => s.replace(PINYIN, '');
  const baseline = wordScore(t, simple(strip(text.slice(w0, w1))), lineEnds);
  const seen = new Map<string, Cand & { score: number; window: string; at: number }>();
  for (const c of cands) {
    const window = strip(text.slice(w0, c.start)) + c.out + strip(text.slice(c.end, w1));
    const added = c.out.length - strip(text.slice(c.start, c.end)).length;
    const score = wordScore(t, simple(window), lineEnds) - c.penalty + Math.max(0, added) * CHAR_BONUS;
    // readings that only differ by a full-width form the page folds anyway are one reading
    const key = conv.foldsFullWidth ? foldFullWidth(simple(window)) : simple(window);
    const old = seen.get(key);
    if (!old || score > old.score) seen.set(key, { ...c, score, window, at: strip(text.slice(w0, c.start)).length });
  }
  const scored = [...seen.values()].sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const runnerUp = scored[1];
  const bestWindow = simple(best.window);
  const spans = wordSpans(t, bestWindow);
  let replacement = conv.toScript(best.out);
  if (conv.foldsFullWidth) replacement = foldFullWidth(replacement);
  return {
    start: best.start,
    end: best.end,
    replacement,
    gain: best.score - baseline,
    margin: runnerUp ? best.score - runnerUp.score : Infinity,
    evidence: best.evidence,
    rare: leavesRareAlone(t, bestWindow, spans, best.at, best.at + best.out.length),
    firstInWord: inWord(spans, best.at),
    lastInWord: inWord(spans, best.at + best.out.length - 1),
    alternatives: scored.slice(0, 3).map((c) => c.out),
    ranked: scored.slice(0, RANKED).map(({ start, end, out, score }) => ({ start, end, out, score })),
  };
}
