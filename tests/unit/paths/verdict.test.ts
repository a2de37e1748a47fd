import { describe, expect, it } from 'vitest';
import type { OccupationProfile, Path } from '@/lib/paths/paths';
import { verdictOf } from '@/lib/paths/verdict';

const src = (beta: number) => ({ title: 'Paralegals', beta }) as OccupationProfile;
const path = (reduction: number, fit: number, desirable = true) => ({ exposure_reduction: reduction, components: { skills: fit, exposure: 0, wage: 0, growth: 0 }, desirable }) as Path;

describe('the verdict says plainly whether one step gets clearly away', () => {
  it.each([
    ['a close, clearly less exposed, desirable path', [path(0.12, 0.6)], true],
    ['only a small reduction', [path(0.07, 0.9)], false],
    ['clearly less exposed but not close', [path(0.3, 0.45)], false],
    ['clearly less exposed but a big pay change', [path(0.3, 0.9, false)], false],
    ['no path at all', [], false],
  ])('%s', (_, paths, clear) => {
    expect(verdictOf(src(0.53), paths).clear).toBe(clear);
  });

  it('says whether two-step paths exist, and that a little-exposed source may stay', () => {
    expect(verdictOf(src(0.53), [], 0).message).toBe('No close occupation is clearly less exposed than Paralegals: the occupations it leads to do similar, similarly exposed work. No two-step path passes the rules either.');
    expect(verdictOf(src(0.53), [], 2).message).toMatch(/Two-step paths below go further/);
    expect(verdictOf(src(0.15), [path(0.12, 0.6)]).message).toMatch(/already among the little-exposed occupations \(beta 0\.15\)/);
  });
});
