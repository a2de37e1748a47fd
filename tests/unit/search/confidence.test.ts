import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CAL, calibrate } from '@/lib/search/confidence';

const f = (top: number, margin: number, fuzzy = 0, unknown = 0, doc = 0) => ({ top, margin, fuzzy, unknown, doc });

describe('calibrate', () => {
  test('a probability in [0, 1], rising with the top score and with the margin to the runner-up', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.4, noNaN: true }), (top, margin, d) => {
        const c = calibrate(f(top, margin));
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
        expect(calibrate(f(Math.min(1, top + d), margin))).toBeGreaterThanOrEqual(c);
        expect(calibrate(f(top, Math.min(0.5, margin + d)))).toBeGreaterThanOrEqual(c);
      }),
    );
  });

  test('a tie with another SOC code is never confident enough to go unflagged', () => {
    expect(calibrate(f(1, 0))).toBeLessThan(CAL.review.confidence);
  });

  test('an exact, unambiguous title is confident', () => {
    expect(calibrate(f(1, 0.3))).toBeGreaterThan(CAL.review.confidence);
  });

  test('words spread over an occupation count less than one title holding them all', () => {
    expect(calibrate(f(0.8, 0.1, 0, 0, 1))).toBeLessThan(calibrate(f(0.8, 0.1)));
  });
});
