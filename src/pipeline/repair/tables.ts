/**
 * Numeric tables for the damage detector and the repair search, built once on first use: GBK codes
 * of characters and characters of codes, the Simplified form of every character, and a character
 * model (unigram + in-word character pairs) derived from jieba's word frequencies. Everything is
 * indexed by UTF-16 code unit so the hot loops do array reads instead of string work.
 */
import { foldToSimplified } from '../script';
import { DOMAIN_WORDS } from './data/domain-words';
import { LEXICON } from './data/lexicon';
import { gbk } from './gbk';

export interface Tables {
  /** GBK code (lead * 256 + trail) of a character, 0 when GBK lacks it. */
  enc: Uint16Array;
  /** Character decoded from a two-byte GBK code, 0 when invalid. */
  dec: Uint16Array;
  /** Simplified form of a character (itself when it has none). */
  simp: Uint16Array;
  /** Private-use characters: pairs a mirror page silently drops. */
  pua: Uint8Array;
  /** log P(character) of the Simplified form, a floor for unknown characters. */
  uni: Float32Array;
  /** Weighted number of words a (Simplified) character appears in. */
  count: Float64Array;
  /** Sum of in-word pair counts with the character on the left. */
  leftMass: Float64Array;
  /** In-word character pair counts, keyed a * 65536 + b (Simplified). */
  pairs: Map<number, number>;
  /** Word frequencies (Simplified), for segmenting a repaired window. */
  words: Map<string, number>;
  logTotal: number;
  /** Milliseconds the one-off build took. */
  buildMs: number;
}

const UNKNOWN = Math.log(1e-9);
let tables: Tables | undefined;

export function repairTables(): Tables {
  if (tables) return tables;
  const t0 = performance.now();
  const g = gbk();
  const enc = new Uint16Array(65536);
  const dec = new Uint16Array(65536);
  const simp = new Uint16Array(65536);
  const pua = new Uint8Array(65536);
  for (let i = 0; i < 65536; i++) simp[i] = i;
  for (const [code, ch] of g.decode) {
    const cp = ch.charCodeAt(0);
    dec[code] = cp;
    if (enc[cp] === 0) enc[cp] = code;
    if (cp >= 0xe000 && cp <= 0xf8ff) pua[cp] = 1;
    const s = foldToSimplified(ch);
    if (s.length === 1) simp[cp] = s.charCodeAt(0);
  }
  const words = new Map<string, number>();
  const count = new Float64Array(65536);
  const leftMass = new Float64Array(65536);
  const pairs = new Map<number, number>();
  let total = 0;
  const addWord = (word: string, f: number) => {
    words.set(word, (words.get(word) ?? 0) + f);
    total += f;
    for (let i = 0; i < word.length; i++) {
      const a = word.charCodeAt(i);
      count[a]! += f;
      if (i + 1 < word.length) {
        const key = a * 65536 + word.charCodeAt(i + 1);
        pairs.set(key, (pairs.get(key) ?? 0) + f);
        leftMass[a]! += f;
      }
    }
  };
  let pos = 0;
  while (pos < LEXICON.length) {
    let nl = LEXICON.indexOf('\n', pos);
    if (nl < 0) nl = LEXICON.length;
    const sp = LEXICON.indexOf(' ', pos);
    const word = LEXICON.slice(pos, sp);
    const f = Number(LEXICON.slice(sp + 1, nl));
    addWord(word, f);
    pos = nl + 1;
  }
  for (const [word, f] of DOMAIN_WORDS) addWord(word, Math.max(0, f - (words.get(word) ?? 0)));
  let countTotal = 0;
  for (let i = 0; i < 65536; i++) countTotal += count[i]!;
  const uni = new Float32Array(65536).fill(UNKNOWN);
  for (let i = 0; i < 65536; i++) if (count[i]! > 0) uni[i] = Math.log(count[i]! / countTotal);
  tables = { enc, dec, simp, pua, uni, count, leftMass, pairs, words, logTotal: Math.log(total), buildMs: 0 };
  tables.buildMs = performance.now() - t0;
  return tables;
}

export const isHanCode = (c: number) => c >= 0x3400 && c <= 0x9fff;

/** `s` with every character in its Simplified form, character for character (lengths stay equal). */
export function simplified(t: Tables, s: string): string {
  let o = '';
  for (let i = 0; i < s.length; i++) o += String.fromCharCode(t.simp[s.charCodeAt(i)]!);
  return o;
}

