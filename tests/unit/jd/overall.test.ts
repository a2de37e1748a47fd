import { describe, expect, it } from 'vitest';
import { overallExposure } from '@/lib/jd/overall';

const s = (beta: number, unknown = false) => ({ alpha: beta / 2, beta, gamma: Math.min(1, beta * 1.5), unknown });

describe('overallExposure', () => {
  it('is the mean over the sentences the model knows', () => {
    const o = overallExposure([s(0.2), s(0.6), s(0.9, true)]);
    expect(o.beta).toBeCloseTo(0.4, 12);
    expect(o.alpha).toBeCloseTo(0.2, 12);
    expect(o.known).toHaveLength(2);
  });

  it('falls back to every sentence when none is known, and to 0 for none at all', () => {
    expect(overallExposure([s(0.3, true), s(0.5, true)]).beta).toBeCloseTo(0.4, 12);
    expect(overallExposure([])).toEqual({ alpha: 0, beta: 0, gamma: 0, known: [] });
  });
});
