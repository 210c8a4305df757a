/**
 * The page's own character pairs, a cache model for the repair search (realign.ts) as page-words.ts is for
 * the word rescoring: the search proposes characters by a character-pair model, and a pair the page uses
 * elsewhere (the 志 of a name after its 曹, the 区 of 全区 in a district's report, the ideographic spaces
 * that indent a paragraph) is far likelier than jieba's in-word pairs say. Without this the truth is often
 * never proposed, and no rescoring can pick what is not among the readings.
 *
 * The other reports of the collection (corpus.ts) are a second cache of the same kind: reports of one kind of
 * meeting share their phrasing, and a mirror's damaged copy of a sentence is often whole in another report.
 */
import { plainText } from './passage';

/** Character pairs counted over some text, keyed a * 65536 + b (Simplified code units). */
export interface PairCounts {
  pairs: Map<number, number>;
  /** How often each character is followed by another. */
  left: Map<number, number>;
  /** The characters that follow, and that precede, each character (each once). */
  after: Map<number, number[]>;
  before: Map<number, number[]>;
}

/** Pair counts that may be a view (the collection without the report being repaired: see corpus.ts). */
export interface PairTally {
  pair(a: number, b: number): number;
  left(a: number): number;
  after(a: number): readonly number[] | undefined;
  before(b: number): readonly number[] | undefined;
}

export interface PageChars {
  page: PairTally;
  /** The other reports of the collection, when there are any. */
  corpus?: PairTally;
}

// (what plainText leaves of an excluded stretch)
const HOLE = 0;

/** Pairs of a text outside the stretches given (the damage, ±2 characters: garbage must not vouch for itself). */
export function pairCounts(text: string, exclude: ReadonlyArray<{ start: number; end: number }>): PairCounts {
  // (pinyin annotations are the mirror's, not text: the pair around one, 領(lǐng)導, is the text's)
  const page = plainText(text, exclude);
  const pairs = new Map<number, number>();
  const left = new Map<number, number>();
  const after = new Map<number, number[]>();
  const before = new Map<number, number[]>();
  for (let i = 0; i + 1 < page.length; i++) {
    const a = page.charCodeAt(i);
    const b = page.charCodeAt(i + 1);
    if (a === HOLE || b === HOLE) continue;
    const key = a * 65536 + b;
    const n = pairs.get(key) ?? 0;
    pairs.set(key, n + 1);
    left.set(a, (left.get(a) ?? 0) + 1);
    if (n === 0) {
      (after.get(a) ?? after.set(a, []).get(a)!).push(b);
      (before.get(b) ?? before.set(b, []).get(b)!).push(a);
    }
  }
  return { pairs, left, after, before };
}

/** The counts as a tally. */
export const pairTally = (c: PairCounts): PairTally => ({
  pair: (a, b) => c.pairs.get(a * 65536 + b) ?? 0,
  left: (a) => c.left.get(a) ?? 0,
  after: (a) => c.after.get(a),
  before: (b) => c.before.get(b),
});

/** The page's pairs outside the stretches given, with the collection's when there is one. */
export function pageChars(
  text: string,
  exclude: ReadonlyArray<{ start: number; end: number }>,
  corpus?: PairTally,
): PageChars {
  return { page: pairTally(pairCounts(text, exclude)), corpus };
}
