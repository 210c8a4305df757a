/**
 * The page's own vocabulary, a cache language model (Kuhn & De Mori, 1990): a report repeats its words
 * (落实, 疫情防控, the names of the officials it lists), so a word seen in the undamaged text of the same
 * page is far likelier inside a damaged run than jieba's general-text frequencies say. This is what tells
 * 落实 from 事实 when the bytes allow both. The other reports of the collection (corpus.ts) are a second cache:
 * reports of one kind of meeting share their phrasing, and what one mirror damaged another often kept whole.
 */
import { plainText } from './passage';
import { afterKey, CLAUSE_START, clauseInitial, lexiconSingleLogP, type PageWords, wordSpans } from './segment';
import { isHanCode, punctuationLogP, repairTables, UNKNOWN_MARK } from './tables';

// Weights of the page and of the collection's other reports in the mixture
// P(w) = P_lexicon(w) + CACHE_WEIGHT * count(w) / words on the page + CORPUS_WEIGHT * the same in the collection.
const CACHE_WEIGHT = 0.1;
const CORPUS_WEIGHT = 0.1;
// Stretches the lexicon splits into pieces (a name: 王/进/江) count as words when the page repeats them.
const MIN_REPEATS = 2;

/** Counts of words, characters, clause-initial characters and marks after characters (keys below). */
export type WordCounts = Map<string, number>;
/** Word counts that may be a view (the collection without the report being repaired: see corpus.ts). */
export interface WordTally {
  get(key: string): number;
}
const SEGMENTS = '#segments';
const CLAUSES = '#clauses';
/** Key of a stretch of three or four characters the lexicon splits into pieces, one of them a single. */
const pieceKey = (w: string) => `\u0001${w}`;

/**
 * A text's words, outside the stretches given (the damage itself, whose garbage must not vouch for a
 * reading of it): every word of two to four characters of its best segmentation, and every stretch of
 * three or four characters that the segmentation splits into pieces, one of them a single character; each
 * character standing alone, and at the start of a clause; each mark after each character.
 */
export function wordCounts(text: string, exclude: ReadonlyArray<{ start: number; end: number }>): WordCounts {
  const t = repairTables();
  const counts: WordCounts = new Map();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  let segments = 0;
  let clauses = 0;
  const page = plainText(text, exclude);
  for (const m of page.matchAll(/[\u3400-\u9fff]+/g)) {
    const stretch = m[0];
    const spans = wordSpans(t, stretch);
    segments += spans.length;
    if (m.index > 0 && CLAUSE_START.has(page.charCodeAt(m.index - 1))) {
      clauses++;
      if (spans[0]![1] === 1) add(clauseInitial(stretch[0]!));
    }
    spans.forEach(([a, b], k) => {
      add(stretch.slice(a, b));
      // two or three consecutive pieces, three or four characters, at least one a single character
      let single = b - a === 1;
      for (let j = k + 1; j < spans.length && j <= k + 2; j++) {
        const [c, d] = spans[j]!;
        single ||= d - c === 1;
        const len = d - a;
        if (len > 4) break;
        if (len >= 3 && single) {
          const w = stretch.slice(a, d);
          if (!t.words.has(w)) add(pieceKey(w));
        }
      }
    });
  }
  counts.set(SEGMENTS, segments);
  counts.set(CLAUSES, clauses);
  countMarksAfter(page, add);
  return counts;
}

export const wordTally = (c: WordCounts): WordTally => ({ get: (key) => c.get(key) ?? 0 });
const NONE: WordTally = { get: () => 0 };

/**
 * The page's words as a model: log P of a word (or a single character, or a character at a clause start, or
 * a mark after a character: the keys of segment.ts) where the page, or the collection's other reports, make
 * it likelier than the lexicon alone; undefined where neither has it.
 */
export function pageWords(
  text: string,
  exclude: ReadonlyArray<{ start: number; end: number }>,
  corpus?: WordTally,
): PageWords {
  const t = repairTables();
  const own = wordTally(wordCounts(text, exclude));
  const other = corpus ?? NONE;
  const memo = new Map<string, number | undefined>();
  // how often the page (or the collection) has the key, per word, or per clause for a clause-initial character
  // (a clause starts with one of a few characters on a given page: 要, 各, 对 in a report of directives)
  const rate = (tally: WordTally, key: string) => {
    if (key.startsWith('^')) return tally.get(key) / Math.max(tally.get(CLAUSES), 1);
    const pieces = key.length > 2 ? tally.get(pieceKey(key)) : 0;
    return (tally.get(key) + (pieces >= MIN_REPEATS ? pieces : 0)) / Math.max(tally.get(SEGMENTS), 1);
  };
  const compute = (key: string): number | undefined => {
    if (key.startsWith('>')) return markAfter(own, other, key);
    const n = rate(own, key);
    const m = rate(other, key);
    if (n === 0 && m === 0) return undefined;
    const w = key.startsWith('^') ? key.slice(1) : key;
    const lexicon = w.length === 1 ? Math.exp(lexiconSingleLogP(t, w)) : (t.words.get(w) ?? 0) / Math.exp(t.logTotal);
    return Math.log(lexicon + CACHE_WEIGHT * n + CORPUS_WEIGHT * m);
  };
  const get = (key: string) => {
    if (memo.has(key)) return memo.get(key);
    const v = compute(key);
    memo.set(key, v);
    return v;
  };
  return { get, has: (key) => get(key) !== undefined };
}

// Strength of the general punctuation model against the page's counts (a Dirichlet prior, in occurrences).
const PUNCT_PRIOR = 2;

/**
 * The punctuation the page puts after each character: a report ends the same clauses the same way (主持会议并讲话。
 * three times over, never 讲话、), and puts none after a conjunction (和), which no general model of punctuation
 * knows. Counted under afterKey(character, mark), and how often a character is followed at all under
 * afterKey(character, '').
 */
function countMarksAfter(page: string, add: (key: string) => void) {
  for (let i = 0; i + 1 < page.length; i++) {
    const a = page.charCodeAt(i);
    const b = page.charCodeAt(i + 1);
    if (!isHanCode(a) || b === 0) continue;
    add(afterKey(page[i]!, ''));
    if (!isHanCode(b) && punctuationLogP(b) > UNKNOWN_MARK) add(afterKey(page[i]!, page[i + 1]!));
  }
}

/**
 * log P(mark | character) under the prior: the general model of punctuation, then the collection's counts,
 * then the page's, each a Dirichlet prior for the next. For afterKey(character, '') the share left to every mark
 * neither has seen after it.
 */
function markAfter(own: WordTally, other: WordTally, key: string): number | undefined {
  const ch = key[1]!;
  const f = own.get(afterKey(ch, ''));
  const fc = other.get(afterKey(ch, ''));
  if (f === 0 && fc === 0) return undefined;
  if (key.length === 2) return Math.log(PUNCT_PRIOR / (f + PUNCT_PRIOR)) + Math.log(PUNCT_PRIOR / (fc + PUNCT_PRIOR));
  const n = own.get(key);
  const m = other.get(key);
  if (n === 0 && m === 0) return undefined;
  const p = Math.exp(punctuationLogP(key.charCodeAt(2)));
  const prior = (m + PUNCT_PRIOR * p) / (fc + PUNCT_PRIOR);
  return Math.log((n + PUNCT_PRIOR * prior) / (f + PUNCT_PRIOR));
}
