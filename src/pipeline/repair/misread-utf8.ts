/**
 * Text whose UTF-8 bytes were read in another encoding (浼氳寮鸿皟 / ä¼šè®®å¼ºè°ƒ for 会议强调): a page served as
 * UTF-8 but declared, or taken, to be GBK or Windows-1252. Unlike a lost byte, such a misreading loses nothing
 * but the odd byte the other decoder could not pair, so it is undone by encoding the run back and reading the
 * bytes as UTF-8. A run is taken only when that reading is valid UTF-8 and far more likely Chinese than the run.
 */
import { foldToSimplified } from '../script';
import { encodeChar } from './gbk';
import { languageModel } from './language-model';
import { ANNOTATION_AT, ANNOTATIONS, reads } from './readings';

export type MisreadAs = 'GBK' | 'Windows-1252';

export interface Misread {
  start: number;
  end: number;
  replacement: string;
  as: MisreadAs;
  /** Bytes the other decoder dropped (its U+FFFD) that the language model filled in. */
  filled: number;
  /** For each dropped byte the model could not decide, its best candidates; the reading has U+FFFD there. */
  unknown: string[][];
  /** log-probability per character the reading gains over the run. */
  gain: number;
}

// Per character, a right reading of Chinese beats its GBK misreading by at least this (the gold texts' 121
// sentences misread: the least gain was 3.2; true text read that way hardly ever decodes at all).
const MIN_GAIN = 3;
// What prose scores per character at least (gold sentences: about -5 to -7); a random string of Han characters
// scores far below.
const MIN_LIKELIHOOD = -10;
// Whole three-byte sequences in a row that GBK text never forms by chance.
const MANY_SEQUENCES = 6;
// Two characters of a reading are the least evidence to go on: one could be chance.
const MIN_HAN = 2;
/**
 * What Windows-1252 puts at 0x80–0x9F (the rest of its upper half is Latin-1). Written out: Node's decoder
 * reads the label as Latin-1, browsers as Windows-1252, and a misreading may come from either.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
let cp1252: Map<string, number> | undefined;
/** Byte of each character of Windows-1252 and of Latin-1 (whose C1 controls stand for the same bytes). */
function windows1252(): Map<string, number> {
  if (cp1252) return cp1252;
  cp1252 = new Map();
  for (let b = 0x80; b <= 0xff; b++) cp1252.set(String.fromCharCode(b), b);
  [...CP1252_HIGH].forEach((ch, i) => cp1252!.set(ch, 0x80 + i));
  return cp1252;
}

const LOST = -1;
/** A lost byte the model could not decide: dropped, so its character reads as U+FFFD. */
const DROP = -2;
// A filled byte must beat the next best by this much (log-probability of the whole reading); else the character
// is left unknown. The gold sentences misread as GBK: at 4, 2 of 121 keep a wrong character and 55 of 6932
// characters are left unknown; at 2, 7 and 40. (Windows-1252 at 4: 2 wrong, 413 unknown.)
const FILL_MARGIN = 4;
// 。 ends a paragraph; the model alone cannot tell it from 、 (both common punctuation).
const CLOSING_BONUS = FILL_MARGIN + 1;
const MAX_ROUNDS = 3;
// How far either side of a lost byte its candidates are read: a dozen characters or so.
const WINDOW_BYTES = 36;
const DATE_UNIT = /^[年月日时号]$/;
// (common characters such as 有 outscore 月 by a few units on their own)
const DATE_BONUS = 2 * FILL_MARGIN;
// A surviving reading is hard evidence: it decides among the characters that share the lost byte's lead.
const READING_BONUS = 2 * FILL_MARGIN;
/**
 * The bytes a misreading can lose. GBK loses a lead byte (0x81–0xFE) that an ASCII character follows, and in
 * UTF-8 that is a sequence's last byte; Windows-1252 loses the five bytes it leaves undefined, wherever they are.
 */
const LOSABLE: Record<MisreadAs, readonly number[]> = {
  GBK: Array.from({ length: 0x3f }, (_, i) => 0x81 + i),
  'Windows-1252': [0x81, 0x8d, 0x8f, 0x90, 0x9d],
};

function bytesOf(ch: string, as: MisreadAs): number[] | undefined {
  if (ch === '\ufffd') return [LOST];
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return [cp];
  if (as === 'Windows-1252') {
    const b = windows1252().get(ch);
    return b === undefined ? undefined : [b];
  }
  return encodeChar(ch);
}

/**
 * The bytes a character may have come from. Only the euro sign has two in GBK: the single byte 0x80 and the pair
 * A2 E3 (as GB18030 reads them both).
 */
function sourcesOf(ch: string, as: MisreadAs): number[][] | undefined {
  if (as === 'GBK' && ch === '€') return [[0x80], [0xa2, 0xe3]];
  const bytes = bytesOf(ch, as);
  return bytes && [bytes];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: readonly number[]) => {
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
};

/** How many bytes the UTF-8 sequence starting with `b` has (0 for a byte that cannot start one). */
const sequenceLength = (b: number) =>
  b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
const isContinuation = (b: number) => (b & 0xc0) === 0x80;

