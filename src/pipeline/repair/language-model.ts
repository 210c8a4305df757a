/**
 * A small language model over jieba's word frequencies (see data/lexicon.ts): how likely a stretch of
 * Simplified text is. Mojibake is a sequence of unrelated, often rare characters, so the true text of a
 * damaged run scores far better than the garbage or than wrong repairs.
 */
import { repairTables } from './tables';

const isHan = (ch: string) => ch >= '\u3400' && ch <= '\u9fff';
// Sentence punctuation is about one character in twenty of news prose; other symbols are rare.
const PUNCT = new Set('，。、；：？！“”,.;:?!');
const nonHanLogP = (ch: string) => Math.log(PUNCT.has(ch) ? 0.03 : 1e-3);

export interface LanguageModel {
  /** log probability of a character as a word on its own (a floor for unknown ones). */
  charLogP(ch: string): number;
  /** How many words the character appears in, weighted by their frequency (0 for unknown ones). */
  charCount(ch: string): number;
  /** log P(b | a) from character pairs inside words, mixed with the unigram for word boundaries. */
  bigramLogP(a: string | undefined, b: string): number;
  /** Best segmentation score of a text: sum of word log probabilities. */
  score(text: string): number;
  /** The best segmentation itself, as [start, end) spans of dictionary words (single chars included). */
  segment(text: string): Array<[number, number]>;
}

let words: Map<string, number> | undefined;
let total = 0;
let unigram: Map<string, number> | undefined;
let bigram: Map<string, number> | undefined;
let leftMass: Map<string, number> | undefined;
let unigramTotal = 0;

function loadWords() {
  if (words) return words;
  // one parse of the lexicon, shared with the detector's tables
  words = repairTables().words;
  for (const f of words.values()) total += f;
  unigram = new Map();
  for (const [w, f] of words) for (const ch of w) unigram.set(ch, (unigram.get(ch) ?? 0) + f);
  for (const f of unigram.values()) unigramTotal += f;
  return words;
}

// Character pairs are only needed once a run is repaired, so they are built on first use.
function loadBigrams() {
  if (bigram) return;
  const w = loadWords();
  bigram = new Map();
  leftMass = new Map();
  for (const [word, f] of w) {
    for (let i = 0; i + 1 < word.length; i++) {
      const pair = word.slice(i, i + 2);
      bigram.set(pair, (bigram.get(pair) ?? 0) + f);
      leftMass.set(word[i]!, (leftMass.get(word[i]!) ?? 0) + f);
    }
  }
}

const MAX_WORD = 4;
// Cost of a character the dictionary does not know, and of punctuation, digits and Latin letters.
const UNKNOWN_HAN = Math.log(1e-9);
const BIGRAM_WEIGHT = 0.7;

export function languageModel(): LanguageModel {
  const w = loadWords();
  const logTotal = Math.log(total);
  const charLogP = (ch: string) => {
    if (!isHan(ch)) return nonHanLogP(ch);
    const f = w.get(ch) ?? unigram!.get(ch) ?? 0;
    return f > 0 ? Math.log(f) - logTotal : UNKNOWN_HAN;
  };
  const best = (text: string) => {
    const n = text.length;
    const dp = new Float64Array(n + 1).fill(-Infinity);
    const back = new Int32Array(n + 1);
    dp[0] = 0;
    for (let i = 0; i < n; i++) {
      if (dp[i] === -Infinity) continue;
      for (let len = 1; len <= MAX_WORD && i + len <= n; len++) {
        const piece = text.slice(i, i + len);
        let lp: number;
        if (len === 1) lp = charLogP(piece);
        else {
          const f = w.get(piece);
          if (f === undefined) continue;
          lp = Math.log(f) - logTotal;
        }
        if (dp[i]! + lp > dp[i + len]!) {
          dp[i + len] = dp[i]! + lp;
          back[i + len] = i;
        }
      }
    }
    return { dp, back };
  };
  return {
    charLogP,
    charCount: (ch) => unigram!.get(ch) ?? 0,
    bigramLogP(a, b) {
      loadBigrams();
      const uni = isHan(b) ? Math.max((unigram!.get(b) ?? 0) / unigramTotal, 1e-9) : Math.exp(nonHanLogP(b));
      if (a === undefined || !isHan(a) || !isHan(b)) return Math.log(uni);
      const mass = leftMass!.get(a) ?? 0;
      const pair = mass > 0 ? (bigram!.get(a + b) ?? 0) / mass : 0;
      return Math.log(BIGRAM_WEIGHT * pair + (1 - BIGRAM_WEIGHT) * uni);
    },
    score: (text) => best(text).dp[text.length]!,
    segment(text) {
      const { back } = best(text);
      const spans: Array<[number, number]> = [];
      for (let end = text.length; end > 0; end = back[end]!) spans.push([back[end]!, end]);
      return spans.reverse();
    },
  };
}
