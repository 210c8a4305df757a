/**
 * Finds stretches that look like GBK lost-byte mojibake, in one linear pass of array reads.
 *
 * After a lost byte, each observed pair is the trail of one true character and the lead of the next.
 * So re-reading the text one byte off (trail of each character with the lead of the one after it) gives
 * the true text back inside a damaged run, and gibberish on undamaged text. The detector compares, pair
 * by pair, how probable the text is as it stands with how probable its shifted re-read is (character
 * model), and reports the stretches where the re-read wins by a wide margin (maximum-sum segments).
 * Characters real prose never has (private-use, U+FFFD, kana in a Han run, a lone byte-like symbol
 * between Han characters) are evidence on their own.
 */
import { bestMarkStraddle, straddledMark, straddleLogP } from './straddle';
import { charLogP, isHanCode, plausibleCode, repairTables, type Tables } from './tables';

export interface SuspectRun {
  /** Offset of the first suspicious character. */
  start: number;
  end: number;
  /** How much more probable the shifted re-read is (nats), plus the weight of odd characters. */
  score: number;
  /** Characters real prose never has in a Han run (private-use, U+FFFD, kana, ...). */
  strong: number;
  /** Only suspect for ending a paragraph one byte short of its closing mark (endsOneByteShort). */
  lineEnd?: boolean;
  /** Only suspect as the straddle of a common word before ASCII text (straddle.ts). */
  straddle?: boolean;
  /** Nothing but lone letters after Han characters: a character reduced to its trail byte, or real text (B超). */
  lone?: boolean;
}

const STRONG = /[\u20ac\u3040-\u30ff\ue000-\uf8ff\ufffd\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3100-\u312f]/;
// Symbols of GBK's first row that a shifted pair decodes to and prose has no use for (unlike ≥ in 体温≥37.3℃,
// or ×, √, ※, ○ and the arrows, which reports do write).
const ODD_SYMBOL = /[∞♂♀¤￠￡№〓ˉˇ¨〃∵∴∽∝≌∮∫⌒∷∧∨∑∏∪∩∈⊥∥∠⊙≡≠≮≯]/;
// Row A8's pinyin vowels are real text only inside a syllable (dǎo): one between Han characters is a pair
// read one byte off (物流ǔ for 物流通畅).
const TONE_VOWEL = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑɡńňǹ]/;
// (a syllable of one vowel stands in brackets: 阿(ā))
const isPinyinNeighbour = (cp: number) =>
  /[A-Za-z()（）]/.test(String.fromCharCode(cp)) || TONE_VOWEL.test(String.fromCharCode(cp));
