import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPaths } from '@/app/_paths/graph-layout';
import { lenientWeights, pathsQuery } from '@/lib/api/paths-query';
import { weightsQuery } from '@/app/_paths/url-state';
import { rankBy as rescore, scoreWith } from '@/lib/paths/score';
import { DEFAULT_WEIGHTS, type Path } from '@/lib/paths/paths';
import { testRejects } from '../../helpers/rejects';

const parts = { activities: 0.5, skills: 0.5, interests: 0.5, styles: 0.5, preparation: 0.5, tasks: 0.5 };
const path = (code: string, c: Path['components'], beta = 0.3, desirable = true): Path => ({
  onet_soc_code: code, title: code, beta, exposure_reduction: 0.2, skill_similarity: 0.5, task_similarity: 0.5, similarity: { combined: 0.5, parts }, job_zone: 2, wage: 50000,
  wage_change: 0.1, desirable, growth: 2, openings: 1000, employment: 5000, sources: ['related'], related_tier: null, skills_imputed_from: null, score: 0, components: c,
  barriers: [], why: [], gaps: [], transfers: [],
});

describe('re-weighting paths', () => {
  const ps = [path('a', { skills: 1, exposure: 0, wage: 0, growth: 0 }), path('b', { skills: 0, exposure: 1, wage: 0, growth: 0 }), path('c', { skills: 0.5, exposure: 0.5, wage: 0.5, growth: 0.5 })];

  it('ranks by the weighted mean of the parts', () => {
    expect(rescore(ps, { skills: 1, exposure: 0, wage: 0, growth: 0 }, 3).map((p) => p.onet_soc_code)).toEqual(['a', 'c', 'b']);
    expect(rescore(ps, { skills: 0, exposure: 1, wage: 0, growth: 0 }, 2).map((p) => p.onet_soc_code)).toEqual(['b', 'c']);
  });

  it('ranks moves that keep pay within 15% first, unless asked not to', () => {
    const qs = [path('x', { skills: 1, exposure: 1, wage: 1, growth: 1 }, 0.3, false), path('y', { skills: 0.2, exposure: 0.2, wage: 0.2, growth: 0.2 })];
    expect(rescore(qs, DEFAULT_WEIGHTS, 2).map((p) => p.onet_soc_code)).toEqual(['y', 'x']);
    expect(rescore(qs, DEFAULT_WEIGHTS, 2, false).map((p) => p.onet_soc_code)).toEqual(['x', 'y']);
  });

  it('a score is within [0, 1] and invariant to scaling the weights (fast-check)', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    // Weights are 0 or a real share: scaling a subnormal weight by k can underflow to 0, which changes the weights themselves.
    const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true }));
    const w = fc.record({ skills: weight, exposure: weight, wage: weight, growth: weight });
    fc.assert(
      fc.property(fc.record({ skills: unit, exposure: unit, wage: unit, growth: unit }), w, fc.double({ min: 0.1, max: 10, noNaN: true }), (c, ws, k) => {
        const s = scoreWith(c, ws);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
        expect(scoreWith(c, { skills: ws.skills * k, exposure: ws.exposure * k, wage: ws.wage * k, growth: ws.growth * k })).toBeCloseTo(s, 9);
      }),
    );
  });

  testRejects(pathsQuery, [
    [{ w_skills: '-1' }, 'w_skills'],
    [{ limit: '0' }, 'limit'],
    [{ limit: 'many' }, 'limit'],
    [{ w_growth: 'abc' }, 'w_growth'],
  ]);

  it('weights round-trip through the URL and defaults are omitted', () => {
    expect(weightsQuery(DEFAULT_WEIGHTS, DEFAULT_WEIGHTS)).toBe('');
    const q = weightsQuery({ ...DEFAULT_WEIGHTS, wage: 0.5 }, DEFAULT_WEIGHTS);
    expect(q).toBe('w_wage=0.5');
    expect(lenientWeights(Object.fromEntries(new URLSearchParams(q)))).toEqual({ ...DEFAULT_WEIGHTS, wage: 0.5 });
    expect(lenientWeights({ w_wage: 'x', w_skills: '-3' })).toEqual(DEFAULT_WEIGHTS);
    expect(lenientWeights({ w_skills: '0', w_exposure: '0', w_wage: '0', w_growth: '0' })).toEqual(DEFAULT_WEIGHTS);
  });
});

describe('path graph layout', () => {
  it('puts every target left of the source (less exposed), one row each, links from the source', () => {
    const targets = [0.2, 0.5, 0.35].map((b, i) => ({ code: `t${i}`, title: `T${i}`, beta: b, score: 0.3 + i / 10, employment: 1000 * (i + 1) }));
    const l = layoutPaths({ beta: 0.7, employment: 5000 }, targets, 0.05);
    expect(l.targets).toHaveLength(3);
    for (const t of l.targets) {
      expect(t.x).toBeLessThan(l.source.x);
      expect(t.link.startsWith(`M${l.source.x},${l.source.y}`)).toBe(true);
    }
    expect(new Set(l.targets.map((t) => t.y)).size).toBe(3);
    expect(l.targets[2].linkWidth).toBeGreaterThan(l.targets[0].linkWidth);
    expect(l.marginBand.x1).toBe(l.source.x);
    expect(l.marginBand.x0).toBeLessThan(l.marginBand.x1);
  });

  it.each([
    [0.12, [0.08, 0.1]],
    [0.5, [0.2, 0.45]],
    [0.9, [0.05, 0.7]],
  ])('axis tick labels are distinct (source %f, targets %j)', (src, betas) => {
    const l = layoutPaths({ beta: src, employment: 100 }, betas.map((b, i) => ({ code: `t${i}`, title: `T${i}`, beta: b, score: 0.5, employment: 10 })), 0.05);
    const labels = l.ticks.map((t) => t.label);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('scoreWith with extreme weights', () => {
  it('keeps the ratios of subnormal weights (regression: a weight of 5e-323 scored 0)', () => {
    expect(scoreWith({ skills: 0, exposure: 0, wage: 0, growth: 0.1 }, { skills: 0, exposure: 0, wage: 0, growth: 5e-323 })).toBeCloseTo(0.1, 12);
  });
});
