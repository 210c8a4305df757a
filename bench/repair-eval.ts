/**
 * Damage detection + repair benchmark: takes sentences of the gold clean texts, drops one byte of their
 * GBK encoding, decodes the rest the way a page would, optionally applies the mirror's layers (private-use
 * characters dropped, full-width punctuation folded to ASCII, conversion to Traditional), and runs the
 * damage pass. Reports detection, exact-repair and wrong-repair rates, and false flags on the clean texts.
 *   npm run eval:repair -- [--n 500] [--seed 1]      (QW_SHOW=1 prints every wrong repair, QW_MISS=1 every miss)
 * Damage that leaves no trace at all (a character lost whole: its other byte became a U+FFFD the page then
 * dropped) is counted apart: nothing in the text shows it, so detection is also given without it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { applyEdits } from '../src/pipeline/edits';
import { damagePass } from '../src/pipeline/passes/damage';
import { foldFullWidth } from '../src/pipeline/repair/mojibake';
import { repairTables } from '../src/pipeline/repair/tables';
import { detectScript, foldToSimplified } from '../src/pipeline/script';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('n', 500);
let seed = arg('seed', 1);
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

const goldDir = new URL('../../shared/gold/', import.meta.url);
const texts = readdirSync(goldDir)
  .filter((f) => f.endsWith('.clean.txt'))
  .map((f) => readFileSync(new URL(f, goldDir), 'utf8'));
const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
const gbkDecoder = new TextDecoder('gbk');

// sentences with enough Han text to carry damage, each with its neighbours as context
const items: Array<{ before: string; sentence: string; after: string }> = [];
for (const t of texts) {
  const sentences = t.split(/(?<=[。！？\n])/).filter((s) => s.trim().length > 0);
  sentences.forEach((s, i) => {
    // a sentence GBK cannot encode (a no-break space, say) could not have come from a GBK page
    if ((s.match(/[\u4e00-\u9fff]/g) ?? []).length >= 8 && gbkDecoder.decode(iconv.encode(s, 'gbk')) === s)
      items.push({ before: sentences[i - 1] ?? '', sentence: s, after: sentences[i + 1] ?? '' });
  });
}

// one-off cost of the model (lexicon parse, GBK and character tables), paid on the first damage pass
const loadMs = repairTables().buildMs;

/** Whether `d` is `e` with one character left out. */
function isDeletion(d: string, e: string): boolean {
  if (d.length !== e.length - 1) return false;
  let i = 0;
  while (i < d.length && d[i] === e[i]) i++;
  return d.slice(i) === e.slice(i + 1);
}

let detected = 0;
let traceless = 0;
let detectedWithTrace = 0;
let exact = 0;
let wrong = 0;
let cases = 0;
const t0 = Date.now();
for (let k = 0; k < N; k++) {
  const { before, sentence, after } = pick(items);
  const bytes = iconv.encode(sentence, 'gbk');
  // lose a byte of a two-byte character: losing an ASCII byte leaves no trace to detect
  const positions = [...bytes.keys()].filter((i) => bytes[i]! >= 0x80);
  const p = pick(positions);
  let damaged = gbkDecoder.decode(Buffer.concat([bytes.subarray(0, p), bytes.subarray(p + 1)]));
  if (damaged === sentence) continue;
  let expected = sentence;
  let full = before + sentence + after;
  const dropPrivate = rand() < 0.5;
  if (dropPrivate) damaged = damaged.replace(/[\ue000-\uf8ff\ufffd]/g, '');
  if (rand() < 0.5) {
    damaged = foldFullWidth(damaged);
    expected = foldFullWidth(expected);
    full = foldFullWidth(full);
  }
  const trad = rand() < 0.3;
  const conv = (s: string) => (trad ? toTrad(s) : s);
  const b = conv(full.slice(0, before.length));
  const a = conv(full.slice(full.length - after.length));
  const text = b + conv(damaged) + a;
  const want = b + conv(expected) + a;
  cases++;
  const edits = damagePass.run(text, { original: text, script: detectScript(text) });
  const lo = b.length;
  const hi = text.length - a.length;
  const onRun = edits.filter((e) => e.start < hi && e.end > lo);
  const leavesNoTrace = isDeletion(damaged, expected);
  if (leavesNoTrace) traceless++;
  if (onRun.length > 0) {
    detected++;
    if (!leavesNoTrace) detectedWithTrace++;
  } else if (process.env.QW_MISS)
    console.log(
      `MISS${leavesNoTrace ? ' (no trace)' : ''} ${JSON.stringify(conv(damaged))}\n  want ${JSON.stringify(conv(expected))}`,
    );
  const repaired = edits.filter((e) => e.tag === 'repaired');
  if (repaired.length > 0) {
    const out = applyEdits(text, repaired);
    // like the scorer, compare in Simplified: 旅遊 and 旅游 are the same repair
    if (foldToSimplified(out) === foldToSimplified(want)) {
      exact++;
      if (process.env.QW_SHOW) console.log('RIGHT');
    } else {
      wrong++;
      if (process.env.QW_SHOW)
        console.log(
          `WRONG ${JSON.stringify(conv(damaged))}\n  got  ${JSON.stringify(out.slice(lo - 0, out.length - a.length))}\n  want ${JSON.stringify(conv(expected))}`,
        );
    }
  }
}
const pct = (x: number) => `${((100 * x) / Math.max(cases, 1)).toFixed(1)}%`;
console.log(`damaged sentences: ${cases} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
console.log(`detection: ${pct(detected)}  exact repair: ${pct(exact)}  wrong repair: ${pct(wrong)}`);
console.log(
  `left no trace (a character lost whole): ${pct(traceless)}; ` +
    `detection of the damage that left one: ${((100 * detectedWithTrace) / Math.max(cases - traceless, 1)).toFixed(1)}%`,
);

// the gold clean texts, and the made-up undamaged reports the pipeline tests use (pages as scraped)
const unseenDir = new URL('../src/pipeline/fixtures/unseen/', import.meta.url);
const unseen = readdirSync(unseenDir).map((f) => readFileSync(new URL(f, unseenDir), 'utf8'));
let falseFlags = 0;
for (const t of [...texts, ...unseen]) falseFlags += damagePass.run(t, { original: t, script: detectScript(t) }).length;
console.log(
  `clean texts: ${falseFlags} run(s) flagged in ${texts.length} gold texts and ${unseen.length} made-up reports`,
);

// throughput on undamaged text after the one-off load: the gold texts and the clean raw samples
const rawDir = new URL('../data/raw/', import.meta.url);
const clean = [
  ...texts,
  ...readdirSync(rawDir)
    .map((f) => readFileSync(new URL(f, rawDir), 'utf8'))
    .filter((t) => damagePass.run(t, { original: t, script: detectScript(t) }).length === 0),
].join('\n');
let big = clean;
while (big.length < 500_000) big += '\n' + clean;
const ctx = { original: big, script: detectScript(big) };
damagePass.run(big, ctx);
const t1 = performance.now();
const reps = 3;
for (let i = 0; i < reps; i++) damagePass.run(big, ctx);
const ms = (performance.now() - t1) / reps;
const kb = (big.length * 3) / 1024; // UTF-8 size of Han text
console.log(
  `undamaged text: ${((ms / kb) * 10).toFixed(2)} ms per 10 KB (${(kb / 1024 / (ms / 1000)).toFixed(1)} MB/s); ` +
    `one-off model load ${loadMs.toFixed(0)} ms`,
);
