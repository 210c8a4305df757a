/**
 * Damage detection + repair benchmark: takes sentences of the gold clean texts, drops one byte of their
 * GBK encoding, decodes the rest the way a page would, optionally applies the mirror's layers (private-use
 * characters dropped, full-width punctuation folded to ASCII, conversion to Traditional), and runs the
 * damage pass. Reports detection, exact-repair and wrong-repair rates, and false flags on the clean texts.
 *   npm run eval:repair -- [--n 500] [--seed 1] [--calibration] [--ranks] [--reach sentence] [--no-collection | --mirror]
 *   (QW_SHOW=1 prints every wrong repair, QW_MISS=1 every miss; --calibration damages the made-up reports
 *   in src/pipeline/fixtures/unseen instead of the gold texts: the thresholds are set on those; --ranks also
 *   tells, per detected sentence, where the true text sits among the judge's best readings, which separates
 *   what the search or the ranking misses from what the confidence model holds back)
 * Damage that leaves no trace at all (a character lost whole: its other byte became a U+FFFD the page then
 * dropped) is counted apart: nothing in the text shows it, so detection is also given without it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { applyEdits } from '../src/pipeline/edits';
import { conventions, damagePass } from '../src/pipeline/passes/damage';
import { findSuspectRuns } from '../src/pipeline/repair/detect';
import { judgeMojibake } from '../src/pipeline/repair/mojibake';
import { repairTables } from '../src/pipeline/repair/tables';
import { detectScript } from '../src/pipeline/script';
import {
  collectionOf,
  type DamageCase,
  damageCases,
  goldTexts,
  madeUpReports,
  numberArg,
  repairIsRight,
  repairsCase,
  sameText,
  stringArg,
  withoutPinyin,
} from './damage-cases';

const N = numberArg('n', 500);
const seed = numberArg('seed', 1);
const texts = goldTexts();
const unseen = madeUpReports();
const corpus = process.argv.includes('--calibration') ? unseen.map(withoutPinyin) : texts;
const evidence = collectionOf(corpus);

const RANKS = ['best', 'runner-up (2–3)', 'ranked 4–12', 'not among the best 12', 'no reading'] as const;
type Rank = (typeof RANKS)[number];

/** Where the true text sits among the readings of the suspect runs on the damaged sentence (the best of them). */
function truthRank(c: DamageCase): Rank {
  const conv = conventions(c.text, detectScript(c.text), evidence(c.doc));
  let rank: Rank = 'no reading';
  for (const run of findSuspectRuns(c.text)) {
    if (run.end < c.lo - 2 || run.start > c.hi + 2) continue;
    const v = judgeMojibake(c.text, run.start, conv, run.end);
    if (!v) continue;
    const at = v.ranked.findIndex((r) => repairsCase(c, r.start, r.end, conv.toScript(r.out), conv.foldsFullWidth));
    const here: Rank = RANKS[at < 0 ? 3 : at === 0 ? 0 : at < 3 ? 1 : 2];
    if (RANKS.indexOf(here) < RANKS.indexOf(rank)) rank = here;
  }
  return rank;
}
const ranks = process.argv.includes('--ranks') ? new Map<Rank, number>() : undefined;

// one-off cost of the model (lexicon parse, GBK and character tables), paid on the first damage pass
const loadMs = repairTables().buildMs;

let detected = 0;
let traceless = 0;
let detectedWithTrace = 0;
let exact = 0;
let wrong = 0;
let partial = 0;
let cases = 0;
/** The same counts by the mirror's layers a case went through: the bare lost byte is the base case. */
const byLayers = new Map<string, { cases: number; detected: number; exact: number; wrong: number }>();
const layersOf = (c: DamageCase) =>
  [c.dropsPrivateUse && 'private-use dropped', c.folds && 'punctuation folded', c.trad && 'Traditional']
    .filter(Boolean)
    .join(' + ') || 'lost byte only';
const t0 = Date.now();
const reach = stringArg('reach') === 'sentence' ? 'sentence' : 'page';
for (const c of damageCases(corpus, N, seed, reach)) {
  const { text, lo, hi } = c;
  cases++;
  const layer = byLayers.get(layersOf(c)) ?? { cases: 0, detected: 0, exact: 0, wrong: 0 };
  byLayers.set(layersOf(c), layer);
  layer.cases++;
  const edits = damagePass.run(text, { original: text, script: detectScript(text), corpus: evidence(c.doc) });
  const onRun = edits.filter((e) => e.start < hi && e.end > lo);
  if (c.leavesNoTrace) traceless++;
  if (onRun.length > 0) {
    detected++;
    layer.detected++;
    if (!c.leavesNoTrace) detectedWithTrace++;
    if (ranks) {
      const r = truthRank(c);
      ranks.set(r, (ranks.get(r) ?? 0) + 1);
    }
  } else if (process.env.QW_MISS)
    console.log(
      `MISS${c.leavesNoTrace ? ' (no trace)' : ''} ${JSON.stringify(c.damaged)}\n  want ${JSON.stringify(c.expected)}`,
    );
  const repaired = edits.filter((e) => e.tag === 'repaired');
  if (repaired.length > 0) {
    const out = applyEdits(text, repaired);
    if (sameText(out, c.want)) {
      exact++;
      layer.exact++;
      if (process.env.QW_SHOW) console.log('RIGHT');
    } else if (repaired.every((e) => repairIsRight(c, e.start, e.end, e.replacement, false))) {
      // true text written, but part of the damage left as it was (marked unrepaired): neither exact nor wrong
      partial++;
      if (process.env.QW_SHOW) console.log(`PARTIAL ${JSON.stringify(out.slice(lo, out.length - (text.length - hi)))}`);
    } else {
      wrong++;
      layer.wrong++;
      if (process.env.QW_SHOW)
        console.log(
          `WRONG ${JSON.stringify(c.damaged)}\n  got  ${JSON.stringify(out.slice(lo, out.length - (text.length - hi)))}\n  want ${JSON.stringify(c.expected)}`,
        );
    }
  }
}
const pct = (x: number) => `${((100 * x) / Math.max(cases, 1)).toFixed(1)}%`;
console.log(
  `damaged sentences: ${cases}, the shift reaching to the ${reach === 'page' ? 'next ASCII byte' : 'sentence end'} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
);
console.log(
  `detection: ${pct(detected)}  exact repair: ${pct(exact)}  wrong repair: ${pct(wrong)}  ` +
    `(true but partial, the rest left marked: ${pct(partial)})`,
);
console.log(
  `left no trace (a character lost whole): ${pct(traceless)}; ` +
    `detection of the damage that left one: ${((100 * detectedWithTrace) / Math.max(cases - traceless, 1)).toFixed(1)}%`,
);
const share = (x: number, of: number) => `${((100 * x) / Math.max(of, 1)).toFixed(1)}%`;
console.log('by the mirror layers applied after the lost byte:');
for (const [name, l] of [...byLayers].sort((a, b) => a[0].split('+').length - b[0].split('+').length))
  console.log(
    `  ${name.padEnd(58)} ${String(l.cases).padStart(4)} cases  detection ${share(l.detected, l.cases)}  ` +
      `exact ${share(l.exact, l.cases)}  wrong ${share(l.wrong, l.cases)}`,
  );
if (ranks)
  console.log(
    `true text among the readings (share of all damaged sentences, detected ones only): ` +
      RANKS.map((k) => `${k} ${pct(ranks.get(k) ?? 0)}`).join(', '),
  );

// the gold clean texts and the made-up undamaged reports
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
