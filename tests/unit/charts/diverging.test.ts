import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricDomain } from '@/lib/charts/diverging';

describe('symmetricDomain', () => {
  it('is symmetric and covers every value, rounded out to a tick step', () => {
    expect(symmetricDomain([0.12, -0.31, 0.05])).toEqual([-0.4, 0.4]);
    expect(symmetricDomain([3, 7])).toEqual([-8, 8]);
  });
  it('keeps a minimum extent when every value is zero, and ignores non-finite values', () => {
    expect(symmetricDomain([0, 0])).toEqual([-0.01, 0.01]);
    expect(symmetricDomain([Number.NaN, 0.2])).toEqual([-0.2, 0.2]);
    expect(symmetricDomain([], 1)).toEqual([-1, 1]);
  });
  it('holds for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true })), (vs) => {
        const [lo, hi] = symmetricDomain(vs);
        expect(lo).toBe(-hi);
        for (const v of vs) expect(Math.abs(v)).toBeLessThanOrEqual(hi);
      }),
    );
  });
});
