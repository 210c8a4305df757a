/**
 * Candidate search for GBK lost-byte mojibake. After one lost byte every observed pair is the trail
 * byte of one true character and the lead byte of the next, so the true text in the middle of a run is
 * determined. What is really gone is little: one byte of the first true character (its lead or its
 * trail), the trail byte of the last one when an ASCII byte (or U+FFFD, or the line end) brought the
 * decoder back in step, and the pairs a mirror page dropped because they decoded to private-use
 * characters. A beam over the observed characters guesses exactly those bytes, scored with the
 * character model of tables.ts; the finished readings are rescored with words by the caller.
 */
import type { PageChars } from './page-chars';
import { charLogP, plausibleCode, repairTables, type Tables } from './tables';

export interface Finished {
  /** Offsets of the damaged stretch the reading replaces. */
  start: number;
  end: number;
  /** True characters as decoded (in the script of the GBK stream). */
  out: string;
  score: number;
  /** Bytes guessed and private-use pairs assumed dropped. */
  guessed: number;
  drops: number;
  /** Offset of an ASCII `(` right after the reading, where a surviving pinyin reading may start. */
  before?: number;
  /**
   * Other first characters the same bytes allow. The search keeps one path per state, so a first character
   * the character-pair model likes less (居家隔离 vs 居间隔离) is gone from `out`; the caller rescores
   * these with words.
   */
  firstAlts?: string;
  /** Other last characters the bytes allow, when the last one's trail byte was lost (likewise rescored). */
  lastAlts?: string;
}

interface Token {
  offset: number;
  /** GBK codes the character may have come from (several for folded or converted forms). */
  codes: number[];
  /** The ASCII byte itself, -1 for other characters. */
  ascii: number;
  /** U+FFFD or `?`: a byte the decoder could not place. */
  lost: boolean;
}

interface Out {
  ch: number;
  up: Out | undefined;
}

interface State {
  i: number;
  /** Lead byte of the next true character. */
  pending: number;
  /** Last output character (Simplified), for the character model. */
  prev: number;
  score: number;
  out: Out | undefined;
  guessed: number;
  drops: number;
  firstAlts?: string;
}

const BEAM = 64;
const FIRST_K = 40;
const FIRST_K_BLIND = 60;
const END_K = 6;
// (and more of them offered to the word model as alternatives of the best readings: 检测点 among 检测的)
const LAST_ALTS = 24;
const DROP_K = 3;
// hidden characters between two dropped pairs: the best on the left neighbour, of which the best few with the
// characters after them are tried
const HIDDEN_POOL = 6;
const HIDDEN_K = 2;
// (more when the character after them is unknown, hidden behind another dropped pair)
const HIDDEN_K_BLIND = 6;
const LAST_AFTER_DROP = 300;
// (one: tried at every possible end of every path, more would cost more than the rest of the search)
const END_DROP_K = 1;
// A page's decoder stays out of step to the next ASCII byte, which in full-width prose can be a paragraph's end:
// the search follows a run that far (its cost is linear in the run), and a longer one stays unrepaired.
const MAX_TOKENS = 400;
// how far past the end the detector saw the search still looks for the stream to come back in step
const PAST_RUN = 60;
const EURO = 0x20ac;
/** A byte the decoder read on its own (ASCII, or 0x80 as €) that can still be the trail of a pair. */
const isLoneTrail = (b: number) => (b >= 0x40 && b < 0x7f) || b === 0x80;
// How far from where the detector saw the damage end a silent return to step is considered.
const QUIET_SLACK = 2;
// A dropped pair is less likely than none: about one pair in fifteen of the misread stream is private-use.
const DROP_COST = 2.5;

interface Lists {
  /** Every plausible character's code. */
  all: number[];
  byLead: number[][];
  byTrail: number[][];
  /** Second bytes that make a private-use pair with this first byte. */
  puaAfter: number[][];
  /** Characters (by lead byte) whose trail byte starts a private-use pair. */
  dropFirst: number[][];
  /** Marks that close a sentence or clause, always tried as the last character of a run. */
  enders: number[];
  /** Characters whose lead byte can end a private-use pair that starts with this byte. */
  leadAfterPua: number[][];
  /** Common characters that can hide whole between two dropped pairs, by the first byte of the first pair. */
  hiddenAfter: number[][];
}

