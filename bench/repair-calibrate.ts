/**
 * Refits the repair's confidence model (src/pipeline/repair/confidence.ts). Judges simulated damage, records
 * each verdict's features and whether its reading is the true text, and fits gradient-boosted depth-2 trees on
 * the log loss (exact greedy splits). The threshold is chosen on the training verdicts at a wrong-repair rate
 * per damaged sentence (default 0.5%), and reported on the check sets, which the fit never sees.
 * Collecting is the slow part (10–15 minutes per 1,500 sentences on one core), so it is a step of its own:
 *   npm run calibrate:repair -- --collect unseen --n 1500 --seed 31 --out /tmp/u31.json
 *   npm run calibrate:repair -- --collect gold --n 500 --seed 1 --out /tmp/g1.json [--reach sentence]
 *   npm run calibrate:repair -- --fit /tmp/u31.json,/tmp/u41.json --check /tmp/u21.json,/tmp/g1.json [--write]
 * --write replaces src/pipeline/repair/data/confidence-trees.ts; then set the threshold the fit prints in
 * passes/damage.ts. Verdict-level rates: the pass's own checks (leftover garbage next to a repair) reject a few
 * more.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { conventions } from '../src/pipeline/passes/damage';
import type { TreeNode } from '../src/pipeline/repair/data/confidence-trees';
import { boost, type Model, predict, thresholdAt } from './boost';
import { FEATURE_NAMES, repairFeatures, runShape } from '../src/pipeline/repair/confidence';
import { findSuspectRuns } from '../src/pipeline/repair/detect';
import { judgeMojibake } from '../src/pipeline/repair/mojibake';
import { detectScript } from '../src/pipeline/script';
import {
  collectionOf,
  damageCases,
  type ShiftReach,
  goldTexts,
  madeUpReports,
  numberArg,
  repairIsRight,
  stringArg,
  withoutPinyin,
} from './damage-cases';

interface Verdicts {
  /** Damaged sentences judged (the denominator of every rate), and per verdict its features and rightness. */
  cases: number;
  X: number[][];
  y: number[];
}

function collect(texts: string[], n: number, seed: number, reach: ShiftReach): Verdicts {
  const out: Verdicts = { cases: 0, X: [], y: [] };
  const evidence = collectionOf(texts);
  for (const c of damageCases(texts, n, seed, reach)) {
    out.cases++;
    const conv = conventions(c.text, detectScript(c.text), evidence(c.doc));
    for (const run of findSuspectRuns(c.text)) {
      if (run.end < c.lo - 2 || run.start > c.hi + 2) continue;
      const v = judgeMojibake(c.text, run.start, conv, run.end);
      if (!v) continue;
      out.X.push(repairFeatures(v, runShape(run)));
      // (a true repair of part of the damage is right: the rest stays marked, nothing false is written)
      out.y.push(repairIsRight(c, v.start, v.end, v.replacement, conv.foldsFullWidth) ? 1 : 0);
    }
    if (out.cases % 100 === 0) process.stderr.write(`${out.cases}/${n}\r`);
  }
  return out;
}

const load = (files: string): Verdicts[] => files.split(',').map((f) => JSON.parse(readFileSync(f, 'utf8')));
const merge = (sets: Verdicts[]): Verdicts => ({
  cases: sets.reduce((s, v) => s + v.cases, 0),
  X: sets.flatMap((v) => v.X),
  y: sets.flatMap((v) => v.y),
});

// a clearer lead can only make a repair likelier: besides being true, it keeps the trees from fitting noise
const MONOTONE: Partial<Record<(typeof FEATURE_NAMES)[number], number>> = {
  margin: 1,
  'log share': 1,
  'word margin': 1,
  'pair margin': 1,
  'first in word': 1,
};

/** Right and wrong verdicts at or above `th`, per damaged sentence. */
function rates(v: Verdicts, p: number[], th: number) {
  let right = 0;
  let wrong = 0;
  p.forEach((q, k) => {
    if (q < th) return;
    if (v.y[k]) right++;
    else wrong++;
  });
  return { right: right / v.cases, wrong: wrong / v.cases };
}