const isHan = (ch: string) => ch >= '\u3400' && ch <= '\u9fff';
const perChar = (s: string) => languageModel().score(foldToSimplified(s)) / Math.max(1, [...s].length);

let last: { text: string; found: Misread[] } | undefined;

/** Every stretch of `text` that is UTF-8 read as GBK or Windows-1252, with its reading. */
export function findMisreadUtf8(text: string): Misread[] {
  // the pipeline asks twice for one report (to tell its script, then to repair it)
  if (last?.text !== text) last = { text, found: search(text) };
  return last.found;
}

/** `text` with its misread stretches read back: what the page says, for telling its script. */
export function withMisreadsReadBack(text: string): string {
  return findMisreadUtf8(text).reduceRight((t, m) => t.slice(0, m.start) + m.replacement + t.slice(m.end), text);
}

function search(text: string): Misread[] {
  const out: Misread[] = [];
  for (const as of ['GBK', 'Windows-1252'] as const) {
    for (const m of text.matchAll(/[^\n]+/g)) {
      if (!mayHold(m[0], as)) continue;
      for (const r of runsIn(m[0], as)) {
        const start = m.index + r.start;
        const end = m.index + r.end;
        if (out.some((o) => o.start < end && start < o.end)) continue;
        out.push({ ...r, start, end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A cheap look before the search. Han characters in UTF-8 open with E4–E9, and read as GBK every other pair
 * starts with one: rare characters of GBK's second level (浼, 鍔, 閾), of which prose has few. Read as
 * Windows-1252 the same bytes come out as accented Latin letters.
 */
function mayHold(line: string, as: MisreadAs): boolean {
  if (as === 'Windows-1252') return /[\u00e4-\u00e9][\u0080-\u02ff\u2010-\u203a\u20ac\u2122]/.test(line);
  let leads = 0;
  for (const ch of line) {
    if (ch < '\u4e00') continue;
    const lead = encodeChar(ch)?.[0] ?? 0;
    if (lead >= 0xe4 && lead <= 0xe9 && ++leads >= MIN_HAN) return true;
  }
  return false;
}

/**
 * Runs of one line that read as UTF-8: from each character, the longest stretch whose bytes form whole UTF-8
 * sequences ending on a character boundary. A byte the other decoder lost is a gap any byte may fill.
 */
function runsIn(line: string, as: MisreadAs): Misread[] {
  const chars = [...line];
  const offsets: number[] = [];
  let off = 0;
  for (const ch of chars) {
    offsets.push(off);
    off += ch.length;
  }
  offsets.push(off);
  const encoded = chars.map((ch) => sourcesOf(ch, as));
  const out: Misread[] = [];
  let i = 0;
  while (i < chars.length) {
    const { end, bytes } = longestValid(encoded, i);
    if (end > i) {
      const found = judge(chars.slice(i, end).join(''), bytes, as, end === chars.length);
      if (found) out.push({ ...found, start: offsets[i]!, end: offsets[end]! });
      // a stretch that reads as UTF-8 but not as Chinese is left whole: a piece of it is no likelier
      i = end;
      continue;
    }
    i++;
  }
  return out;
}

/**
 * The longest run from character `i` whose bytes are whole UTF-8 sequences: its end (exclusive, in characters)
 * and its bytes. Where a character has two readings, the one that keeps the sequence whole is taken, looking at
 * the next character when both would.
 */
function longestValid(encoded: readonly (number[][] | undefined)[], i: number): { end: number; bytes: number[] } {
  let best = { end: i, bytes: [] as number[] };
  let need = 0; // continuation bytes still owed by the sequence in progress
  let nonAscii = false;
  const bytes: number[] = [];
  // the state after `seq`, or null when it breaks the sequence
  const step = (from: number, seq: readonly number[]): { need: number; multi: boolean } | null => {
    let n = from;
    let multi = false;
    for (const b of seq) {
      if (n > 0) {
        if (b !== LOST && !isContinuation(b)) return null;
        n--;
      } else {
        // a lost lead byte leaves nothing to tell the sequence by
        const len = b === LOST ? 0 : sequenceLength(b);
        if (len === 0) return null;
        n = len - 1;
        // Han characters take three bytes: a run of only two-byte sequences reads as no Chinese
        if (len > 2) multi = true;
      }
    }
    return { need: n, multi };
  };
  for (let k = i; k < encoded.length; k++) {
    const readings = encoded[k];
    if (!readings) break;
    const next = encoded[k + 1]?.[0];
    const fits = readings
      .map((seq) => ({ seq, state: step(need, seq) }))
      .filter((r): r is { seq: number[]; state: { need: number; multi: boolean } } => r.state !== null);
    const chosen = fits.find((r) => !next || step(r.state.need, next) !== null) ?? fits[0];
    if (!chosen) break;
    bytes.push(...chosen.seq);
    need = chosen.state.need;
    nonAscii ||= chosen.state.multi;
    if (need === 0 && nonAscii) best = { end: k + 1, bytes: bytes.slice() };
  }
  return best;
}

function judge(run: string, bytes: number[], as: MisreadAs, endsLine: boolean): Omit<Misread, 'start' | 'end'> | null {
  // too few characters to read as Chinese: no need to load the language model
  if (bytes.filter((b) => b >= 0xe3 && b <= 0xe9).length < MIN_HAN) return null;
  const lm = languageModel();
  const lost = bytes.flatMap((x, k) => (x === LOST ? [k] : []));
  const choice = new Map<number, number>(lost.map((k) => [k, 0x80]));
  type Ranked = { byte: number; score: number; readable: string }[];
  const rank = (k: number): Ranked => {
    const ranked: Ranked = [];
    // only the characters around the lost byte are read and scored: one character changes, and a page misread
    // whole has hundreds of lost bytes
    const opens = (j: number) => j <= 0 || j >= bytes.length || (bytes[j] !== LOST && !isContinuation(bytes[j]!));
    let from = Math.max(0, k - WINDOW_BYTES);
    while (!opens(from)) from++;
    let to = Math.min(bytes.length, k + WINDOW_BYTES);
    while (!opens(to)) to++;
    // the character the byte belongs to: as many characters precede it as the bytes before its lead make
    let lead = k;
    while (lead > from && (bytes[lead] === LOST || isContinuation(bytes[lead]!))) lead--;
    // (the bytes decided so far, copied for the window only)
    const window = bytes.slice(from, to).map((x, j) => choice.get(from + j) ?? x);
    const at = [...(decodes(window.slice(0, lead - from)) ?? '')].length;
    for (const b of LOSABLE[as]) {
      const trial = window.slice();
      trial[k - from] = b;
      const readable = decodes(trial);
      if (readable === null) continue;
      const chars = [...readable];
      // a line ends a sentence, and so does a blank on a page flattened into one line: 。 rather than 、 where the
      // paragraph's last byte was lost
      const atBreak = (endsLine && k === bytes.length - 1) || bytes[k + 1] === 0x20 || bytes[k + 1] === 0x09;
      const closes = atBreak && /^[。！？”]$/.test(chars[at] ?? '') ? CLOSING_BONUS : 0;
      // 3月2日: after a digit, the character a date or a count needs (the model knows no digits)
      const dated = /\d/.test(chars[at - 1] ?? '') && DATE_UNIT.test(chars[at] ?? '') ? DATE_BONUS : 0;
      // 會(huì): a mirror's pinyin right after the character says how it reads
      const said = ANNOTATION_AT.exec(chars.slice(at + 1, at + 10).join(''))?.[1];
      const heard = said !== undefined && reads(chars[at] ?? '', said) ? READING_BONUS : 0;
      // (scored without the pinyin, which would keep 會(huì)議 from reading as the word it is)
      const words = foldToSimplified(readable.replace(ANNOTATIONS, ''));
      ranked.push({ byte: b, score: lm.score(words) + closes + dated + heard, readable });
    }
    return ranked.sort((a, b) => b.score - a.score);
  };
  // the lost bytes are decided together: each in turn takes the byte the language model likes best given the
  // others' current choice, until no choice changes (neighbours matter: 坚持 is only a word once both are right)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const k of lost) {
      const best = rank(k)[0];
      if (!best) return null;
      if (best.byte !== choice.get(k)) changed = true;
      choice.set(k, best.byte);
    }
    if (!changed) break;
  }
  // a byte is kept only when it is clearly best; else its character is left unknown
  const unknown: string[][] = [];
  let filled = 0;
  const decided = new Map<number, number>();
  for (const k of lost) {
    const [best, next, ...rest] = rank(k);
    if (next && best!.score - next.score < FILL_MARGIN) {
      unknown.push(
        [best!, next, ...rest.slice(0, 1)].map((r) => differingChar(r.readable, best!.readable, next.readable)),
      );
      decided.set(k, DROP);
    } else {
      decided.set(k, best!.byte);
      filled++;
    }
  }
  bytes = bytes.map((x, k) => decided.get(k) ?? x);
  // an undecided character reads as U+FFFD: the truncated sequence it leaves is what a decoder marks so
  const reading = new TextDecoder('utf-8').decode(Uint8Array.from(bytes.filter((x) => x !== DROP)));
  if ([...reading].filter(isHan).length < MIN_HAN) return null;
  const likelihood = perChar(reading);
  const gain = likelihood - perChar(run);
  // Latin letters score as mere rare symbols, so a Windows-1252 run is judged by its reading alone: whole UTF-8
  // sequences of Han characters are never chance there, but the reading must still be prose, not noise
  // (so is a GBK run of many whole three-byte sequences: chance never strings them together, names make the
  // model's gain small)
  const sequences = bytes.filter((b) => b >= 0xe0 && b <= 0xef).length;
  const ok =
    (as === 'GBK' && gain >= MIN_GAIN) ||
    ((as === 'Windows-1252' || sequences >= MANY_SEQUENCES) && likelihood >= MIN_LIKELIHOOD);
  return ok ? { replacement: reading, as, filled, unknown, gain } : null;
}

/** The character of `readable` where the two best readings differ (they differ in one character only). */
function differingChar(readable: string, a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  const at = x.findIndex((ch, i) => ch !== y[i]);
  return [...readable][at] ?? '';
}