let lists: Lists | undefined;

function codeLists(t: Tables): Lists {
  if (lists) return lists;
  const byLead: number[][] = Array.from({ length: 256 }, () => []);
  const byTrail: number[][] = Array.from({ length: 256 }, () => []);
  const puaAfter: number[][] = Array.from({ length: 256 }, () => []);
  const all: number[] = [];
  const hiddenScored: Array<[number, number]> = [];
  for (let code = 0x8140; code <= 0xfefe; code++) {
    const c = t.dec[code]!;
    if (c === 0) continue;
    if (t.pua[c]) puaAfter[code >> 8]!.push(code & 0xff);
    else if (plausibleCode(t, c)) {
      all.push(code);
      byLead[code >> 8]!.push(code);
      byTrail[code & 0xff]!.push(code);
    }
  }
  for (let code = 0x8140; code <= 0xfefe; code++) {
    const c = t.dec[code]!;
    if (c !== 0 && !t.pua[c] && plausibleCode(t, c) && puaAfter[code & 0xff]!.length > 0)
      hiddenScored.push([code, t.uni[t.simp[c]!]!]);
  }
  const hidden = hiddenScored
    .sort((a, b) => b[1] - a[1])
    .slice(0, 150)
    .map(([c]) => c);
  const dropFirst = byLead.map((codes) => codes.filter((c) => puaAfter[c & 0xff]!.length > 0));
  // the commonest only: a choice among thousands at every possible end would cost more than the whole search
  const byFrequency = (a: number, b: number) => t.uni[t.simp[t.dec[b]!]!]! - t.uni[t.simp[t.dec[a]!]!]!;
  const leadAfterPua = puaAfter.map((seconds) =>
    seconds
      .flatMap((d1) => byLead[d1]!)
      .sort(byFrequency)
      .slice(0, LAST_AFTER_DROP),
  );
  const hiddenAfter = puaAfter.map((seconds) => hidden.filter((h) => seconds.includes(h >> 8)));
  const enders = [...'。！？”；，、）'].map((ch) => t.enc[ch.charCodeAt(0)]!).filter((c) => c > 0);
  lists = { all, byLead, byTrail, puaAfter, dropFirst, leadAfterPua, hiddenAfter, enders };
  return lists;
}

function tokenize(t: Tables, text: string, start: number, foldsFullWidth: boolean, limit: number): Token[] {
  const tokens: Token[] = [];
  for (let i = start; i < text.length && tokens.length < limit; i++) {
    const cp = text.charCodeAt(i);
    if (cp === 0x0a) break;
    const tok: Token = { offset: i, codes: [], ascii: -1, lost: cp === 0xfffd || cp === 0x3f };
    if (tok.lost) tok.ascii = -1;
    // GBK's single byte 0x80 (the euro sign) is a trail byte that, read first, put the decoder back in step
    else if (cp === EURO) tok.ascii = 0x80;
    else if (cp < 0x80) {
      tok.ascii = cp;
      // mirrors fold full-width forms (row A3) to ASCII; pinyin brackets are the mirror's own
      if (foldsFullWidth && cp > 0x20 && cp < 0x7f && cp !== 0x28 && cp !== 0x29) tok.codes.push(0xa300 + cp + 0x80);
    } else {
      for (const form of [cp, t.simp[cp]!]) {
        const code = t.enc[form]!;
        if (code && !tok.codes.includes(code)) tok.codes.push(code);
      }
      if (tok.codes.length === 0) break;
    }
    tokens.push(tok);
  }
  return tokens;
}

// The same choice (which characters of a byte list fit best between two neighbours) comes up again and
// again across states, starts and runs: the lists are fixed, so the answers are kept.
let memo = new WeakMap<readonly number[], Map<number, ReadonlyArray<readonly [number, number]>>>();
let memoSize = 0;
const MEMO_LIMIT = 200_000;

