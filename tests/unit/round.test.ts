/** The one rounding of data values (lib/round.ts) and the signed display format (lib/charts/format.ts). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { signed } from '@/lib/charts/format';
import { round, roundOrNull } from '@/lib/round';

describe('round', () => {
  test.each([
    [0.123456, 4, 0.1235],
    [0.12344, 4, 0.1234],
    [2.5, 0, 3],
    [-2.5, 0, -2],
    [1234.5678, 2, 1234.57],
    [0.15, 1, 0.2],
  ])('round(%d, %d) = %d (halves up, as Math.round)', (v, d, want) => expect(round(v, d)).toBe(want));

  test('null passes through; a number is rounded', () => {
    expect(roundOrNull(null, 4)).toBeNull();
    expect(roundOrNull(undefined, 4)).toBeNull();
    expect(roundOrNull(0.98765, 2)).toBe(0.99);
  });

  test('never moves a value by more than half a unit of the last digit, and is idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (v, d) => {
        const r = round(v, d);
        return Math.abs(r - v) <= 0.5 * 10 ** -d + 1e-9 && round(r, d) === r;
      }),
    );
  });
});

describe('signed', () => {
  test.each([
    [0.1234, 2, '', '+0.12'],
    [-0.034, 2, '', '−0.03'],
    [0, 2, '', '0.00'],
    [12.34, 1, ' pts', '+12.3 pts'],
    [-5, 0, '%', '−5%'],
  ])('signed(%d, %d, %j) = %s', (v, d, unit, want) => expect(signed(v, d, unit)).toBe(want));
});
