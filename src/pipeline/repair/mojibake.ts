/**
 * Decides on a damaged run: realigns it (realign.ts) from a few possible first characters, rescores
 * every reading over one common window with a word model (best segmentation into jieba words, so
 * 生命安全 as one word beats 生 + 安全) plus a word-pair model (word-pairs.ts: 协调 then 联动), checks
 * surviving pinyin, and reports the best reading with its
 * advantage over the text as it stands (gain) and over the runner-up (margin).
 */
import type { PageChars } from './page-chars';
import { reads, ANNOTATION_AT, ANNOTATIONS } from './readings';
import { type Finished, realign } from './realign';
import { inWord, leavesRareAlone, type PageWords, openMarks, wordScore, wordSpans } from './segment';
import { repairTables, simplified } from './tables';
import { pairScore } from './word-pairs';

export interface Conventions {
  /** Convert a repaired text to the script of the surroundings. */
  toScript(simplifiedOrMixed: string): string;
  /** Whether the page folds full-width punctuation to ASCII (`，` → `,`). */
  foldsFullWidth: boolean;
  /**
   * Whether the page shows private-use characters: then its mirror kept the pairs that decode to them, and no
   * reading may assume one was dropped.
   */
  keepsPrivateUse?: boolean;
  /** The page's own words (page-words.ts) and character pairs (page-chars.ts), built on first use. */
  pageWords?: () => PageWords;
  pageChars?: () => PageChars;
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
  /** Share of the reading's characters inside words this page uses elsewhere (0 without page words). */
  onPage: number;
  alternatives: string[];
  /** Each model's own preference for the best reading over the others (nats; negative: it prefers another). */
  wordMargin: number;
  pairMargin: number;
  /** The first (last) character was chosen from one surviving byte, among the characters that byte allows. */
  guessedFirst: boolean;
  guessedLast: boolean;
  /** The best few readings with their word-model scores, best first. */
  ranked: Array<{ start: number; end: number; out: string; score: number }>;
}

const CONTEXT = 6;
const RANKED = 12;
const INSIDE_RUN = 2;
// The detector may also start late: the first garbled characters can look like text (守豪 for 守好).
const BEFORE_RUN = 3;
// Each character a reading adds (hidden by dropped pairs, or a realigning letter it takes in) is not a
// cost in itself: offset roughly the per-character log probability of real text.
const CHAR_BONUS = 5;
const DROP_COST = 2.5;
// Weight of the word-pair model (word-pairs.ts) against jieba's words.
const PAIR_WEIGHT = 1;
const EVIDENCE_BONUS = 8;
const EVIDENCE_MISS = 8;
/** Share of [from, to) covered by words of two or more characters that the page uses elsewhere. */
function shareOnPage(page: PageWords, s: string, spans: Array<[number, number]>, from: number, to: number): number {
  let covered = 0;
  for (const [a, b] of spans)
    if (b - a > 1 && page.has(s.slice(a, b))) covered += Math.max(0, Math.min(b, to) - Math.max(a, from));
  return to > from ? covered / (to - from) : 0;
}

export function foldFullWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A reading as the page would write it: in its script, with its punctuation folded if it folds it. */
export function writtenAs(conv: Conventions, out: string): string {
  const inScript = conv.toScript(out);
  return conv.foldsFullWidth ? foldFullWidth(inScript) : inScript;
}

// How many of the best readings get every first (or last) character the bytes allow.
const EXPAND = 6;
// and how many of the farthest-reaching extents get theirs besides
const FAR_ENDS = 2;

/**
 * Readings with each other first character their bytes allow, for the best few continuations, and likewise
 * with each other last character where the last one's trail byte was lost.
 */
function withAlternatives(found: Finished[]): Finished[] {
  const out: Finished[] = [...found];
  const seen = new Set(found.map((f) => f.out));
  const offer = (f: Finished, out2: string) => {
    if (seen.has(out2)) return;
    seen.add(out2);
    out.push({ ...f, out: out2 });
  };
  const rests = new Set<string>();
  const heads = new Set<string>();
  const expandFirst = (f: Finished) => {
    const rest = f.out.slice(1);
    if (!f.firstAlts || rests.has(rest)) return;
    rests.add(rest);
    for (const alt of f.firstAlts) offer(f, alt + rest);
  };
  // The character model favours readings that stop early, so the best few can all be one short reading with
  // other closing marks; the readings that run farthest get their first characters tried too.
  const ends = [...new Set(found.map((f) => f.end))].sort((a, b) => b - a).slice(0, FAR_ENDS);
  for (const end of ends) expandFirst(found.find((f) => f.end === end)!);
  const farRests = rests.size;
  for (const f of found) {
    if (rests.size < farRests + EXPAND) expandFirst(f);
    const head = f.out.slice(0, -1);
    if (f.lastAlts && !heads.has(head) && heads.size < EXPAND) {
      heads.add(head);
      for (const alt of f.lastAlts) offer(f, head + alt);
    }
  }
  return out;
}

const TOP = 30;
const PER_END = 3;