function topK(t: Tables, codes: readonly number[], k: number, prev: number, next: number) {
  let byContext = memo.get(codes);
  const key = (prev * 65536 + next) * 64 + k;
  const hit = byContext?.get(key);
  if (hit) return hit;
  // a partial insertion sort: k is small, the list may be thousands long
  const best: Array<readonly [number, number]> = [];
  for (const code of codes) {
    const c = t.simp[t.dec[code]!]!;
    const score = charLogP(t, prev, c) + (next ? charLogP(t, c, next) : 0);
    if (best.length === k && score <= best[k - 1]![0]) continue;
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && best[i - 1]![0] < score) {
      if (i < k) best[i] = best[i - 1]!;
      i--;
    }
    best[i] = [score, code];
  }
  if (memoSize++ > MEMO_LIMIT) {
    memo = new WeakMap();
    memoSize = 0;
    byContext = undefined;
  }
  if (!byContext) memo.set(codes, (byContext = new Map()));
  byContext.set(key, best);
  return best;
}

let afterPuaLists = new Map<number, number[]>();

/**
 * Characters ending in `lead` whose first byte can close a private-use pair opened by `d0`. One list per
 * (d0, lead), kept, so the choices among it are remembered too.
 */
function afterPua(t: Tables, L: Lists, d0: number, lead: number): readonly number[] {
  const key = d0 * 256 + lead;
  let list = afterPuaLists.get(key);
  if (!list) {
    list = [];
    for (const d1 of L.puaAfter[d0]!) {
      const c = t.dec[d1 * 256 + lead]!;
      if (c && plausibleCode(t, c)) list.push(d1 * 256 + lead);
    }
    if (afterPuaLists.size > 65536) afterPuaLists = new Map();
    afterPuaLists.set(key, list);
  }
  return list;
}

// Weights of the page and of the collection's other reports in the mixture
// P(b | a) = (1 - PAGE_WEIGHT - CORPUS_WEIGHT) P_model(b | a) + PAGE_WEIGHT P_page(b | a) + CORPUS_WEIGHT P_corpus(b | a).
const PAGE_WEIGHT = 0.3;
const CORPUS_WEIGHT = 0.2;
/** What the mixture keeps of the model's probability of a pair neither the page nor the collection has. */
const keep = (page: PageChars) => Math.log(1 - PAGE_WEIGHT - (page.corpus ? CORPUS_WEIGHT : 0));

/** The character model mixed with the page's own pairs and the collection's. */
function pageLogP(t: Tables, page: PageChars | undefined, a: number, b: number): number {
  const base = charLogP(t, a, b);
  if (!page) return base;
  const n = page.page.pair(a, b);
  const m = page.corpus?.pair(a, b) ?? 0;
  if (!n && !m) return base + keep(page);
  return Math.log(
    Math.exp(base + keep(page)) +
      (n ? (PAGE_WEIGHT * n) / page.page.left(a) : 0) +
      (m ? (CORPUS_WEIGHT * m) / page.corpus!.left(a) : 0),
  );
}

const codeSets = new WeakMap<readonly number[], Set<number>>();

/** The codes of a (fixed) list as a set, kept with the list. */
function codeSet(codes: readonly number[]): Set<number> {
  let set = codeSets.get(codes);
  if (!set) codeSets.set(codes, (set = new Set(codes)));
  return set;
}

let byForm: Map<number, number[]> | undefined;

/** GBK codes of the characters whose Simplified form is `c` (后: 后 and 後). */
function codesOf(t: Tables, c: number): readonly number[] {
  if (!byForm) {
    byForm = new Map();
    for (let code = 0x8140; code <= 0xfefe; code++) {
      const ch = t.dec[code]!;
      if (ch === 0) continue;
      const form = t.simp[ch]!;
      (byForm.get(form) ?? byForm.set(form, []).get(form)!).push(code);
    }
  }
  return byForm.get(c) ?? [];
}

