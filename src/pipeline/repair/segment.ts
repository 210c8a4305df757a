/**
 * The word model of the repair: the best segmentation of a Simplified text into jieba words (two to four
 * characters) and single characters, so 生命安全 as one word beats 生 + 安全. Mojibake is a sequence of
 * unrelated, often rare characters, so the true text of a damaged run scores far better than the garbage.
 */
import { afterNumberLogP, charLogP, isDigitCode, isHanCode, type Tables, UNKNOWN_MARK } from './tables';

// A line that ends without closing punctuation is unusual in the body of a report (a heading, a menu or a list
// item ending in ：or ； does), one that ends mid-sentence on a comma rarer, and one that ends on a mark that
// opens or joins something (、 “ 《) next to impossible.
const OPEN_END = 4;
const COMMA_END = 7;
const DANGLING_END = 9;
const CLOSING = new Set('。！？”…)）》'.split('').map((c) => c.charCodeAt(0)));
const COMMAS = new Set('，,'.split('').map((c) => c.charCodeAt(0)));
const DANGLING = new Set('、“《（(【〔'.split('').map((c) => c.charCodeAt(0)));
const lineEndCost = (c: number) =>
  CLOSING.has(c) ? 0 : DANGLING.has(c) ? DANGLING_END : COMMAS.has(c) ? COMMA_END : OPEN_END;
// A space mid-line sets blocks apart as a line end does (sentences run together, or a menu): a block ending on
// 、 or ， is as odd, but one ending without a mark is not (menus and datelines do).
const blockEndCost = (c: number) => (DANGLING.has(c) ? DANGLING_END : COMMAS.has(c) ? COMMA_END : 0);
const isSpace = (c: number) => c === 0x20 || c === 0x3000;

function blockEnds(s: string): number {
  let cost = 0;
  for (let i = 1; i < s.length; i++)
    if (isSpace(s.charCodeAt(i)) && !isSpace(s.charCodeAt(i - 1))) cost += blockEndCost(s.charCodeAt(i - 1));
  return cost;
}

// (the whole line is seen, so a mark left unpaired is rarely the text's own)
const UNPAIRED_COST = 6;
const DOUBLED_PUNCT = 6;
const CLAUSE = new Set('，。、；：,;:'.split('').map((c) => c.charCodeAt(0)));
// Marks that come in pairs: a repair should leave them paired (a 》 closes nothing without its 《).
const PAIRS = ['“”', '《》', '（）', '()'];
const OPENERS = new Map(PAIRS.map((p, k) => [p.charCodeAt(0), k]));
const CLOSERS = new Map(PAIRS.map((p, k) => [p.charCodeAt(1), k]));

/**
 * Walks the paired marks of `s` after those open before it (one bit per kind): the marks left open at its end,
 * and how many closed nothing or opened twice.
 */
function walkMarks(s: string, openBefore: number) {
  let open = openBefore;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const o = OPENERS.get(c);
    if (o !== undefined) {
      if (open & (1 << o)) bad++;
      open |= 1 << o;
    }
    const k = CLOSERS.get(c);
    if (k !== undefined) {
      if (!(open & (1 << k))) bad++;
      open &= ~(1 << k);
    }
  }
  return { open, bad };
}

/** The paired marks `s` leaves open at its end, one bit per kind. */
export const openMarks = (s: string) => walkMarks(s, 0).open;

/** Unpaired marks of `s`; when `s` ends the line, a mark still open there is unpaired too. */
function unpairedMarks(s: string, openBefore: number, lineEnds: boolean): number {
  const { open, bad } = walkMarks(s, openBefore);
  let left = 0;
  if (lineEnds) for (let m = open; m; m &= m - 1) left++;
  return bad + left;
}

// A Han character standing alone in the best segmentation with a word probability below this is rare on its
// own: a reading that needs one (駡行 for 執行) is more often a wrong guess than a right one.
const RARE_SINGLE = Math.log(2e-6);

/**
 * Words of this page that it makes likelier than jieba's general-text frequencies say: log P as one word,
 * for stretches of two to four Simplified characters (page-words.ts).
 */
export interface PageWords {
  get(key: string): number | undefined;
  has(key: string): boolean;
}

/** Best segmentation of `s` by dynamic programming over words of one to four characters. */
export function segmentation(t: Tables, s: string, page?: PageWords) {
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
    relax(i + 1, i, here + singleLogP(t, s, i, page) - doubled);
    if (!isHanCode(c)) continue;
    for (let len = 2; len <= 4 && i + len <= n; len++) {
      const w = s.slice(i, i + len);
      const onPage = page?.get(w);
      if (onPage !== undefined) relax(i + len, i, here + onPage);
      else {
        const f = t.words.get(w);
        if (f !== undefined) relax(i + len, i, here + Math.log(f) - t.logTotal);
      }
    }
  }
  return { dp, back };
}

