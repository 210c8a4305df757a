import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boost, type Booster, predict, thresholdAt } from './boost';

const options = (over: Partial<Booster> = {}): Booster => ({
  rounds: 30,
  eta: 0.3,
  depth: 2,
  minHessian: 1,
  lambda: 1,
  monotone: [0, 0],
  ...over,
});

/** A seeded stream of numbers in [0, 1). */
const stream = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);

describe('boosted trees', () => {
  it('learns an interaction a weighted sum cannot: right only when both inputs agree', () => {
    const rand = stream(7);
    const X = Array.from({ length: 400 }, () => [rand(), rand()]);
    const y = X.map(([a, b]) => (a! > 0.5 === b! > 0.5 ? 1 : 0));
    const m = boost(X, y, options());
    expect(predict(m, [0.9, 0.9])).toBeGreaterThan(0.8);
    expect(predict(m, [0.1, 0.1])).toBeGreaterThan(0.8);
    expect(predict(m, [0.9, 0.1])).toBeLessThan(0.2);
    expect(predict(m, [0.1, 0.9])).toBeLessThan(0.2);
  });

  it('keeps a monotone input monotone even where the data say otherwise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, other) => {
        const rand = stream(seed);
        const X = Array.from({ length: 200 }, () => [rand(), rand()]);
        // noisy, and falling with input 0 over part of its range
        const y = X.map(([a, b]) => (rand() < (a! < 0.3 ? 0.8 - a! : a!) * 0.5 + b! * 0.5 ? 1 : 0));
        const m = boost(X, y, options({ monotone: [1, 0] }));
        let last = -Infinity;
        for (let a = 0; a <= 1; a += 0.05) {
          const p = predict(m, [a, other]);
          expect(p).toBeGreaterThanOrEqual(last - 1e-12);
          last = p;
        }
      }),
      { numRuns: 25 },
    );
  });

  it('without the constraint, the same data give a model that falls somewhere', () => {
    const rand = stream(3);
    const X = Array.from({ length: 400 }, () => [rand(), rand()]);
    const y = X.map(([a]) => (a! < 0.5 ? 1 : 0));
    const m = boost(X, y, options());
    expect(predict(m, [0.9, 0.5])).toBeLessThan(predict(m, [0.1, 0.5]));
    const constrained = boost(X, y, options({ monotone: [1, 0] }));
    expect(predict(constrained, [0.9, 0.5])).toBeGreaterThanOrEqual(predict(constrained, [0.1, 0.5]));
  });
});

describe('threshold at a wrong-repair rate', () => {
  it('takes verdicts by falling score while the wrong ones per case stay within the rate', () => {
    // scores and labels (1 right): the second wrong one would make 2 in 100 cases
    const p = [0.99, 0.97, 0.95, 0.9, 0.8, 0.7];
    const y = [1, 1, 0, 1, 0, 1];
    expect(thresholdAt(p, y, 100, 0.01)).toBe(0.9);
    expect(thresholdAt(p, y, 100, 0)).toBe(0.97);
  });

  it('treats equal scores as one: a tie with a wrong verdict is not split', () => {
    expect(thresholdAt([0.9, 0.9, 0.5], [1, 0, 1], 10, 0)).toBeGreaterThan(1);
  });
});