/**
 * topK under the page-mixed model. Outside the page's (and the collection's) pairs the mixture only shifts every
 * score by the same constant, so the model's own best few, rescored, plus the characters the page puts next to
 * `prev` or `next`, contain the mixture's best few: the answer is exact (but for the collection's rarest
 * neighbours, which corpus.ts leaves out of its lists) and the memo stays shared across pages.
 */
function pageTopK(
  t: Tables,
  page: PageChars | undefined,
  codes: readonly number[],
  k: number,
  prev: number,
  next: number,
) {
  const base = topK(t, codes, k, prev, next);
  if (!page) return base;
  const extra = new Set<number>();
  const offer = (forms: readonly number[] | undefined) => {
    for (const form of forms ?? []) for (const code of codesOf(t, form)) if (codeSet(codes).has(code)) extra.add(code);
  };
  for (const source of [page.page, page.corpus]) {
    offer(source?.after(prev));
    if (next) offer(source?.before(next));
  }
  // (scores stay comparable across calls: the model's own are shifted as the mixture shifts them)
  if (extra.size === 0) return base.map(([score, code]) => [score + (next ? 2 : 1) * keep(page), code] as const);
  for (const [, code] of base) extra.add(code);
  const score = (code: number) => {
    const c = t.simp[t.dec[code]!]!;
    return pageLogP(t, page, prev, c) + (next ? pageLogP(t, page, c, next) : 0);
  };
  return [...extra]
    .map((code) => [score(code), code] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k);
}

function outString(o: Out | undefined): string {
  const cs: number[] = [];
  for (let n = o; n; n = n.up) cs.push(n.ch);
  return String.fromCharCode(...cs.reverse());
}

/**
 * Readings of the damaged text from `start` (its first garbled character) on, best first by the
 * character model. `foldsFullWidth`: whether ASCII symbols inside the run may be folded full-width pairs.
 * `quietEnd`: where the detector saw the damage end, so the stream may have come back in step there
 * without leaving a U+FFFD (pages that drop those). `keepsPrivateUse`: the page shows private-use characters,
 * so none of the pairs that decode to them was dropped.
 */