/** Clause marks after which a page's clause-initial characters (要, 各) are looked up. */
export const CLAUSE_START = new Set('，。；：！？,;:!?\n'.split('').map((c) => c.charCodeAt(0)));
/** Key of a character's probability at the start of a clause in page words. */
export const clauseInitial = (ch: string) => `^${ch}`;

/** Key of the page's probability of `mark` after the character `ch` (page-words.ts); '' for any other mark. */
export const afterKey = (ch: string, mark: string) => `>${ch}${mark}`;

function singleLogP(t: Tables, s: string, i: number, page?: PageWords): number {
  const c = s.charCodeAt(i);
  if (!isHanCode(c)) {
    const general = charLogP(t, i > 0 ? s.charCodeAt(i - 1) : 0, c);
    if (!page || i === 0 || general <= UNKNOWN_MARK) return general;
    const own = page.get(afterKey(s[i - 1]!, s[i]!));
    if (own !== undefined) return own;
    const rest = page.get(afterKey(s[i - 1]!, ''));
    return rest === undefined ? general : general + rest;
  }
  // (a unit after a number: 12月, 3例)
  const unit = i > 0 && isDigitCode(s.charCodeAt(i - 1)) ? numberUnitLogP(s, i) : NaN;
  if (!Number.isNaN(unit)) return Math.max(unit, lexiconSingleLogP(t, s[i]!));
  if (page) {
    const atClause = i > 0 && CLAUSE_START.has(s.charCodeAt(i - 1));
    const p = (atClause ? page.get(clauseInitial(s[i]!)) : undefined) ?? page.get(s[i]!);
    if (p !== undefined) return p;
  }
  return lexiconSingleLogP(t, s[i]!);
}

const DIGITS = /[0-9０-９]+$/;
const toAscii = (d: string) => d.replace(/[０-９]/g, (x) => String.fromCharCode(x.charCodeAt(0) - 0xfee0));

/**
 * log P of the character at `i` right after a number, by what dates look like: a year has four digits, a month
 * is 1–12, a day 1–31 and comes after a month (2022年5月8日). NaN when it is no unit.
 */
export function numberUnitLogP(s: string, i: number): number {
  const run = DIGITS.exec(s.slice(Math.max(0, i - 8), i))?.[0] ?? '';
  const v = Number(toAscii(run));
  const c = s[i]!;
  const from = i - run.length;
  if (c === '年') return run.length === 4 ? -0.5 : -4;
  if (c === '月') return run.length <= 2 && v >= 1 && v <= 12 ? (isDigitCode(s.charCodeAt(i + 1)) ? -0.5 : -2) : -6;
  if (c === '日' || c === '号') {
    if (run.length > 2 || v < 1 || v > 31) return -6;
    // (news writes 5月20日; 20号 is spoken)
    return (s[from - 1] === '月' ? -0.5 : -2.5) - (c === '号' ? 2.5 : 0);
  }
  return afterNumberLogP(s.charCodeAt(i));
}

/** log P of a Han character as a word on its own, by the lexicon alone. */
export function lexiconSingleLogP(t: Tables, ch: string): number {
  const f1 = t.words.get(ch);
  // a character jieba knows only inside words is rarer on its own than its count says
  return f1 ? Math.log(f1) - t.logTotal : t.uni[ch.charCodeAt(0)]! - 4;
}

/** Best segmentation score of a Simplified text: jieba words of two to four characters, or characters. */
export function wordScore(t: Tables, s: string, lineEnds: boolean, page?: PageWords, openBefore = 0): number {
  const n = s.length;
  const { dp } = segmentation(t, s, page);
  const end = lineEnds && n > 0 ? lineEndCost(s.charCodeAt(n - 1)) : 0;
  return dp[n]! - end - blockEnds(s) - UNPAIRED_COST * unpairedMarks(s, openBefore, lineEnds);
}

/** The words of the best segmentation of `s`, as [start, end) spans. */
export function wordSpans(t: Tables, s: string, page?: PageWords): Array<[number, number]> {
  const { back } = segmentation(t, s, page);
  const spans: Array<[number, number]> = [];
  for (let end = s.length; end > 0; end = back[end]!) spans.push([back[end]!, end]);
  return spans.reverse();
}

/** Whether the best segmentation leaves a rare Han character alone inside [from, to). */
export function leavesRareAlone(
  t: Tables,
  s: string,
  spans: Array<[number, number]>,
  from: number,
  to: number,
): boolean {
  return spans.some(
    ([a, b]) => b - a === 1 && a >= from && a < to && isHanCode(s.charCodeAt(a)) && singleLogP(t, s, a) < RARE_SINGLE,
  );
}

/** Whether the character at `at` is part of a word of two or more characters. */
export const inWord = (spans: Array<[number, number]>, at: number) =>
  spans.some(([a, b]) => a <= at && at < b && b - a > 1);
