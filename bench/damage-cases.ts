/**
 * Simulated GBK lost-byte damage for the repair benchmark and its calibration: sentences of a corpus, one
 * byte of their GBK encoding dropped, the rest decoded the way a page would, then (at random) the mirror's
 * layers: private-use characters dropped, full-width punctuation folded to ASCII, conversion to Traditional.
 */
import { ANNOTATIONS } from '../src/pipeline/repair/readings';
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { addCounts, type Corpus, corpusWithout, emptyCounts, reportCounts } from '../src/pipeline/repair/corpus';
import { foldFullWidth } from '../src/pipeline/repair/mojibake';
import { applyEdits } from '../src/pipeline/edits';
import { pinyinPass } from '../src/pipeline/passes/pinyin';
import { detectScript, foldToSimplified } from '../src/pipeline/script';

export interface DamageCase {
  /** The page with one sentence damaged, as the pipeline sees it, and the same page undamaged. */
  text: string;
  want: string;
  /** Offsets of the damaged sentence in `text`. */
  lo: number;
  hi: number;
  /** The damaged sentence and its true text, in the stream's script (before any conversion). */
  damaged: string;
  expected: string;
  /** The damage left nothing to see: a character lost whole. */
  leavesNoTrace: boolean;
  /** The mirror's layers this case went through. */
  dropsPrivateUse: boolean;
  folds: boolean;
  trad: boolean;
  /** Which of the texts given it comes from. */
  doc: number;
}

/** Whether `d` is `e` with one character left out. */
function isDeletion(d: string, e: string): boolean {
  if (d.length !== e.length - 1) return false;
  let i = 0;
  while (i < d.length && d[i] === e[i]) i++;
  return d.slice(i) === e.slice(i + 1);
}

let toTrad: ((s: string) => string) | undefined;

/**
 * How far the lost byte's shift reaches. A GBK decoder falls back into step only at an ASCII byte, so on a page
 * the damage runs on past the sentence to the next digit, Latin letter or line end ('page', the default).
 * 'sentence' decodes each sentence on its own, as sessions 10–14 measured: it ends every damaged sentence in step,
 * mid-line too, which no page does.
 */
export type ShiftReach = 'page' | 'sentence';

