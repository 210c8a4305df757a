/**
 * How likely a mojibake repair is to be right. The margin over the runner-up alone is a poor guide: the
 * wrong repairs that pass it are mostly a wrong first character (one byte constrains it to about 190
 * candidates, only its neighbours decide) or a reading over another stretch than the truth. So a logistic
 * model weighs what a verdict shows: its gain over the damaged text, its margin, the share of all readings'
 * probability the best one holds, the margin over readings of the same stretch, whether its first and last
 * characters sit inside dictionary words, and whether it adds characters the text does not show.
 * Fitted on simulated damage of the made-up reports (`npm run eval:repair -- --calibration`, fixtures/unseen),
 * checked on the gold texts (`npm run eval:repair`).
 */
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

/** The model's inputs, in the order of WEIGHTS. */
export function repairFeatures(v: MojibakeVerdict, run: RunShape): number[] {
  const [best, ...rest] = v.ranked;
  const s0 = best?.score ?? 0;
  let mass = 1;
  for (const r of rest) mass += Math.exp(r.score - s0);
  const sameStretch = rest.find(
    (r) => r.start === best?.start && r.end === best?.end && r.out.length === best.out.length,
  );
  const length = best?.out.length ?? 1;
  return [
    1,
    cap(v.gain / 10, 15),
    cap(v.margin / 5, 6),
    Math.max(-Math.log(mass), -10),
    sameStretch ? cap((s0 - sameStretch.score) / 5, 6) : 6,
    v.rare ? 1 : 0,
    Math.log(length),
    cap(length - (v.end - v.start), 4),
    run.weak ? 1 : 0,
    Math.min(run.strong, 5),
    v.firstInWord ? 1 : 0,
    v.lastInWord ? 1 : 0,
    v.onPage,
  ];
}

// bias, gain, margin, log share, same-stretch margin, rare, log length, added, weak, strong, first in word,
// last in word, share on the page's words
const WEIGHTS = [-0.134, 0.204, 0.732, 1.628, -0.092, -0.61, -0.924, -0.855, 0.426, 0.012, 1.067, -1.105, 1.979];

/** Probability that the repair is right. */
export function repairConfidence(v: MojibakeVerdict, run: RunShape): number {
  const x = repairFeatures(v, run);
  let z = 0;
  for (let i = 0; i < x.length; i++) z += WEIGHTS[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
