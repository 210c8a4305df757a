/**
 * A second opinion on a reading, with context between words: libpinyin's word-bigram model of written
 * Chinese (data/word-pairs.ts, GPL-3.0-or-later; see scripts/build-repair-bigrams.ts). jieba's frequencies
 * (segment.ts) know 生命 and 安全 but not that 患者 makes 生命 likely, nor that 协调 is followed by 联动:
 * that context is what ranks 确保患者生命安全 above 确保患者生产安全. Parsed on first use, only when a page
 * has damage to repair.
 */
import { DOMAIN_WORDS } from './data/domain-words';
import { PAIRS, TOTAL, WORDS } from './data/word-pairs';
import { numberUnitLogP, type PageWords } from './segment';
import { beforeNumberLogP, isDigitCode, isHanCode, NUMBER_GOES_ON, repairTables, sameDigits } from './tables';

// P(w2 | w1) = LAMBDA P_pair + (1 - LAMBDA) P(w2) when the pair was kept (its gain is stored), else the second
// term alone
const LAMBDA = 0.6;
const UNPAIRED = Math.log(1 - LAMBDA);
const UNKNOWN_CHAR = Math.log(1e-8);
const PUNCT = new Set('，。、；：？！“”,.;:?!（）()《》'.split('').map((c) => c.charCodeAt(0)));
const PUNCT_LOGP = Math.log(0.05);
const OTHER_LOGP = Math.log(1e-3);
const MAX_WORD = 4;
// segmentations kept per position: the pairs make the best path depend on its last word, a few suffice
const PATHS = 4;

interface Model {
  words: Map<string, number>;
  pairs: Map<string, number>;
}

let model: Model | undefined;

function lines(s: string, each: (head: string, value: number) => void) {
  let pos = 0;
  while (pos < s.length) {
    let nl = s.indexOf('\n', pos);
    if (nl < 0) nl = s.length;
    const cut = s.lastIndexOf(' ', nl);
    each(s.slice(pos, cut), Number(s.slice(cut + 1, nl)));
    pos = nl + 1;
  }
}

function load(): Model {
  if (model) return model;
  const words = new Map<string, number>();
  const logTotal = Math.log(TOTAL);
  lines(WORDS, (w, f) => words.set(w, Math.log(f) - logTotal));
  // the genre's words the model's (older, general) corpus lacks, at their frequency among jieba's words: without
  // them 检测 + 的 would beat 检测点
  const t = repairTables();
  for (const [w, f] of DOMAIN_WORDS) if (!words.has(w)) words.set(w, Math.log(f) - t.logTotal);
  const pairs = new Map<string, number>();
  for (const line of PAIRS.split('\n')) {
    const parts = line.split(' ');
    for (let i = 1; i + 1 < parts.length; i += 2) pairs.set(`${parts[0]} ${parts[i]}`, Number(parts[i + 1]) / 10);
  }
  return (model = { words, pairs });
}

interface Path {
  score: number;
  /** Last word, empty at the start and after punctuation. */
  last: string;
}

/**
 * log probability of a Simplified text under the word-bigram model (best segmentation). The page's own words
 * (page-words.ts) count at least as much as the page makes them likely: a name it repeats is a word here too.
 */
export function pairScore(s: string, page?: PageWords): number {
  const { words, pairs } = load();
  const n = s.length;
  const at: Path[][] = Array.from({ length: n + 1 }, () => []);
  at[0]!.push({ score: 0, last: '' });
  const offer = (to: number, p: Path) => {
    const list = at[to]!;
    const same = list.findIndex((q) => q.last === p.last);
    if (same >= 0) {
      if (list[same]!.score >= p.score) return;
      list.splice(same, 1);
    }
    let i = list.length;
    while (i > 0 && list[i - 1]!.score < p.score) i--;
    if (i >= PATHS) return;
    list.splice(i, 0, p);
    if (list.length > PATHS) list.pop();
  };
  for (let i = 0; i < n; i++) {
    const here = at[i]!;
    if (here.length === 0) continue;
    const c = s.charCodeAt(i);
    if (!isHanCode(c)) {
      const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
      const lp = PUNCT.has(c)
        ? PUNCT_LOGP
        : sameDigits(prev, c)
          ? NUMBER_GOES_ON
          : isDigitCode(c)
            ? Math.max(OTHER_LOGP, beforeNumberLogP(prev))
            : OTHER_LOGP;
      offer(i + 1, { score: here[0]!.score + lp, last: '' });
      continue;
    }
    for (let len = 1; len <= MAX_WORD && i + len <= n; len++) {
      const w = s.slice(i, i + len);
      let known = words.get(w) ?? (len === 1 ? UNKNOWN_CHAR : undefined);
      // (a unit after a number: 12月, 3例)
      if (len === 1 && i > 0 && isDigitCode(s.charCodeAt(i - 1))) {
        const unit = numberUnitLogP(s, i);
        if (!Number.isNaN(unit)) known = Math.max(unit, known!);
      }
      const onPage = page?.get(w);
      const lp = onPage === undefined ? known : Math.max(onPage, known ?? -Infinity);
      if (lp === undefined) continue;
      for (const p of here) {
        const context = p.last ? (pairs.get(`${p.last} ${w}`) ?? UNPAIRED) : 0;
        offer(i + len, { score: p.score + lp + context, last: w });
      }
    }
  }
  return at[n]![0]?.score ?? -Infinity;
}