// Punctuation of news prose and how often it follows a character (about one in twenty is punctuation).
const PUNCT_LOGP: Record<string, number> = {
  '，': -3.2,
  ',': -3.2,
  '。': -3.6,
  '、': -4.6,
  '“': -5.5,
  '”': -5.2,
  '：': -5.8,
  ':': -5.8,
  '；': -6.2,
  ';': -6.2,
  '（': -7,
  '）': -7,
  '(': -7,
  ')': -7,
  '！': -8,
  '？': -8,
  '《': -7.5,
  '》': -7.5,
  // the ideographic space separates the fields of a dateline (来源：… U+3000 作者：…)
  '\u3000': -7.5,
};
/** log P of a character that is neither Han nor a mark of news prose. */
export const UNKNOWN_MARK = -13;
const punctLogP = new Float32Array(65536).fill(UNKNOWN_MARK);
for (const [ch, lp] of Object.entries(PUNCT_LOGP)) punctLogP[ch.charCodeAt(0)] = lp;
for (let c = 0x30; c <= 0x39; c++) punctLogP[c] = -7;
for (let c = 0xff10; c <= 0xff19; c++) punctLogP[c] = -8;

const BIGRAM_WEIGHT = 0.7;

// What follows a number in these reports: dates and times (2022年5月8日14时), counts (3例, 12人). A
// character model of words knows none of it, and a date is where a lost character (12�9日) is most often
// obvious to a reader.
const AFTER_NUMBER: Record<string, number> = {
  年: -1.6,
  月: -1.8,
  日: -1.8,
  时: -3.5,
  点: -3.5,
  分: -3.5,
  号: -3.5,
  例: -3.5,
  人: -3.5,
  个: -3.5,
  名: -4,
  万: -4,
  家: -4.5,
  次: -4.5,
  天: -4.5,
  项: -4.5,
  条: -4.5,
  余: -4.5,
  多: -4.5,
  岁: -5,
  亿: -5,
  元: -5,
  处: -5,
  批: -5,
  轮: -5,
  支: -5,
  所: -5,
  辆: -5,
};
// What comes before a number: the ordinal 第 almost always, words of amount (共 12 例, 约 3000 人) often. A
// character model of words sees no number after them, so a lost 第 before 56 reads as 的.
const BEFORE_NUMBER: Record<string, number> = {
  第: -1,
  共: -3,
  约: -3,
  近: -3.5,
  达: -3.5,
  逾: -3.5,
  至: -3.5,
  超: -4,
  计: -4,
  仅: -4,
};
const beforeNumber = new Float32Array(65536).fill(-Infinity);
for (const [ch, lp] of Object.entries(BEFORE_NUMBER)) beforeNumber[ch.charCodeAt(0)] = lp;
const afterNumber = new Float32Array(65536).fill(NaN);
for (const [ch, lp] of Object.entries(AFTER_NUMBER)) afterNumber[ch.charCodeAt(0)] = lp;
// a digit after a digit: numbers have several (2022, 16:02)
export const NUMBER_GOES_ON = -0.7;
export const isDigitCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** Two digits of one number: both ASCII or both full-width (12０9 is no number). */
export const sameDigits = (a: number, b: number) =>
  (a >= 0x30 && a <= 0x39 && b >= 0x30 && b <= 0x39) || (a >= 0xff10 && a <= 0xff19 && b >= 0xff10 && b <= 0xff19);

/** log P of a digit right after a (Simplified) character that announces a number, -Infinity after others. */
export const beforeNumberLogP = (c: number): number => beforeNumber[c]!;

/** log P of a (Simplified) Han character right after a digit, NaN when it is not a unit or a counter. */
export const afterNumberLogP = (c: number): number => afterNumber[c]!;

/** log P of a character that is not Han, by itself (UNKNOWN_MARK for one news prose does not use). */
export const punctuationLogP = (c: number): number => punctLogP[c]!;

/** log P(b | a) for Simplified code units (a = 0 for no context). */
export function charLogP(t: Tables, a: number, b: number): number {
  if (!isHanCode(b)) {
    if (sameDigits(a, b)) return NUMBER_GOES_ON;
    return isDigitCode(b) ? Math.max(punctLogP[b]!, beforeNumberLogP(a)) : punctLogP[b]!;
  }
  const u = t.uni[b]!;
  if (isDigitCode(a)) return Math.max(u, afterNumber[b]! || -Infinity);
  if (a === 0 || !isHanCode(a)) return u;
  const mass = t.leftMass[a]!;
  if (mass === 0) return u;
  const pair = (t.pairs.get(a * 65536 + b) ?? 0) / mass;
  if (pair === 0) return u + Math.log(1 - BIGRAM_WEIGHT);
  return Math.log(BIGRAM_WEIGHT * pair + (1 - BIGRAM_WEIGHT) * Math.exp(u));
}

/** Whether a character can be part of real text: a known Han character or common punctuation. */
export function plausibleCode(t: Tables, c: number): boolean {
  if (isHanCode(c)) return t.count[t.simp[c]!]! > 0;
  return punctLogP[c]! > UNKNOWN_MARK;
}