export function realign(
  text: string,
  start: number,
  foldsFullWidth: boolean,
  quietEnd = -1,
  page?: PageChars,
  keepsPrivateUse = false,
): Finished[] {
  const t = repairTables();
  const L = codeLists(t);
  const limit = quietEnd > start ? Math.min(MAX_TOKENS, quietEnd - start + PAST_RUN) : MAX_TOKENS;
  const tokens = tokenize(t, text, start, foldsFullWidth, limit);
  const finished: Finished[] = [];
  const first = tokens[0];
  if (!first) return finished;
  const leftChar = start > 0 ? t.simp[text.charCodeAt(start - 1)]! : 0;
  const rightAt = (offset: number) => (offset < text.length ? t.simp[text.charCodeAt(offset)]! : 0x0a);

  const logP = (a: number, b: number) => pageLogP(t, page, a, b);
  const emit = (s: State, code: number, guessed: number): State => {
    const c = t.dec[code]!;
    const simple = t.simp[c]!;
    return {
      ...s,
      prev: simple,
      score: s.score + logP(s.prev, simple),
      out: { ch: c, up: s.out },
      guessed: s.guessed + guessed,
    };
  };
  const finish = (s: State, end: number, lastAlts?: string) => {
    const right = rightAt(end);
    finished.push({
      start,
      end,
      out: outString(s.out),
      score: s.score + (right === 0x0a ? 0 : logP(s.prev, right)),
      guessed: s.guessed,
      drops: s.drops,
      before: right === 0x28 ? end : undefined,
      firstAlts: s.firstAlts,
      lastAlts,
    });
  };
  /** The best `k` characters among `codes` after state `s`, judged with the character after them too. */
  const bestOf = (s: State, codes: readonly number[], k: number, next = 0): ReadonlyArray<readonly [number, number]> =>
    pageTopK(t, page, codes, k, s.prev, next);
  const afterCode = (s: State, code: number, i: number, offset: number, into: State[]) => {
    const trail = code & 0xff;
    if (trail < 0x80) {
      // an ASCII-range trail byte cannot start the next pair: it was a real ASCII character and the stream is in step
      const n = {
        ...s,
        prev: trail,
        score: s.score + logP(s.prev, trail),
        out: { ch: trail, up: s.out },
      };
      finish(n, offset + 1);
    } else into.push({ ...s, i, pending: trail });
  };

  let beam: State[] = [];
  const base: State = { i: 0, pending: -1, prev: leftChar, score: 0, out: undefined, guessed: 0, drops: 0 };
  if (isLoneTrail(first.ascii)) {
    // a lone ASCII symbol: the trail byte of a character whose lead byte was lost
    for (const [, code] of bestOf(base, L.byTrail[first.ascii]!, FIRST_K, rightAt(first.offset + 1)))
      finish(emit(base, code, 1), first.offset + 1);
  }
  if (first.lost && text.charCodeAt(first.offset) === 0xfffd) {
    // a whole character reduced to one byte the decoder could not place (the other was the lost one)
    for (const [, code] of bestOf(base, L.all, FIRST_K, rightAt(first.offset + 1)))
      finish(emit(base, code, 2), first.offset + 1);
  }
  for (const code of first.codes) {
    const lead = code >> 8;
    // the first true character lost its lead byte (its trail is `lead`) or its trail byte (its lead is `lead`)
    const cands = [...L.byTrail[lead]!, ...L.byLead[lead]!];
    // judged with the character the next pair determines, which no drop separates in most runs
    const next = following(code, 0);
    // without a next character to judge by, the pair with the (guessed) second character decides: keep more
    const firstK = [...bestOf(base, cands, next ? FIRST_K : FIRST_K_BLIND, next)];
    // a dropped pair may separate it from that next character: the best on the left neighbour alone join in
    for (const pick of bestOf(base, cands, FIRST_K >> 1)) if (!firstK.some(([, c]) => c === pick[1])) firstK.push(pick);
    const firstAlts = String.fromCharCode(...firstK.map(([, c]) => t.dec[c]!));
    for (const [, c] of firstK) afterCode(emit({ ...base, firstAlts }, c, 1), code, 1, first.offset, beam);
  }

  for (let i = 1; beam.length > 0; i++) {
    const tok = tokens[i];
    const next: State[] = [];
    for (const s of beam) {
      if (!tok || tok.lost || tok.ascii >= 0) {
        // back in step: the pending lead byte lost its trail (to U+FFFD, or to the ASCII byte that realigned)
        const end = !tok ? (tokens[tokens.length - 1]?.offset ?? start) + 1 : tok.lost ? tok.offset + 1 : tok.offset;
        if (tok && isLoneTrail(tok.ascii)) {
          const code = s.pending * 256 + tok.ascii;
          if (t.dec[code] && plausibleCode(t, t.dec[code]!)) finish(emit(s, code, 0), tok.offset + 1);
          // the same, with a private-use pair dropped just before the realigning byte
          dropsBefore(s, tok.ascii, rightAt(tok.offset + 1), (n) => finish(n, tok.offset + 1));
        }
        lastCharLost(s, end);
      }
      if (!tok) continue;
      if (Math.abs(tok.offset - quietEnd) <= QUIET_SLACK && !tok.lost && tok.ascii < 0) {
        // back in step without a trace: the page dropped the U+FFFD a lead byte without its trail became
        lastCharLost(s, tok.offset);
      }
      for (const code of tok.codes) {
        const lead = code >> 8;
        const direct = s.pending * 256 + lead;
        if (t.dec[direct] && plausibleCode(t, t.dec[direct]!))
          afterCode(emit(s, direct, 0), code, i + 1, tok.offset, next);
        dropsBefore(s, lead, following(code, i), (n) => afterCode(n, code, i + 1, tok.offset, next));
      }
    }
    beam = prune(next);
  }

  /** Ends at `end` with the pending lead byte's trail lost, directly or after one dropped private-use pair. */
  function lastCharLost(s: State, end: number) {
    finishWith(s, L.byLead[s.pending]!, (lead) => lead === s.pending, end);
    if (keepsPrivateUse) return;
    // 所。 is CB F9 A1 A3: one byte off, (F9 A1) is private-use and dropped, and A3 is lost at the end
    for (const [, c1] of bestOf(s, L.dropFirst[s.pending]!, END_DROP_K)) {
      const seconds = L.puaAfter[c1 & 0xff]!;
      finishWith(dropped(emit(s, c1, 1)), L.leadAfterPua[c1 & 0xff]!, (lead) => seconds.includes(lead), end);
    }
  }

  /** Finishes with the likeliest last characters among `codes`, whose lead bytes `allows`. */
  function finishWith(s: State, codes: readonly number[], allows: (lead: number) => boolean, end: number) {
    const ranked = bestOf(s, codes, LAST_ALTS, rightAt(end));
    const picks = new Set(ranked.slice(0, END_K).map(([, c]) => c));
    // damage mostly runs to the end of a sentence, so its last character is often a closing mark, which the
    // character-pair model ranks below characters that start a word with the text after it
    for (const e of L.enders) if (allows(e >> 8)) picks.add(e);
    const lastAlts = String.fromCharCode(...ranked.map(([, c]) => t.dec[c]!));
    for (const code of picks) finish(emit(s, code, 1), end, lastAlts);
  }

  function dropped(s: State): State {
    return { ...s, drops: s.drops + 1, score: s.score - DROP_COST };
  }

  /** The character the trail byte of `code` (token `i`) makes with the next token, 0 when none is plausible. */
  function following(code: number, i: number): number {
    const tok = tokens[i + 1];
    // a lone ASCII trail byte completes the pair itself (紧 is BE 6F: `o` after a lost byte)
    const after = tok && isLoneTrail(tok.ascii) ? tok.ascii : tok?.codes[0] === undefined ? -1 : tok.codes[0] >> 8;
    if (after < 0) return 0;
    const c = t.dec[((code & 0xff) << 8) | after]!;
    return c && plausibleCode(t, c) ? t.simp[c]! : 0;
  }

  /**
   * Readings with one or two private-use pairs dropped between the pending byte and `lead`. The character
   * ending in `lead` is judged with `next`, the character after it.
   */
  function dropsBefore(s: State, lead: number, next: number, then: (n: State) => void) {
    if (keepsPrivateUse) return;
    for (const [, c1] of bestOf(s, L.dropFirst[s.pending]!, DROP_K)) {
      const a = dropped(emit(s, c1, 1));
      const d0 = c1 & 0xff;
      for (const [, c2] of bestOf(a, afterPua(t, L, d0, lead), DROP_K, next)) then(emit(a, c2, 1));
      // a whole character hidden between two dropped pairs, judged with the character after it (生命安全 among
      // 生产, 生活: the hidden one's own neighbours decide)
      const hidden: Array<{ b: State; picks: ReadonlyArray<readonly [number, number]>; score: number }> = [];
      for (const [, h] of bestOf(a, L.hiddenAfter[d0]!, HIDDEN_POOL)) {
        const b = dropped(emit(a, h, 2));
        const picks = bestOf(b, afterPua(t, L, h & 0xff, lead), 2, next);
        if (picks.length > 0) hidden.push({ b, picks, score: b.score + picks[0]![0] });
      }
      hidden.sort((x, y) => y.score - x.score);
      for (const { b, picks } of hidden.slice(0, next ? HIDDEN_K : HIDDEN_K_BLIND))
        for (const [, c3] of picks) then(emit(b, c3, 1));
    }
  }

  return finished.sort((a, b) => b.score - a.score);
}

/**
 * Keeps the best states. States that agree on where they are, the pending byte and the last character
 * have the same future under a character-pair model, so only the best of them is kept.
 */
function prune(states: State[]): State[] {
  const bestOf = new Map<number, State>();
  for (const s of states) {
    const key = (s.pending * 65536 + s.prev) * 4 + Math.min(s.drops, 3);
    const old = bestOf.get(key);
    if (!old || s.score > old.score) bestOf.set(key, s);
  }
  const kept = [...bestOf.values()];
  if (kept.length <= BEAM) return kept;
  return kept.sort((a, b) => b.score - a.score).slice(0, BEAM);
}
