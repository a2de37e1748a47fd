/** Agreement statistics: ranks with ties, Pearson, Spearman (known values), weighted mean, accuracy. */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { accuracy, pearson, ranks, spearman, weightedMean } from '../../../lib/score/stats';

describe('ranks', () => {
  test.each([
    [[10, 20, 30], [1, 2, 3]],
    [[30, 10, 20], [3, 1, 2]],
    [[10, 20, 20, 30], [1, 2.5, 2.5, 4]],
    [[5, 5, 5], [2, 2, 2]],
    [[2, 1, 2, 1], [3.5, 1.5, 3.5, 1.5]],
    [[], []],
  ])('%j → %j', (xs, r) => {
    expect(ranks(xs)).toEqual(r);
  });
});

describe('spearman', () => {
  test.each([
    // Worked by hand from the ranks (ties share the mean rank); scipy.stats.spearmanr gives the same.
    ['one tie', [1, 2, 3, 4, 5], [5, 6, 7, 8, 7], 8 / Math.sqrt(95)],
    ['ties on both sides', [1, 1, 2, 3], [1, 2, 2, 3], 3.75 / 4.5],
    ['no ties', [1, 2, 3, 4, 5], [2, 1, 4, 3, 5], 0.8],
    ['perfect monotone, not linear', [1, 2, 3, 4, 5], [1, 8, 27, 64, 125], 1],
    ['reversed', [1, 2, 3, 4, 5], [50, 40, 30, 20, 10], -1],
    ['reversed, not linear', [0.1, 0.5, 0.9], [Math.exp(3), Math.exp(2), Math.exp(-4)], -1],
  ])('%s', (_what, a, b, rho) => {
    expect(spearman(a, b)).toBeCloseTo(rho, 12);
  });

  it('is 1 for any strictly increasing transform and -1 for a decreasing one (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }), (xs) => {
        expect(spearman(xs, xs.map((x) => x * x * x + 3 * x))).toBeCloseTo(1, 9);
        expect(spearman(xs, xs.map((x) => -Math.atan(x)))).toBeCloseTo(-1, 9);
      }),
    );
  });

  it('is NaN when one side is constant or there are fewer than two values', () => {
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNaN();
    expect(spearman([1], [2])).toBeNaN();
  });
});

describe('pearson', () => {
  it('matches a known value', () => {
    // a = 1..5, b = 2, 4, 5, 4, 5: sab = 6, saa = 10, sbb = 6
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
  });

  it('throws on arrays of different lengths', () => {
    expect(() => pearson([1, 2], [1, 2, 3])).toThrow('pearson: arrays differ in length');
  });
});

describe('weightedMean and accuracy', () => {
  it('weights values', () => {
    expect(weightedMean([1, 2, 4], [1, 1, 2])).toBe(11 / 4);
    expect(weightedMean([1, 2], [0, 0])).toBeNaN();
  });

  it('counts matching labels', () => {
    expect(accuracy(['E0', 'E1', 'E2', 'E1'], ['E0', 'E2', 'E2', 'E1'])).toBe(0.75);
    expect(accuracy([], [])).toBeNaN();
  });
});
