/**
 * Candidate search for GBK lost-byte mojibake. When one byte of a GBK stream is lost, every following
 * pair is read one byte off (lead of one character with trail of the next) until an ASCII byte brings
 * the decoder back in step. Re-encoding the garbage and reading it one byte shifted gives the true text
 * back, except for the bytes that are really gone: the lost one, the half of a pair eaten by the ASCII
 * byte that realigned the stream, and pairs the page dropped because they decoded to private-use
 * characters. Those are searched, scored with the language model.
 */
import { foldToSimplified } from '../script';
import { type Code, decodeCode, encodeChar, gbk, isPrivateUse } from './gbk';
import { languageModel } from './language-model';

/** One observed character of the damaged text and the bytes it may have come from. */
interface Token {
  offset: number;
  char: string;
  pairs: Array<[number, number]>;
  /** A single ASCII byte that really was in the stream (as opposed to a folded full-width form). */
  ascii?: number;
  /** `?` or U+FFFD standing for a pair the decoder could not read. */
  lost?: boolean;
}

export interface Realignment {
  /** Offsets in the text of the damaged stretch that the repair replaces. */
  start: number;
  end: number;
  /** True characters as decoded from the realigned bytes (not yet converted to the text's script). */
  repaired: string;
  /** Language-model score of the repaired window, penalties included. */
  score: number;
  /** How many bytes had to be guessed. */
  guessed: number;
}

const BEAM = 80;
const GUESS_PENALTY = 1;
const DROP_PENALTY = 2;
// Offsets the cost of each character, so that a reading with more characters (dropped pairs restored) is
// not worse merely for being longer: roughly the per-character log probability of real text.
export const CHAR_BONUS = 3;
const MAX_DROPS_IN_ROW = 2;
const MAX_TOKENS = 120;
// How many characters a guessed byte may stand for, per state, before the beam decides.
const ENUM_K = 8;
// Trail bytes that make the next pair of the misaligned stream private-use (rows AA–AF, F8–FE): such pairs
// are what mirror pages silently drop.
const DROP_LEADS = new Set([0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]);
const PUNCT = new Set('，。、；：？！“”‘’（）《》—…·「」『』【】');

const simpleCache = new Map<Code, string>();
function simpleOf(code: Code): string {
  let s = simpleCache.get(code);
  if (s === undefined) {
    s = foldToSimplified(decodeCode(code)!);
    simpleCache.set(code, s);
  }
  return s;
}

/** Whether a decoded character can be part of real text: a known Han character or common punctuation. */
function plausible(ch: string): boolean {
  if (PUNCT.has(ch)) return true;
  if (ch >= '\uff01' && ch <= '\uff5e') return true;
  if (ch < '\u3400' || ch > '\u9fff') return false;
  return languageModel().charCount(foldToSimplified(ch)) > 0;
}

let plausibleByLead: Map<number, Code[]> | undefined;
let plausibleByTrail: Map<number, Code[]> | undefined;
let droppable: Code[] | undefined;

function plausibleTables() {
  if (plausibleByLead && plausibleByTrail && droppable)
    return { byLead: plausibleByLead, byTrail: plausibleByTrail, droppable };
  const g = gbk();
  const lm = languageModel();
  plausibleByLead = new Map();
  plausibleByTrail = new Map();
  const freq: Array<[Code, number]> = [];
  for (const [code, ch] of g.decode) {
    if (!plausible(ch)) continue;
    push(plausibleByLead, code >> 8, code);
    push(plausibleByTrail, code & 0xff, code);
    if (DROP_LEADS.has(code & 0xff) && code >> 8 >= 0xa1) freq.push([code, lm.charCount(foldToSimplified(ch))]);
  }
  // A character hidden entirely between two dropped pairs: only the common ones are worth trying.
  droppable = freq
    .sort((a, b) => b[1] - a[1])
    .slice(0, 400)
    .map(([c]) => c);
  return { byLead: plausibleByLead, byTrail: plausibleByTrail, droppable };
}

function push(map: Map<number, Code[]>, key: number, code: Code) {
  const list = map.get(key);
  if (list) list.push(code);
  else map.set(key, [code]);
}

/** The observed characters from `start` to the end of the line, with their possible bytes. */
function tokenize(text: string, start: number, simplify: (ch: string) => string): Token[] {
  const tokens: Token[] = [];
  for (let i = start; i < text.length && tokens.length < MAX_TOKENS; i++) {
    const ch = text[i]!;
    if (ch === '\n') break;
    const cp = ch.charCodeAt(0);
    const tok: Token = { offset: i, char: ch, pairs: [] };
    if (ch === '?' || ch === '\ufffd') tok.lost = true;
    else if (cp < 0x80) {
      tok.ascii = cp;
      // mirrors fold full-width forms (row A3 in GBK) to ASCII
      if (cp > 0x20) tok.pairs.push([0xa3, cp + 0x80]);
    } else {
      for (const form of new Set([ch, simplify(ch)])) {
        const bytes = encodeChar(form);
        if (bytes && bytes.length === 2) tok.pairs.push([bytes[0]!, bytes[1]!]);
      }
      if (tok.pairs.length === 0) tok.lost = true;
    }
    tokens.push(tok);
  }
  return tokens;
}

interface State {
  i: number;
  /** Lead byte of the next true character, or -1 when it was lost in a dropped pair. */
  pending: number;
  out: string;
  prev: string | undefined;
  score: number;
  guessed: number;
  dropsInRow: number;
}

interface Finished {
  out: string;
  end: number;
  score: number;
  guessed: number;
  /** Offset of an ASCII `(` right after the repair, where a surviving pinyin reading may start. */
  before?: number;
}

