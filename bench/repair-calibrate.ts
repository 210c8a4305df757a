/**
 * Refits the repair's confidence model (src/pipeline/repair/confidence.ts): judges simulated damage of the
 * made-up reports (fit) and of the gold texts (check), records each verdict's features and whether its reading
 * is the true text, fits a logistic model (Newton's method, a little L2), and prints the weights and, per
 * threshold, the right and wrong repairs per damaged sentence on both corpora. Paste the weights into
 * confidence.ts and pick the threshold in passes/damage.ts. Verdict-level rates: the pass's own checks
 * (leftover garbage next to a repair) reject a few more.
 *   npx tsx bench/repair-calibrate.ts [--n 1500] [--seed 21]
 */
import { conventions } from '../src/pipeline/passes/damage';
import { repairFeatures, runShape } from '../src/pipeline/repair/confidence';
import { findSuspectRuns } from '../src/pipeline/repair/detect';
import { foldFullWidth, judgeMojibake } from '../src/pipeline/repair/mojibake';
import { detectScript } from '../src/pipeline/script';
import { damageCases, goldTexts, madeUpReports, numberArg, sameText, withoutPinyin } from './damage-cases';

const N = numberArg('n', 1500);
const seed = numberArg('seed', 21);

/** Features and outcome of every verdict on `n` damaged sentences of `texts`. */
function verdicts(texts: string[], n: number, s: number) {
  const X: number[][] = [];
  const y: number[] = [];
  let cases = 0;
  for (const c of damageCases(texts, n, s)) {
    cases++;
    const conv = conventions(c.text, detectScript(c.text));
    for (const run of findSuspectRuns(c.text)) {
      if (run.end < c.lo - 2 || run.start > c.hi + 2) continue;
      const v = judgeMojibake(c.text, run.start, conv, run.end);
      if (!v) continue;
      X.push(repairFeatures(v, runShape(run)));
      const replacement = conv.foldsFullWidth ? foldFullWidth(v.replacement) : v.replacement;
      y.push(sameText(c.text.slice(0, v.start) + replacement + c.text.slice(v.end), c.want) ? 1 : 0);
    }
  }
  return { X, y, cases };
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[p]![k]!)) p = i;
    [M[k], M[p]] = [M[p]!, M[k]!];
    for (let i = k + 1; i < n; i++) {
      const f = M[i]![k]! / M[k]![k]!;
      for (let j = k; j <= n; j++) M[i]![j]! -= f * M[k]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= M[i]![j]! * x[j]!;
    x[i] = s / M[i]![i]!;
  }
  return x;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: number[], x: number[]) => x.reduce((s, xi, i) => s + w[i]! * xi, 0);

function fit(X: number[][], y: number[], l2 = 1): number[] {
  const d = X[0]!.length;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = w.map((wi) => l2 * wi);
    const H = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)));
    X.forEach((x, k) => {
      const p = sigmoid(dot(w, x));
      for (let i = 0; i < d; i++) {
        g[i]! += (p - y[k]!) * x[i]!;
        for (let j = 0; j < d; j++) H[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    });
    const step = solve(H, g);
    w = w.map((wi, i) => wi - step[i]!);
  }
  return w;
}

const unseen = madeUpReports().map(withoutPinyin);
const gold = goldTexts();
const train = verdicts(unseen, N, seed);
const check = verdicts(gold, Math.round(N / 2), seed + 1);
const w = fit(train.X, train.y);
console.log(`WEIGHTS = [${w.map((x) => x.toFixed(3)).join(', ')}]`);
for (const [name, d] of [
  ['made-up reports (fit)', train],
  ['gold texts (check)', check],
] as const) {
  const rows = [0.8, 0.85, 0.88, 0.9, 0.93].map((th) => {
    let right = 0;
    let wrong = 0;
    d.X.forEach((x, k) => {
      if (sigmoid(dot(w, x)) < th) return;
      if (d.y[k]) right++;
      else wrong++;
    });
    const pct = (v: number) => ((100 * v) / d.cases).toFixed(1);
    return `p ≥ ${th}: right ${pct(right)}%, wrong ${pct(wrong)}%`;
  });
  console.log(`${name}, ${d.cases} damaged sentences, ${d.X.length} verdicts\n  ${rows.join('\n  ')}`);
}