function writeTrees(m: Model, info: string) {
  const round = (node: TreeNode): TreeNode =>
    typeof node === 'number'
      ? Math.round(node * 1e4) / 1e4
      : [node[0], Math.round(node[1] * 1e4) / 1e4, round(node[2]), round(node[3])];
  const file = new URL('../src/pipeline/repair/data/confidence-trees.ts', import.meta.url);
  writeFileSync(
    file,
    `// Written by \`npm run calibrate:repair\` (bench/repair-calibrate.ts):\n// ${info}.\n` +
      `// A node is [feature index (confidence.ts FEATURE_NAMES), threshold, left (≤ threshold), right]; a leaf is\n` +
      `// its log-odds contribution.\n` +
      `export type TreeNode = number | [feature: number, threshold: number, left: TreeNode, right: TreeNode];\n` +
      `export const CONFIDENCE_BASE = ${m.base.toFixed(4)};\n` +
      `export const CONFIDENCE_TREES: TreeNode[] = ${JSON.stringify(m.trees.map(round))};\n`,
  );
  console.log(`wrote ${file.pathname} (run prettier on it); set the threshold in passes/damage.ts`);
}

const collectFrom = stringArg('collect');
const fitFiles = stringArg('fit');
if (collectFrom) {
  const texts = collectFrom === 'gold' ? goldTexts() : madeUpReports().map(withoutPinyin);
  const v = collect(
    texts,
    numberArg('n', 1500),
    numberArg('seed', 21),
    stringArg('reach') === 'sentence' ? 'sentence' : 'page',
  );
  const out = stringArg('out') ?? `/tmp/qw-verdicts-${collectFrom}.json`;
  writeFileSync(out, JSON.stringify(v));
  console.log(`${v.cases} damaged sentences, ${v.X.length} verdicts, ${v.y.filter(Boolean).length} right → ${out}`);
} else if (fitFiles) {
  const train = merge(load(fitFiles));
  const maxWrong = numberArg('wrong', 0.5) / 100;
  const m = boost(train.X, train.y, {
    rounds: numberArg('rounds', 60),
    eta: numberArg('eta', 0.2),
    depth: numberArg('depth', 2),
    minHessian: numberArg('min-hessian', 10),
    lambda: numberArg('lambda', 1),
    monotone: FEATURE_NAMES.map((f) => (process.argv.includes('--free') ? 0 : (MONOTONE[f] ?? 0))),
  });
  const pTrain = train.X.map((x) => predict(m, x));
  const th = thresholdAt(pTrain, train.y, train.cases, maxWrong);
  const pct = (x: number) => (100 * x).toFixed(1);
  const sets: Array<[string, Verdicts]> = [[`fit (${fitFiles})`, train]];
  const check = stringArg('check');
  if (check) load(check).forEach((v, i) => sets.push([`check ${check.split(',')[i]}`, v]));
  console.log(`threshold at ${pct(maxWrong)}% wrong on the fit: ${th.toFixed(3)}`);
  for (const [name, v] of sets) {
    const p = v.X.map((x) => predict(m, x));
    const cols = [th - 0.05, th, th + 0.02].map((t) => {
      const r = rates(v, p, t);
      return `p ≥ ${t.toFixed(3)}: right ${pct(r.right)}%, wrong ${pct(r.wrong)}%`;
    });
    console.log(`${name}: ${v.cases} damaged sentences, ${v.X.length} verdicts\n  ${cols.join('\n  ')}`);
  }
  // which inputs the trees split on, as a check that the model reads what it should
  const uses = new Map<string, number>();
  const walk = (t: TreeNode) => {
    if (typeof t === 'number') return;
    uses.set(FEATURE_NAMES[t[0]]!, (uses.get(FEATURE_NAMES[t[0]]!) ?? 0) + 1);
    walk(t[2]);
    walk(t[3]);
  };
  m.trees.forEach(walk);
  console.log(`splits: ${[...uses].map(([k, c]) => `${k} ${c}`).join(', ')}`);
  if (process.argv.includes('--write'))
    writeTrees(m, `fitted on ${train.cases} damaged sentences, threshold ${th.toFixed(3)} at ${pct(maxWrong)}% wrong`);
} else {
  console.log('usage: --collect unseen|gold --n N --seed S --out F, or --fit F1,F2 [--check F3,F4] [--write]');
}