/**
 * Realignments of the text from `start` on (the first damaged character), best first. `leftChar` is
 * the last true character before the damage, for the language model.
 */
export function realign(text: string, start: number, simplify: (ch: string) => string): Finished[] {
  const lm = languageModel();
  const tables = plausibleTables();
  const tokens = tokenize(text, start, simplify);
  const finished: Finished[] = [];
  const leftChar = start > 0 ? foldToSimplified(text[start - 1]!) : undefined;

  const emit = (s: State, ch: string, guessed: number): State => {
    const simple = foldToSimplified(ch);
    return {
      ...s,
      out: s.out + ch,
      prev: simple,
      score: s.score + lm.bigramLogP(s.prev, simple) + CHAR_BONUS - guessed * GUESS_PENALTY,
      guessed: s.guessed + guessed,
    };
  };
  // Scores every candidate character for a guessed byte but keeps only the few best per state.
  const best = (s: State, codes: readonly Code[], guessed: number, k: number): State[] => {
    const scored: Array<[number, Code]> = [];
    for (const code of codes) scored.push([lm.bigramLogP(s.prev, simpleOf(code)), code]);
    scored.sort((a, b) => b[0] - a[0]);
    return scored.slice(0, k).map(([, code]) => emit(s, decodeCode(code)!, guessed));
  };
  const finish = (s: State, end: number, before?: number) =>
    finished.push({ out: s.out, end, score: s.score, guessed: s.guessed, before });

  // The first true character lost either its lead byte (now [?, t0]) or its trail byte ([t0, ?]).
  let beam: State[] = [];
  const first = tokens[0];
  if (!first) return [];
  const base: State = { i: 0, pending: -1, out: '', prev: leftChar, score: 0, guessed: 0, dropsInRow: 0 };
  beam.push(base);
  for (const [t0, t1] of first.pairs) {
    for (const n of best(base, tables.byLead.get(t0) ?? [], 1, ENUM_K)) beam.push({ ...n, i: 1, pending: t1 });
  }

  for (let i = 0; i <= tokens.length && beam.length > 0; i++) {
    const here = beam.filter((s) => s.i === i);
    const later = beam.filter((s) => s.i > i);
    const next: State[] = [...later];
    const tok = tokens[i];
    // silent drops of private-use pairs before this token, at most two in a row
    let wave = here;
    const all = [...here];
    for (let d = 0; d < MAX_DROPS_IN_ROW && i > 0 && tok && tok.pairs.length > 0; d++) {
      const dropped: State[] = [];
      for (const s of wave) {
        const codes =
          s.pending >= 0
            ? (tables.byLead.get(s.pending) ?? []).filter((c) => DROP_LEADS.has(c & 0xff))
            : tables.droppable;
        for (const n of best(s, codes, s.pending >= 0 ? 1 : 2, ENUM_K)) {
          dropped.push({ ...n, pending: -1, score: n.score - DROP_PENALTY, dropsInRow: s.dropsInRow + 1 });
        }
      }
      wave = prune(dropped);
      all.push(...wave);
    }

    for (const s of all) {
      if (!tok || tok.ascii !== undefined) {
        // the stream realigned on an ASCII byte (or the line ended): the pair it broke lost its trail byte
        const end = tok ? tok.offset : (tokens[tokens.length - 1]?.offset ?? start) + 1;
        if (s.pending < 0) {
          if (s.out.length > 0)
            finish({ ...s, score: s.score - DROP_PENALTY }, end, tok?.char === '(' ? end : undefined);
        } else {
          if (tok && tok.ascii! >= 0x40) {
            const ch = decodeCode(s.pending * 256 + tok.ascii!);
            if (ch && plausible(ch)) finish(emit(s, ch, 0), tok.offset + 1);
          }
          for (const n of best(s, tables.byLead.get(s.pending) ?? [], 1, ENUM_K)) {
            finish(n, end, tok?.char === '(' ? end : undefined);
          }
        }
        if (!tok) continue;
      }
      if (tok.lost) {
        if (s.pending >= 0) {
          for (const n of best(s, tables.byLead.get(s.pending) ?? [], 1, ENUM_K)) {
            next.push({ ...n, i: i + 1, pending: -1, dropsInRow: 0 });
          }
        }
        continue;
      }
      for (const [t0, t1] of tok.pairs) {
        if (s.pending >= 0) {
          const ch = decodeCode(s.pending * 256 + t0);
          if (ch && plausible(ch)) next.push({ ...emit(s, ch, 0), i: i + 1, pending: t1, dropsInRow: 0 });
        } else {
          // the lead byte hidden by a dropped pair was its second byte, which is A1 or above in the private-use rows
          const codes = (tables.byTrail.get(t0) ?? []).filter((c) => c >> 8 >= 0xa1 || s.out.length === 0);
          for (const n of best(s, codes, 1, ENUM_K)) {
            next.push({ ...n, i: i + 1, pending: t1, dropsInRow: 0 });
          }
        }
      }
    }
    beam = prune(next);
  }
  return finished.sort((a, b) => b.score - a.score);
}

/**
 * Keeps the best states. States that agree on where they are, the pending byte and the last character
 * have the same future under a character-pair model, so only the best of them is kept.
 */
function prune(states: State[]): State[] {
  const bestOf = new Map<string, State>();
  for (const s of states) {
    const key = `${s.i}|${s.pending}|${s.prev}|${s.dropsInRow}`;
    const old = bestOf.get(key);
    if (!old || s.score > old.score) bestOf.set(key, s);
  }
  const kept = [...bestOf.values()];
  if (kept.length <= BEAM) return kept;
  return kept.sort((a, b) => b.score - a.score).slice(0, BEAM);
}

export { isPrivateUse };