/** A re-read this much more probable than the text (nats) is worth a repair attempt. */
export const FLAG_GAIN = 10;
const STRONG_WEIGHT = 8;
// A shifted pair that is no real character (or a dropped private-use pair) costs this much.
const NO_CHAR = -11;
// Symbols that are trail bytes of a pair whose lead byte was lost: alone between Han characters they are
// a whole character reduced to its second byte.
const LONE_TRAIL = /[@_`[\]^{|}~\\]/;
// A lone letter after a Han character is the same, but real prose has a few (X光, B超): weaker evidence. Those
// are capitals; a small letter between two Han characters (监y发, 抓o抓) is no word prose writes.
const LONE_LETTER = /[A-Za-z]/;
const SMALL_LETTER = /[a-z]/;
const CAPITAL_WEIGHT = 4;
const isSeparator = (line: Uint16Array, cp: number) => line.indexOf(cp) !== line.lastIndexOf(cp);
const PARTNER = new Map([...'[]{}'].map((c, i, all) => [c.charCodeAt(0), all[i ^ 1]!.charCodeAt(0)]));
// a bracket whose partner is on the line is a bracket ([视频]市委…)
const isPaired = (line: Uint16Array, cp: number) => PARTNER.has(cp) && line.includes(PARTNER.get(cp)!);
const isAsciiWord = (cp: number) => /[A-Za-z0-9]/.test(String.fromCharCode(cp));
const SENTENCE_MARKS = new Set('，。,;；：'.split('').map((c) => c.charCodeAt(0)));
// 标题_网站名: a page title joined to the site's name. A title line has no sentence punctuation, and the name
// after the symbol is short and ends the line.
const TITLE_SUFFIX_MAX = 24;
function isTitleSeparator(line: Uint16Array, i: number): boolean {
  if (line.length - i - 1 > TITLE_SUFFIX_MAX) return false;
  // (a loop: a page may be one line of a million characters)
  for (let k = 0; k < line.length; k++) if (SENTENCE_MARKS.has(line[k]!)) return false;
  return true;
}

/** GBK code a character may have come from; ASCII symbols may be folded full-width forms (row A3). */
function codeOf(t: Tables, cp: number, simplified: boolean): number {
  if (cp >= 0x80) {
    const c = simplified ? t.enc[t.simp[cp]!]! : t.enc[cp]!;
    return c || t.enc[cp]!;
  }
  // letters, digits and brackets are real text (acronyms, numbers, pinyin): they break the chain
  if (cp > 0x20 && cp < 0x7f && !/[A-Za-z0-9()]/.test(String.fromCharCode(cp))) return 0xa300 + cp + 0x80;
  return 0;
}

/** The character read from the trail byte of `a` and the lead byte of `b` (0 when none or implausible). */
function shifted(t: Tables, a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  const c = t.dec[((a & 0xff) << 8) | (b >> 8)]!;
  return c !== 0 && plausibleCode(t, c) ? t.simp[c]! : 0;
}

/** `flagGain`: how much better the re-read must be; lower to look for leftovers next to a repair. */
export function findSuspectRuns(text: string, flagGain = FLAG_GAIN): SuspectRun[] {
  const t = repairTables();
  const runs: SuspectRun[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    scanLine(t, text, lineStart, lineEnd, runs, flagGain);
    lineStart = lineEnd + 1;
  }
  return runs;
}

function scanLine(t: Tables, text: string, from: number, to: number, runs: SuspectRun[], flagGain: number) {
  const n = to - from;
  if (n < 2) return;
  const cps = new Uint16Array(n);
  const obs = new Uint16Array(n);
  const codes = new Uint16Array(n);
  const codesS = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const cp = text.charCodeAt(from + i);
    cps[i] = cp;
    obs[i] = t.simp[cp]!;
    codes[i] = codeOf(t, cp, false);
    codesS[i] = codeOf(t, cp, true);
  }
  // gain[i]: how much better the shifted re-read explains the step from character i to i + 1
  const gain = new Float32Array(n);
  let prevShift = 0;
  for (let i = 0; i + 1 < n; i++) {
    let s = shifted(t, codes[i]!, codes[i + 1]!);
    // a page that converted the garbage to Traditional: re-encode its Simplified form
    if (s === 0 && (codesS[i] !== codes[i] || codesS[i + 1] !== codes[i + 1]))
      s = shifted(t, codesS[i]!, codesS[i + 1]!);
    const a = obs[i]!;
    const b = obs[i + 1]!;
    const observed = codes[i] && codes[i + 1] ? charLogP(t, a, b) : 0;
    const reread = s === 0 ? NO_CHAR : charLogP(t, prevShift, s);
    gain[i] = codes[i] && codes[i + 1] ? reread - observed : -Infinity;
    prevShift = s;
  }
  // maximum-sum segments of the gain, each with its odd characters
  let sum = 0;
  let segStart = 0;
  let best = 0;
  let bestEnd = -1;
  const emit = () => {
    if (bestEnd >= 0 && best >= flagGain) addRun(runs, from + segStart, from + bestEnd + 2, best, 0);
  };
  for (let i = 0; i + 1 < n; i++) {
    const g = gain[i]!;
    if (sum + g <= 0 || g === -Infinity) {
      emit();
      sum = 0;
      best = 0;
      bestEnd = -1;
      segStart = i + 1;
      continue;
    }
    sum += g;
    if (sum > best) {
      best = sum;
      bestEnd = i;
    }
  }
  emit();
  // a line of `|`-separated keywords (navigation, SEO lists) is not prose: a stray letter there is no damage
  let bars = 0;
  for (let i = 0; i < n; i++) if (cps[i] === 0x7c || cps[i] === 0xff5c) bars++;
  const keywords = bars >= 3;
  if (!keywords && isProse(text, cps, from)) {
    endsOneByteShort(cps, codes, codesS, from, runs);
    straddles(t, text, cps, obs, codesS, from, runs);
  }
  for (let i = 0; i < n; i++) {
    const cp = cps[i]!;
    const ch = String.fromCharCode(cp);
    if (cp >= 0x80) {
      const loneVowel =
        TONE_VOWEL.test(ch) &&
        !(i > 0 && isPinyinNeighbour(cps[i - 1]!)) &&
        !(i + 1 < n && isPinyinNeighbour(cps[i + 1]!));
      if (STRONG.test(ch) || ODD_SYMBOL.test(ch) || loneVowel) addRun(runs, from + i, from + i + 1, STRONG_WEIGHT, 1);
      continue;
    }
    const next = i + 1 < n ? cps[i + 1]! : 0x0a;
    // a character reduced to its trail byte may also follow a mark or open the line (疊加,_保 for 疊加,確保)
    const opensClause = (i === 0 || SENTENCE_MARKS.has(cps[i - 1]!)) && isHanCode(next);
    if (i > 0 && !isHanCode(cps[i - 1]!) && !opensClause) continue;
    // a symbol set off by a space, or used more than once on the line, is a separator ("新闻 | 要闻")
    if (
      LONE_TRAIL.test(ch) &&
      !isAsciiWord(next) &&
      next !== 0x20 &&
      !isSeparator(cps, cp) &&
      !isPaired(cps, cp) &&
      !isTitleSeparator(cps, i)
    )
      addRun(runs, from + i, from + i + 1, STRONG_WEIGHT, 1);
    else if (LONE_LETTER.test(ch) && !isAsciiWord(next) && next !== 0x20 && !keywords)
      if (SMALL_LETTER.test(ch) && isHanCode(next) && !opensClause)
        addRun(runs, from + i - 1, from + i + 1, STRONG_WEIGHT, 1, true);
      // (two capitals close together, as in B超和X光, are still short of a flag)
      else addRun(runs, from + Math.max(0, i - 1), from + i + 1, CAPITAL_WEIGHT, 0, true);
  }
}

const CLOSING_MARKS = new Set('。！？；.!?;”"'.split('').map((c) => c.charCodeAt(0)));
/**
 * A line of prose: it has a sentence mark, or it follows a paragraph that closed with one (a one-sentence
 * paragraph whose only mark the damage took: 要加强统筹协调联动。 read as 要加强统承髁). A title or a
 * heading above the text does neither.
 */
function isProse(text: string, cps: Uint16Array, from: number): boolean {
  for (let k = 0; k < cps.length; k++) if (SENTENCE_MARKS.has(cps[k]!)) return true;
  let k = from - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  return k >= 0 && CLOSING_MARKS.has(text.charCodeAt(k));
}

// Weak evidence: below FLAG_GAIN, so the run is only repaired or marked when the realignment convinces.
const LINE_END_SCORE = 4;

/**
 * A paragraph of prose that ends in a character whose second byte is the first byte of a closing mark: the
 * byte lost was in the last character or two, the decoder paired the mark's first byte with them, and the
 * mark's second byte was left alone at the line end (效率。 read as 效隆). One pair is too little for the
 * gain scan, so such a line end is a weak suspect of its own.
 */
function endsOneByteShort(cps: Uint16Array, codes: Uint16Array, codesS: Uint16Array, from: number, runs: SuspectRun[]) {
  const n = cps.length;
  const last = cps[n - 1]!;
  // (on a page converted to Traditional, the garbage's Simplified form has the bytes: 饋 for 馈)
  if (!isHanCode(last) || !(straddledMark(codes[n - 1]!) || straddledMark(codesS[n - 1]!))) return;
  if (!runs.some((r) => r.end >= from + n - 1))
    runs.push({ start: from + n - 1, end: from + n, score: LINE_END_SCORE, strong: 0, lineEnd: true });
}

// How much likelier the straddled word must be than the character as it stands after its neighbour (nats).
const STRADDLE_MIN = 1;
const REPEAT_WINDOW = 10_000;
const isPinyinOpen = (cps: Uint16Array, i: number) =>
  cps[i] === 0x28 && i + 1 < cps.length && /[a-zA-Z\u00e0-\u01dc]/.test(String.fromCharCode(cps[i + 1]!));

/**
 * A Han character that is no word with the one before it while its bytes straddle what the stream lost: the
 * short trace of a byte lost just before the decoder came back in step. Weak evidence, like a line end one byte
 * short. Two kinds (straddle.ts):
 * - before ASCII text or the line end, a common two-character word (身體健康, read as 身體嬌);
 * - between Han characters, a character and its closing mark (管理。 read as 管怼, the mark's second byte
 *   dropped, the next sentence in step again); then it must be no word with the next character either.
 */
function straddles(
  t: Tables,
  text: string,
  cps: Uint16Array,
  obs: Uint16Array,
  codesS: Uint16Array,
  from: number,
  runs: SuspectRun[],
) {
  const n = cps.length;
  const straddle = straddleLogP(t);
  for (let i = 1; i < n; i++) {
    if (!isHanCode(cps[i]!) || !isHanCode(cps[i - 1]!)) continue;
    const [prev, x] = [obs[i - 1]!, obs[i]!];
    if (t.words.has(String.fromCharCode(prev, x))) continue;
    let gain: number;
    if (i + 1 < n && isHanCode(cps[i + 1]!)) {
      const mark = straddledMark(codesS[i]!);
      const next = obs[i + 1]!;
      if (!mark || t.words.has(String.fromCharCode(x, next))) continue;
      const best = bestMarkStraddle(t, prev, codesS[i]!);
      if (!best) continue;
      const observed = charLogP(t, prev, x) + charLogP(t, x, next);
      gain = best[1] + charLogP(t, best[0], mark.charCodeAt(0)) + charLogP(t, 0, next) - observed;
    } else {
      // (a space sets off names: 记者 彭媛媛 报道)
      if (i + 1 < n && (cps[i + 1]! >= 0x80 || cps[i + 1] === 0x20 || isPinyinOpen(cps, i + 1))) continue;
      gain = straddle[codesS[i]!]! - charLogP(t, prev, x);
    }
    if (gain >= STRADDLE_MIN) addStraddle(text, from, i, gain, runs);
  }
  runs.sort((a, b) => a.start - b.start);
}

/** Adds a straddle suspect at `from + i` unless a run covers it or the pair before it repeats on the page. */
function addStraddle(text: string, from: number, i: number, gain: number, runs: SuspectRun[]) {
  if (runs.some((r) => r.start <= from + i + 1 && r.end >= from + i)) return;
  // garbage is unique: a pair the page writes twice is its own (这根弦, a name); looked for nearby, so that a
  // huge page stays linear
  const at = from + i - 1;
  const near = text.slice(Math.max(0, at - REPEAT_WINDOW), at + REPEAT_WINDOW);
  const pair = text.slice(at, at + 2);
  if (near.indexOf(pair) !== near.lastIndexOf(pair)) return;
  runs.push({ start: from + i, end: from + i + 1, score: Math.min(gain, LINE_END_SCORE), strong: 0, straddle: true });
}

/** Adds a run, merging it with a run it overlaps or nearly touches. */
function addRun(runs: SuspectRun[], start: number, end: number, score: number, strong: number, lone = false) {
  for (const r of runs) {
    if (start <= r.end + 1 && r.start <= end + 1) {
      r.start = Math.min(r.start, start);
      r.end = Math.max(r.end, end);
      r.score += score;
      r.strong += strong;
      r.lone = r.lone === true && lone;
      // a straddle suspect next to an odd character is no longer only a straddle: it is searched as a run
      r.straddle = undefined;
      return;
    }
  }
  runs.push({ start, end, score, strong, lone });
  runs.sort((a, b) => a.start - b.start);
}
