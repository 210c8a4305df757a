/**
 * The page's own character pairs, a cache model for the repair search (realign.ts) as page-words.ts is for
 * the word rescoring: the search proposes characters by a character-pair model, and a pair the page uses
 * elsewhere (the 志 of a name after its 曹, the 区 of 全区 in a district's report, the ideographic spaces
 * that indent a paragraph) is far likelier than jieba's in-word pairs say. Without this the truth is often
 * never proposed, and no rescoring can pick what is not among the readings.
 */
import { ANNOTATIONS } from './readings';
import { repairTables } from './tables';

export interface PageChars {
  /** How often each pair occurs on the page, keyed a * 65536 + b (Simplified code units). */
  pairs: Map<number, number>;
  /** How often each character is followed by another. */
  left: Map<number, number>;
  /** The characters that follow, and that precede, each character on the page. */
  after: Map<number, number[]>;
  before: Map<number, number[]>;
}

const HOLE = 0;

/** The page's pairs outside the stretches given (the damage, ±2 characters: garbage must not vouch for itself). */
export function pageChars(text: string, exclude: ReadonlyArray<{ start: number; end: number }>): PageChars {
  const t = repairTables();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = t.simp[text.charCodeAt(i)]!;
  for (const { start, end } of exclude) codes.fill(HOLE, Math.max(0, start - 2), Math.min(codes.length, end + 2));
  // pinyin annotations are the mirror's, not text: the pair around one (領(lǐng)導) is the text's
  let simple = '';
  for (let i = 0; i < codes.length; i += 8192) simple += String.fromCharCode(...codes.subarray(i, i + 8192));
  const page = simple.replace(ANNOTATIONS, '');
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