export function* damageCases(
  texts: readonly string[],
  n: number,
  seed: number,
  reach: ShiftReach = 'page',
): Generator<DamageCase> {
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  toTrad ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  const gbkDecoder = new TextDecoder('gbk');
  // sentences with enough Han text to carry damage, each damaged in place: the page around it is the context a
  // real damaged page gives (its other words, its conventions)
  const items: Array<{ before: string; sentence: string; after: string; doc: number }> = [];
  for (const [doc, t] of texts.entries()) {
    const sentences = t.split(/(?<=[。！？\n])/);
    let at = 0;
    for (const s of sentences) {
      // a sentence GBK cannot encode (a no-break space, say) could not have come from a GBK page
      const han = (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
      if (han >= 8 && gbkDecoder.decode(iconv.encode(s, 'gbk')) === s)
        items.push({ before: t.slice(0, at), sentence: s, after: t.slice(at + s.length), doc });
      at += s.length;
    }
  }
  for (let k = 0; k < n; k++) {
    const item = pick(items);
    const { before } = item;
    // the rest of the line goes through the decoder with the sentence: it stays out of step until an ASCII byte
    const restOfLine = reach === 'page' && !item.sentence.endsWith('\n') ? item.after.split('\n', 1)[0]! : '';
    const sentence = item.sentence + restOfLine;
    const after = item.after.slice(restOfLine.length);
    const bytes = iconv.encode(sentence, 'gbk');
    const sentenceBytes = bytes.length - iconv.encode(restOfLine, 'gbk').length;
    // lose a byte of a two-byte character of the sentence: losing an ASCII byte leaves no trace to detect
    const positions = [...bytes.keys()].filter((i) => i < sentenceBytes && bytes[i]! >= 0x80);
    const p = pick(positions);
    let damaged = gbkDecoder.decode(Buffer.concat([bytes.subarray(0, p), bytes.subarray(p + 1)]));
    if (damaged === sentence) continue;
    let expected = sentence;
    let full = before + sentence + after;
    const dropsPrivateUse = rand() < 0.5;
    if (dropsPrivateUse) damaged = damaged.replace(/[\ue000-\uf8ff\ufffd]/g, '');
    const folds = rand() < 0.5;
    if (folds) {
      damaged = foldFullWidth(damaged);
      expected = foldFullWidth(expected);
      full = foldFullWidth(full);
    }
    const trad = rand() < 0.3;
    const conv = (s: string) => (trad ? toTrad!(s) : s);
    const b = conv(full.slice(0, before.length));
    const a = conv(full.slice(full.length - after.length));
    const text = b + conv(damaged) + a;
    yield {
      text,
      want: b + conv(expected) + a,
      lo: b.length,
      hi: text.length - a.length,
      damaged: conv(damaged),
      expected: conv(expected),
      leavesNoTrace: isDeletion(damaged, expected),
      dropsPrivateUse,
      folds,
      trad,
      doc: item.doc,
    };
  }
}

/**
 * The texts as the collection a damaged page comes in (repair/corpus.ts): each case gets every text but its own
 * as evidence, as `npm run clean` gives a damaged report the rest of its folder. `--no-collection` gives none,
 * the page alone; `--mirror` every text, its own undamaged one too.
 */
export function collectionOf(texts: readonly string[]): (doc: number) => Corpus | undefined {
  if (process.argv.includes('--no-collection')) return () => undefined;
  const counts = texts.map((t) => reportCounts(t, []));
  const total = emptyCounts();
  for (const c of counts) addCounts(total, c);
  // --mirror: the folder also holds an undamaged copy of the page's own report, as scraped from another mirror
  const mirror = process.argv.includes('--mirror');
  return (doc) => corpusWithout(total, mirror ? undefined : counts[doc]);
}

/**
 * Whether a repaired text is the true one. Like the scorer, in Simplified (旅遊 and 旅游 are the same repair),
 * and without the mirror's pinyin: a repair takes in the reading that was its evidence, which the pinyin pass
 * removes anyway.
 */
export const sameText = (a: string, b: string) =>
  foldToSimplified(a.replace(ANNOTATIONS, '')) === foldToSimplified(b.replace(ANNOTATIONS, ''));

/**
 * Whether replacing [start, end) of the damaged page with `replacement` gives the true page. A page that folds
 * full-width punctuation gets the repair folded too, as the damage pass writes it.
 */
export const repairsCase = (c: DamageCase, start: number, end: number, replacement: string, foldsFullWidth: boolean) =>
  sameText(
    c.text.slice(0, start) + (foldsFullWidth ? foldFullWidth(replacement) : replacement) + c.text.slice(end),
    c.want,
  );

/**
 * Whether replacing [start, end) of the damaged page with `replacement` writes only true text, though it may
 * leave part of the damage as it is (for another run, or unrepaired). The damaged stretch is true text up to the
 * lost byte and again from where the decoder came back in step, so a right repair, with what it leaves of the
 * stretch, is a true prefix of the stretch (damage left after it) or a true suffix (damage left before it).
 * (A repair that writes a true prefix but swallows garbage that held more true text passes too: the check sees
 * text, not bytes.)
 */
export function repairIsRight(
  c: DamageCase,
  start: number,
  end: number,
  replacement: string,
  foldsFullWidth: boolean,
): boolean {
  if (start < c.lo || end > c.hi) return repairsCase(c, start, end, replacement, foldsFullWidth);
  const norm = (s: string) => foldToSimplified(s.replace(ANNOTATIONS, ''));
  const truth = norm(c.expected);
  const written = norm(foldsFullWidth ? foldFullWidth(replacement) : replacement);
  return (
    truth.startsWith(norm(c.text.slice(c.lo, start)) + written) ||
    truth.endsWith(written + norm(c.text.slice(end, c.hi)))
  );
}

/** A `--name value` argument of the command line. */
export const stringArg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** A numeric `--name value` argument of the command line. */
export const numberArg = (name: string, dflt: number) => {
  const v = stringArg(name);
  return v === undefined ? dflt : Number(v);
};

const readDir = (dir: URL, suffix = '') =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
/** The gold clean texts. */
export const goldTexts = () => readDir(new URL('../../shared/gold/', import.meta.url), '.clean.txt');
/** The made-up reports the pipeline tests use (pages as scraped): the corpus the repair is calibrated on. */
export const madeUpReports = () => readDir(new URL('../src/pipeline/fixtures/unseen/', import.meta.url));
/** A page without its pinyin: a mirror's layer, added after any damage, so damage is simulated without it. */
export const withoutPinyin = (t: string) => applyEdits(t, pinyinPass.run(t, { original: t, script: detectScript(t) }));