/**
 * The best readings overall, and the best few for every end. The character model's raw score favours
 * readings that stop early (fewer characters, fewer guesses), and the word model judges extents fairly
 * only if the readings that run through the whole garble reach it.
 */
export function bestPerExtent(found: Finished[]): Finished[] {
  const kept = found.slice(0, TOP);
  const perEnd = new Map<number, number>();
  for (const f of kept) perEnd.set(f.end, (perEnd.get(f.end) ?? 0) + 1);
  for (const f of found.slice(TOP)) {
    const n = perEnd.get(f.end) ?? 0;
    if (n >= PER_END) continue;
    perEnd.set(f.end, n + 1);
    kept.push(f);
  }
  return kept;
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
  const pageChars = conv.pageChars?.();
  type Cand = {
    start: number;
    end: number;
    out: string;
    penalty: number;
    evidence?: string;
    guessedFirst: boolean;
    guessedLast: boolean;
  };
  const cands: Cand[] = [];
  // the detector may start a little early (a garbled character can look like text): try a few inside the run
  const lastStart = Math.max(start + 1, Math.min(start + INSIDE_RUN, runEnd - 1));
  for (let s = Math.max(lineStart, start - BEFORE_RUN); s <= lastStart && s < lineEnd; s++) {
    for (const f of withAlternatives(
      bestPerExtent(realign(text, s, conv.foldsFullWidth, runEnd, pageChars, conv.keepsPrivateUse)),
    )) {
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
      cands.push({
        start: f.start,
        end,
        out: f.out,
        penalty,
        evidence,
        guessedFirst: f.firstAlts !== undefined,
        guessedLast: f.lastAlts !== undefined,
      });
    }
  }
  if (cands.length === 0) return undefined;
  const w0 = Math.max(lineStart, Math.min(...cands.map((c) => c.start)) - CONTEXT);
  const w1 = Math.min(lineEnd, Math.max(...cands.map((c) => c.end)) + CONTEXT);
  const lineEnds = w1 === lineEnd;
  const simple = (s: string) => simplified(t, s);
  // pinyin annotations are the mirror's, not text: leave them out of every window alike
  const strip = (s: string) => s.replace(ANNOTATIONS, '');
  const page = conv.pageWords?.();
  // jieba's words with the page's, plus context between words: the two models each see what the other misses
  const asIs = simple(strip(text.slice(w0, w1)));
  // (quotes and brackets pair up over the whole line, not only over the window)
  const openBefore = openMarks(text.slice(lineStart, w0));
  const baseline = wordScore(t, asIs, lineEnds, page, openBefore) + PAIR_WEIGHT * pairScore(asIs, page);
  type Scored = Cand & { score: number; words: number; pairs: number; window: string; at: number };
  const seen = new Map<string, Scored>();
  for (const c of cands) {
    const window = strip(text.slice(w0, c.start)) + c.out + strip(text.slice(c.end, w1));
    const added = c.out.length - strip(text.slice(c.start, c.end)).length;
    const words = wordScore(t, simple(window), lineEnds, page, openBefore);
    const pairs = PAIR_WEIGHT * pairScore(simple(window), page);
    const total = words + pairs - c.penalty + Math.max(0, added) * CHAR_BONUS;
    // readings that only differ by a full-width form the page folds anyway are one reading
    const key = conv.foldsFullWidth ? foldFullWidth(simple(window)) : simple(window);
    const old = seen.get(key);
    if (!old || total > old.score)
      seen.set(key, { ...c, score: total, words, pairs, window, at: strip(text.slice(w0, c.start)).length });
  }
  const scored = [...seen.values()].sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const runnerUp = scored[1];
  const bestWindow = simple(best.window);
  // the rest of the score (penalty, added characters) is shared, so each model's margin is measured with it
  const ownMargin = (part: (c: Scored) => number) =>
    scored.length > 1 ? Math.min(...scored.slice(1).map((c) => best.score - c.score + part(c) - part(best))) : Infinity;
  const spans = wordSpans(t, bestWindow, page);
  return {
    start: best.start,
    end: best.end,
    replacement: writtenAs(conv, best.out),
    gain: best.score - baseline,
    margin: runnerUp ? best.score - runnerUp.score : Infinity,
    evidence: best.evidence,
    rare: leavesRareAlone(t, bestWindow, spans, best.at, best.at + best.out.length),
    firstInWord: inWord(spans, best.at),
    lastInWord: inWord(spans, best.at + best.out.length - 1),
    onPage: page ? shareOnPage(page, bestWindow, spans, best.at, best.at + best.out.length) : 0,
    alternatives: scored.slice(0, 3).map((c) => c.out),
    // the word model's margin leaves out the pair model's part, and the other way round
    wordMargin: ownMargin((c) => c.pairs),
    pairMargin: ownMargin((c) => c.words),
    guessedFirst: best.guessedFirst,
    guessedLast: best.guessedLast,
    ranked: scored.slice(0, RANKED).map(({ start, end, out, score }) => ({ start, end, out, score })),
  };
}
