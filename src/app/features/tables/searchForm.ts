/**
 * The same search form as `toSearchForm` (lib/normalizeSearch: Simplified, lower case, same length),
 * computed through a 64K lookup table instead of a Map per character: the tables fold every directive
 * and name once on load, and at 300k rows the per-character Map costs seconds.
 */
import tsCharacters from 'opencc-js/dict/TSCharacters';

let table: Uint16Array | undefined;

function lookup(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const pair of (tsCharacters as string).split('|')) {
    const [from, to] = pair.split(' ');
    // as foldToSimplified: one BMP character to the first of its Simplified readings, when that is BMP too
    const target = to ? [...to][0] : undefined;
    if (from && from.length === 1 && target && target.length === 1) t[from.charCodeAt(0)] = target.charCodeAt(0);
  }
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const lower = String.fromCharCode(t[c]!).toLowerCase();
    // a lower case that changes the length (İ → i̇) would shift offsets: keep the character
    if (lower.length === 1) t[c] = lower.charCodeAt(0);
  }
  return (table = t);
}

const CHUNK = 8192;

export function searchForm(s: string): string {
  const t = lookup();
  const n = s.length;
  const codes = new Array<number>(Math.min(n, CHUNK));
  let out = '';
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    codes.length = end - start;
    for (let i = start; i < end; i++) codes[i - start] = t[s.charCodeAt(i)]!;
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

const memo = new Map<string, string>();

/** For short values that repeat across rows (names, titles, topics): folded once each. */
export function searchFormCached(s: string): string {
  let out = memo.get(s);
  if (out === undefined) {
    out = searchForm(s);
    if (memo.size > 200_000) memo.clear();
    memo.set(s, out);
  }
  return out;
}

/**
 * Search forms of many strings at once: one fold over their concatenation, then split. Per-string
 * folding spends most of its time allocating; at 300k rows this is several times faster.
 */
export function searchFormMany(strings: readonly string[]): string[] {
  if (strings.length === 0) return [];
  // \u0001 never occurs in report text and folds to itself, so it splits the result back exactly
  const folded = searchForm(strings.join('\u0001')).split('\u0001');
  if (folded.length !== strings.length) return strings.map(searchForm);
  return folded;
}
