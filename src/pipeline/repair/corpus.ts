/**
 * The collection a report comes in, as evidence for repairing it. Reports of one kind of meeting share their
 * phrasing (外防输入、内防反弹, 常态化疫情防控), their officials and their places, and mirrors copy one another:
 * what one page lost to a dropped byte another often kept whole. The other reports' character pairs and words
 * join the page's own as a second cache model (page-chars.ts, page-words.ts).
 *
 * A report is never its own evidence: the collection is counted once, and each report sees it without itself.
 */
import { type PairCounts, pairCounts, type PairTally } from './page-chars';
import { passage, plainText } from './passage';
import { type WordCounts, wordCounts, type WordTally } from './page-words';

export interface CorpusCounts {
  chars: PairCounts;
  words: WordCounts;
  /**
   * The reports' text itself (passage.ts: `text` folded, `plain` not; the two align character for character),
   * each in a box of its own: a mirror's copy is the same string.
   */
  passages: Array<{ text: string; plain: string }>;
}

/** What a repair may use of the collection: its counts without the report being repaired. */
export interface Corpus {
  chars: PairTally;
  words: WordTally;
  /** Whether another report has this stretch word for word (in passage form). */
  has(passage: string): boolean;
  /** What follows the stretch (in passage form) to the line end, unfolded, wherever another report has it. */
  after(passage: string): string[];
}

type Span = { start: number; end: number };

/** One report's counts, outside the stretches given (its damage, which must not vouch for any reading). */
export const reportCounts = (text: string, exclude: readonly Span[]): CorpusCounts => ({
  chars: pairCounts(text, exclude),
  words: wordCounts(text, exclude),
  passages: [{ text: passage(text, exclude), plain: plainText(text, exclude) }],
});

export const emptyCounts = (): CorpusCounts => ({
  chars: { pairs: new Map(), left: new Map(), after: new Map(), before: new Map() },
  words: new Map(),
  passages: [],
});

const addAll = <K>(into: Map<K, number>, from: ReadonlyMap<K, number>) => {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
};

/** Adds a report's counts to the collection's. */
export function addCounts(total: CorpusCounts, one: CorpusCounts): void {
  addAll(total.chars.pairs, one.chars.pairs);
  addAll(total.chars.left, one.chars.left);
  addAll(total.words, one.words);
  total.passages.push(...one.passages);
  neighbourLists.delete(total);
}

// The search offers every character the page puts next to the one before (realign.ts); a collection of
// thousands of reports puts hundreds after 的, so it offers only the commonest few.
const MAX_NEIGHBOURS = 24;
const neighbourLists = new WeakMap<CorpusCounts, { after: Map<number, number[]>; before: Map<number, number[]> }>();

function neighbours(total: CorpusCounts) {
  let lists = neighbourLists.get(total);
  if (lists) return lists;
  const after = new Map<number, Array<[number, number]>>();
  const before = new Map<number, Array<[number, number]>>();
  for (const [key, n] of total.chars.pairs) {
    const a = Math.floor(key / 65536);
    const b = key % 65536;
    (after.get(a) ?? after.set(a, []).get(a)!).push([n, b]);
    (before.get(b) ?? before.set(b, []).get(b)!).push([n, a]);
  }
  const top = (m: Map<number, Array<[number, number]>>) =>
    new Map(
      [...m].map(([k, xs]) => [
        k,
        xs
          .sort((x, y) => y[0] - x[0])
          .slice(0, MAX_NEIGHBOURS)
          .map(([, c]) => c),
      ]),
    );
  lists = { after: top(after), before: top(before) };
  neighbourLists.set(total, lists);
  return lists;
}

// (a copy's line is followed this far: a GBK decoder one byte off stays so to the next ASCII byte at most)
const MAX_LINE = 800;

/** The collection as evidence for one of its reports: every count less that report's own. */
export function corpusWithout(total: CorpusCounts, own: CorpusCounts | undefined): Corpus {
  const { after, before } = neighbours(total);
  const less =
    <K>(all: ReadonlyMap<K, number>, mine: ReadonlyMap<K, number> | undefined) =>
    (k: K) =>
      (all.get(k) ?? 0) - (mine?.get(k) ?? 0);
  const pair = less(total.chars.pairs, own?.chars.pairs);
  return {
    chars: {
      pair: (a, b) => pair(a * 65536 + b),
      left: less(total.chars.left, own?.chars.left),
      after: (a) => after.get(a),
      before: (b) => before.get(b),
    },
    words: { get: less(total.words, own?.words) },
    has: (stretch) => total.passages.some((p) => !own?.passages.includes(p) && p.text.includes(stretch)),
    after: (stretch) => {
      const out: string[] = [];
      for (const p of total.passages) {
        if (own?.passages.includes(p)) continue;
        for (let i = p.text.indexOf(stretch); i >= 0; i = p.text.indexOf(stretch, i + 1)) {
          const from = i + stretch.length;
          const end = p.plain.indexOf('\n', from);
          out.push(p.plain.slice(from, Math.min(end < 0 ? p.plain.length : end, from + MAX_LINE)));
        }
      }
      return out;
    },
  };
}
