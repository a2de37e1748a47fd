import { describe, expect, it, test } from 'vitest';
import { groupWeightedMean, niceMax, percentRanks, weightedHistogram, weightedMean, weightedShareAtLeast } from '@/lib/charts/stats';

const rows = [
  { value: 0.05, weight: 100 },
  { value: 0.1, weight: 300 },
  { value: 0.5, weight: 100 },
  { value: 0.9, weight: 500 },
  { value: null, weight: 1000 }, // unscored: ignored
  { value: 0.7, weight: null }, // no employment: ignored
  { value: 0.7, weight: 0 },
];

describe('weighted shares', () => {
  test.each([
    [0.1, 0.9],
    [0.5, 0.6],
    [0.95, 0],
    [0, 1],
  ])('share with value >= %s is %s', (t, share) => {
    expect(weightedShareAtLeast(rows, t)).toBeCloseTo(share, 10);
  });
  it('is 0 with no weight', () => {
    expect(weightedShareAtLeast([], 0.1)).toBe(0);
  });
  it('weighted mean skips unusable rows', () => {
    expect(weightedMean(rows)).toBeCloseTo((0.05 * 100 + 0.1 * 300 + 0.5 * 100 + 0.9 * 500) / 1000, 10);
    expect(weightedMean([{ value: null, weight: 3 }])).toBeNull();
  });
});

describe('weightedHistogram', () => {
  it('bins by value, closes the last bin and conserves weight', () => {
    const bins = weightedHistogram([...rows, { value: 1, weight: 7 }], 10);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toMatchObject({ x0: 0, weight: 100, count: 1 });
    expect(bins[1].weight).toBe(300);
    expect(bins[5].weight).toBe(100);
    expect(bins[9].weight).toBe(507);
    expect(bins.reduce((s, b) => s + b.weight, 0)).toBe(1007);
  });
  it('drops values outside the domain', () => {
    expect(weightedHistogram([{ value: 1.5, weight: 1 }, { value: -0.1, weight: 1 }], 4).every((b) => b.weight === 0)).toBe(true);
  });
});

describe('groupWeightedMean', () => {
  it('averages per group by weight, dropping groups without weight', () => {
    const data = [
      { g: 'a', v: 0.2, w: 1 },
      { g: 'a', v: 0.8, w: 3 },
      { g: 'b', v: 0.5, w: 2 },
      { g: 'c', v: null, w: 2 },
    ];
    const out = groupWeightedMean(data, (r) => r.g, (r) => ({ value: r.v, weight: r.w }));
    expect(out.map((o) => o.key)).toEqual(['a', 'b']);
    expect(out[0].mean).toBeCloseTo(0.65, 10);
    expect(out[0]).toMatchObject({ weight: 4, count: 2 });
  });
});

describe('percentRanks', () => {
  it('ranks in [0,1] with ties averaged', () => {
    expect(percentRanks([3, 1, 2])).toEqual([1, 0, 0.5]);
    expect(percentRanks([1, 1, 2])).toEqual([0.25, 0.25, 1]);
    expect(percentRanks([5])).toEqual([0.5]);
    expect(percentRanks([])).toEqual([]);
  });
});

test.each([
  [0.43, 0.5],
  [0.2, 0.2],
  [7, 10],
  [1300, 2000],
  [0, 1],
])('niceMax(%s) = %s', (v, want) => {
  expect(niceMax(v)).toBeCloseTo(want, 10);
});
