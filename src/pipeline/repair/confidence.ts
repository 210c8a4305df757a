/**
 * How likely a mojibake repair is to be right. The margin over the runner-up alone is a poor guide: the
 * wrong repairs that pass it are mostly a wrong first character (one byte constrains it to about 190
 * candidates, only its neighbours decide) or a reading over another stretch than the truth. So a model weighs
 * what a verdict shows: its gain over the damaged text, its margin, the share of all readings' probability the
 * best one holds, whether the word model and the pair model each prefer it, whether its first and last
 * characters sit inside dictionary words or were guessed from one byte, and whether it adds characters the text
 * does not show. These interact (a guessed first character is safe inside a word, risky alone), so the model is
 * a small ensemble of depth-2 trees (gradient boosting on the log loss) rather than one weighted sum.
 * Fitted on simulated damage of the made-up reports, checked on the gold texts: `npm run calibrate:repair`
 * writes data/confidence-trees.ts.
 */
import { CONFIDENCE_BASE, CONFIDENCE_TREES, type TreeNode } from './data/confidence-trees';
import { FLAG_GAIN, type SuspectRun } from './detect';
import type { MojibakeVerdict } from './mojibake';

export interface RunShape {
  /** Odd characters in the run (private-use, U+FFFD, lone byte-like symbols). */
  strong: number;
  /** A lone letter after a Han character and nothing else: weak evidence of damage. */
  weak: boolean;
}

/**
 * The shape of a suspect run as the model sees it. A lone letter is one shape whatever its case: a small one is
 * flagged on its own (detect.ts), but the repair of it is no surer than of a capital.
 */
export const runShape = (run: SuspectRun): RunShape => ({
  strong: run.lone ? 0 : run.strong,
  weak: run.lone === true || (run.strong === 0 && run.score < FLAG_GAIN),
});

const cap = (x: number, hi: number) => Math.max(-hi, Math.min(hi, x));

/** The model's inputs, in this order (the trees refer to them by index). */
export const FEATURE_NAMES = [
  'gain',
  'margin',
  'log share',
  'same-stretch margin',
  'rare',
  'log length',
  'added',
  'weak',
  'strong',
  'first in word',
  'last in word',
  'on page',
  'word margin',
  'pair margin',
  'guessed first',
  'guessed last',
] as const;

export function repairFeatures(v: MojibakeVerdict, run: RunShape): number[] {
  const [best, ...rest] = v.ranked;
  const s0 = best?.score ?? 0;
  let mass = 1;
  for (const r of rest) mass += Math.exp(r.score - s0);
  const sameStretch = rest.find(
    (r) => r.start === best?.start && r.end === best?.end && r.out.length === best.out.length,
  );
  const length = best?.out.length ?? 1;
  // margins are Infinity without a runner-up: capped, they read as "far ahead"
  return [
    cap(v.gain, 150),
    cap(v.margin, 30),
    Math.max(-Math.log(mass), -10),
    sameStretch ? cap(s0 - sameStretch.score, 30) : 30,
    v.rare ? 1 : 0,
    Math.log(length),
    cap(length - (v.end - v.start), 4),
    run.weak ? 1 : 0,
    Math.min(run.strong, 5),
    v.firstInWord ? 1 : 0,
    v.lastInWord ? 1 : 0,
    v.onPage,
    cap(v.wordMargin, 30),
    cap(v.pairMargin, 30),
    v.guessedFirst ? 1 : 0,
    v.guessedLast ? 1 : 0,
  ];
}

/** A tree's output for `x`: a node is [feature, threshold, left (x[feature] ≤ threshold), right] or a leaf. */
export function treeValue(node: TreeNode, x: readonly number[]): number {
  while (typeof node !== 'number') node = x[node[0]]! <= node[1] ? node[2] : node[3];
  return node;
}

/** The probability an ensemble gives `x`: the sigmoid of its base log odds plus every tree's output. */
export function ensembleProbability(base: number, trees: readonly TreeNode[], x: readonly number[]): number {
  let z = base;
  for (const tree of trees) z += treeValue(tree, x);
  return 1 / (1 + Math.exp(-z));
}

/** Probability that the repair is right. */
export const repairConfidence = (v: MojibakeVerdict, run: RunShape): number =>
  ensembleProbability(CONFIDENCE_BASE, CONFIDENCE_TREES, repairFeatures(v, run));
