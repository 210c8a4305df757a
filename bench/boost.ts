/**
 * Gradient-boosted trees on the log loss, small enough to write by hand (no well-kept JS library fits trees
 * with monotone constraints): exact greedy splits, Newton leaves scaled by a learning rate, XGBoost's monotone
 * constraints. Used by repair-calibrate.ts to fit the repair's confidence model.
 */
import type { TreeNode } from '../src/pipeline/repair/data/confidence-trees';
import { ensembleProbability, treeValue } from '../src/pipeline/repair/confidence';

export interface Model {
  /** Log odds before any tree (of the training set's mean). */
  base: number;
  trees: TreeNode[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface Booster {
  rounds: number;
  eta: number;
  depth: number;
  minHessian: number;
  lambda: number;
  /** Per feature: 1 if the output may only grow with it, -1 only fall, 0 free (XGBoost's monotone constraints). */
  monotone: number[];
}

/** Gradient boosting of depth-limited trees on the log loss, each leaf a Newton step scaled by eta. */
export function boost(X: number[][], y: number[], o: Booster): Model {
  const n = y.length;
  const d = X[0]!.length;
  const mean = y.reduce((s, v) => s + v, 0) / n;
  const base = Math.log(mean / (1 - mean));
  const F = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  // each feature's order, sorted once; a node's order is the filter of it by membership
  const orders = Array.from({ length: d }, (_, f) => [...Array(n).keys()].sort((a, b) => X[a]![f]! - X[b]![f]!));
  const inNode = new Uint8Array(n);
  const score = (G: number, H: number) => (G * G) / (H + o.lambda);
  const weight = (G: number, H: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, -G / (H + o.lambda)));
  const sums = (rows: number[]) => {
    let G = 0;
    let H = 0;
    for (const i of rows) {
      G += g[i]!;
      H += h[i]!;
    }
    return [G, H] as const;
  };
  const leaf = (rows: number[], lo: number, hi: number) => o.eta * weight(...sums(rows), lo, hi);
  // lo and hi bound the node's weights: below a constrained split, each side stays on its side of the midpoint
  const grow = (rows: number[], depth: number, lo: number, hi: number): TreeNode => {
    if (depth === 0) return leaf(rows, lo, hi);
    const [G, H] = sums(rows);
    inNode.fill(0);
    for (const i of rows) inNode[i] = 1;
    let bestGain = 1e-9;
    let split: [number, number, number] | undefined;
    for (let f = 0; f < d; f++) {
      let GL = 0;
      let HL = 0;
      let prev: number | undefined;
      for (const i of orders[f]!) {
        if (!inNode[i]) continue;
        const v = X[i]![f]!;
        if (prev !== undefined && v !== prev && HL >= o.minHessian && H - HL >= o.minHessian) {
          const wL = weight(GL, HL, lo, hi);
          const wR = weight(G - GL, H - HL, lo, hi);
          const gain = score(GL, HL) + score(G - GL, H - HL) - score(G, H);
          if (gain > bestGain && (wR - wL) * o.monotone[f]! >= 0) {
            bestGain = gain;
            split = [f, (prev + v) / 2, (wL + wR) / 2];
          }
        }
        GL += g[i]!;
        HL += h[i]!;
        prev = v;
      }
    }
    if (!split) return leaf(rows, lo, hi);
    const [f, t, mid] = split;
    const left = rows.filter((i) => X[i]![f]! <= t);
    const right = rows.filter((i) => X[i]![f]! > t);
    const m = o.monotone[f]!;
    return [
      f,
      t,
      grow(left, depth - 1, m < 0 ? mid : lo, m > 0 ? mid : hi),
      grow(right, depth - 1, m > 0 ? mid : lo, m < 0 ? mid : hi),
    ];
  };
  const trees: TreeNode[] = [];
  const all = [...Array(n).keys()];
  for (let r = 0; r < o.rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(F[i]!);
      g[i] = p - y[i]!;
      h[i] = p * (1 - p);
    }
    const tree = grow(all, o.depth, -Infinity, Infinity);
    trees.push(tree);
    for (let i = 0; i < n; i++) F[i]! += treeValue(tree, X[i]!);
  }
  return { base, trees };
}

export const predict = (m: Model, x: readonly number[]) => ensembleProbability(m.base, m.trees, x);

/**
 * The lowest threshold whose wrong verdicts (label 0 at or above it) stay within `maxWrong` per case; above 1
 * when none does.
 */
export function thresholdAt(p: readonly number[], y: readonly number[], cases: number, maxWrong: number): number {
  const byScore = p.map((q, k) => [q, y[k]!] as const).sort((a, b) => b[0] - a[0]);
  let wrong = 0;
  let th = 1.001;
  // verdicts with equal scores stand or fall together
  for (let k = 0; k < byScore.length;) {
    const q = byScore[k]![0];
    let groupWrong = 0;
    for (; k < byScore.length && byScore[k]![0] === q; k++) if (!byScore[k]![1]) groupWrong++;
    if ((wrong + groupWrong) / cases > maxWrong) break;
    wrong += groupWrong;
    th = q;
  }
  return th;
}
