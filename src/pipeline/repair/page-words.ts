/**
 * The page's own vocabulary, a cache language model (Kuhn & De Mori, 1990): a report repeats its words
 * (落实, 疫情防控, the names of the officials it lists), so a word seen in the undamaged text of the same
 * page is far likelier inside a damaged run than jieba's general-text frequencies say. This is what tells
 * 落实 from 事实 when the bytes allow both.
 */
import { ANNOTATIONS } from './readings';
import { afterKey, CLAUSE_START, clauseInitial, lexiconSingleLogP, type PageWords, wordSpans } from './segment';
import { isHanCode, punctuationLogP, repairTables, simplified, UNKNOWN_MARK } from './tables';

// Weight of the page in the mixture P(w) = P_lexicon(w) + CACHE_WEIGHT * count(w) / words on the page.
const CACHE_WEIGHT = 0.1;
// Stretches the lexicon splits into pieces (a name: 王/进/江) count as words when the page repeats them.
const MIN_REPEATS = 2;

/**
 * The page's words, outside the stretches given (the damage itself, whose garbage must not vouch for a
 * reading of it): every word of two to four characters of the page's best segmentation, and every stretch of
 * three or four characters that the segmentation splits into pieces, one of them a single character, and
 * that occurs at least twice.
 */
export function pageWords(text: string, exclude: ReadonlyArray<{ start: number; end: number }>): PageWords {
  const t = repairTables();
  const chars = text.split('');
  for (const { start, end } of exclude)
    for (let i = Math.max(0, start - 2); i < end + 2 && i < chars.length; i++) chars[i] = '\0';
  const simple = simplified(t, chars.join(''));
  const counts = new Map<string, number>();
  const singles = new Map<string, number>();
  const initials = new Map<string, number>();
  const pieces = new Map<string, number>();
  let segments = 0;
  let clauses = 0;
  const page = simple.replace(ANNOTATIONS, '');
  for (const m of page.matchAll(/[\u3400-\u9fff]+/g)) {
    const stretch = m[0];
    const spans = wordSpans(t, stretch);
    segments += spans.length;
    if (m.index > 0 && CLAUSE_START.has(page.charCodeAt(m.index - 1))) {
      clauses++;
      if (spans[0]![1] === 1) initials.set(stretch[0]!, (initials.get(stretch[0]!) ?? 0) + 1);
    }
    spans.forEach(([a, b], k) => {
      if (b - a >= 2) counts.set(stretch.slice(a, b), (counts.get(stretch.slice(a, b)) ?? 0) + 1);
      else singles.set(stretch[a]!, (singles.get(stretch[a]!) ?? 0) + 1);
      // two or three consecutive pieces, three or four characters, at least one a single character
      let single = b - a === 1;
      for (let j = k + 1; j < spans.length && j <= k + 2; j++) {
        const [c, d] = spans[j]!;
        single ||= d - c === 1;
        const len = d - a;
        if (len > 4) break;
        if (len >= 3 && single) {
          const w = stretch.slice(a, d);
          if (!t.words.has(w)) pieces.set(w, (pieces.get(w) ?? 0) + 1);
        }
      }
    });
  }
  for (const [w, n] of pieces) if (n >= MIN_REPEATS) counts.set(w, n);
  const out = new Map<string, number>();
  const mix = (lexiconP: number, n: number, of: number) => Math.log(lexiconP + (CACHE_WEIGHT * n) / Math.max(of, 1));
  for (const [w, n] of counts) out.set(w, mix((t.words.get(w) ?? 0) / Math.exp(t.logTotal), n, segments));
  for (const [c, n] of singles) out.set(c, mix(Math.exp(lexiconSingleLogP(t, c)), n, segments));
  // a clause starts with one of a few characters on a given page (要, 各, 对 in a report of directives)
  for (const [c, n] of initials) out.set(clauseInitial(c), mix(Math.exp(lexiconSingleLogP(t, c)), n, clauses));
  punctuationAfter(page, out);
  return out;
}

// Strength of the general punctuation model against the page's counts (a Dirichlet prior, in occurrences).
const PUNCT_PRIOR = 2;

/**
 * The punctuation the page puts after each character: a report ends the same clauses the same way (主持会议并讲话。
 * three times over, never 讲话、), and puts none after a conjunction (和), which no general model of punctuation
 * knows. For each character the page shows, P(mark | character) under the prior is stored under
 * afterKey(character, mark) for the marks it puts after it, and the share left to every other mark under
 * afterKey(character, '').
 */
function punctuationAfter(page: string, out: Map<string, number>) {
  const followers = new Map<string, number>();
  const marks = new Map<string, number>();
  for (let i = 0; i + 1 < page.length; i++) {
    const a = page.charCodeAt(i);
    const b = page.charCodeAt(i + 1);
    if (!isHanCode(a) || b === 0) continue;
    followers.set(page[i]!, (followers.get(page[i]!) ?? 0) + 1);
    if (!isHanCode(b) && punctuationLogP(b) > UNKNOWN_MARK)
      marks.set(page[i]! + page[i + 1]!, (marks.get(page[i]! + page[i + 1]!) ?? 0) + 1);
  }
  for (const [pair, n] of marks) {
    const a = pair[0]!;
    const p = Math.exp(punctuationLogP(pair.charCodeAt(1)));
    out.set(afterKey(a, pair[1]!), Math.log((n + PUNCT_PRIOR * p) / (followers.get(a)! + PUNCT_PRIOR)));
  }
  for (const [a, n] of followers) out.set(afterKey(a, ''), Math.log(PUNCT_PRIOR / (n + PUNCT_PRIOR)));
}
