/**
 * The rubric layer: a task's profile (mean of its two most similar exemplars per group), the zero-shot
 * probabilities over E0/E1/E2 and alpha/beta/gamma.
 */
import { describe, expect, it, test } from 'vitest';
import { DEFAULT_RUBRIC_SCORING, exemplarIndex, exposureOf, profileOf, rubricProbabilities } from '../../../lib/score/profile';
import type { Rubric } from '../../../lib/score/rubric';
import { normalize } from '../../../lib/score/vectors';

const RUBRIC: Rubric = {
  version: 'test',
  description: '',
  groups: [
    { id: 'writing', name: 'Writing', kind: 'E1', description: 'd', exemplars: ['Write reports.', 'Draft letters.', 'Edit text.'] },
    { id: 'data', name: 'Data', kind: 'E2', description: 'd', exemplars: ['Analyse data.', 'Query databases.'] },
    { id: 'physical', name: 'Physical', kind: 'sheltered', description: 'd', exemplars: ['Lift loads.', 'Climb ladders.'] },
    { id: 'care', name: 'Care', kind: 'sheltered', description: 'd', exemplars: ['Bathe patients.', 'Feed patients.'] },
  ],
};

const unit = (...xs: number[]) => normalize(new Float32Array(xs));
// One axis per group, exemplars a little apart.
const VECTORS = [unit(1, 0.1, 0, 0), unit(1, 0, 0.1, 0), unit(1, 0, 0, 0.3), unit(0.1, 1, 0, 0), unit(0, 1, 0.1, 0), unit(0, 0, 1, 0), unit(0, 0.2, 1, 0), unit(0, 0, 0, 1), unit(0.1, 0, 0, 1)];

describe('exposureOf', () => {
  test.each([
    [[1, 0, 0], { alpha: 0, beta: 0, gamma: 0 }],
    [[0, 1, 0], { alpha: 1, beta: 1, gamma: 1 }],
    [[0, 0, 1], { alpha: 0, beta: 0.5, gamma: 1 }],
    [[0.2, 0.5, 0.3], { alpha: 0.5, beta: 0.65, gamma: 0.8 }],
  ])('%j → %j', (p, e) => {
    const got = exposureOf(p);
    expect(got.alpha).toBeCloseTo(e.alpha, 12);
    expect(got.beta).toBeCloseTo(e.beta, 12);
    expect(got.gamma).toBeCloseTo(e.gamma, 12);
  });
});

describe('profiles', () => {
  const ex = exemplarIndex(RUBRIC, VECTORS);

  it('indexes exemplars by group in rubric order', () => {
    expect([...ex.group]).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3]);
    expect(ex.groups).toBe(4);
    expect(ex.texts[3]).toBe('Analyse data.');
  });

  it('needs one vector per exemplar', () => {
    expect(() => exemplarIndex(RUBRIC, VECTORS.slice(1))).toThrow('expected 9 exemplar vectors, got 8');
  });

  it('is the mean of the two best similarities in each group', () => {
    const v = unit(1, 0.5, 0.2, 0.1);
    const p = profileOf(v, ex);
    const sims = VECTORS.map((e) => e.reduce((s, x, i) => s + x * v[i], 0));
    const best2 = (idx: number[]) => {
      const s = idx.map((i) => sims[i]).sort((a, b) => b - a);
      return (s[0] + s[1]) / 2;
    };
    expect(p[0]).toBeCloseTo(best2([0, 1, 2]), 6);
    expect(p[1]).toBeCloseTo(best2([3, 4]), 6);
    expect(p[2]).toBeCloseTo(best2([5, 6]), 6);
    expect(p[3]).toBeCloseTo(best2([7, 8]), 6);
  });

  it('uses the single exemplar of a one-exemplar group as is', () => {
    const one = exemplarIndex({ ...RUBRIC, groups: [...RUBRIC.groups.slice(0, 3), { ...RUBRIC.groups[3], exemplars: ['Bathe patients.'] }] }, VECTORS.slice(0, 8));
    expect(profileOf(unit(0, 0, 0, 1), one)[3]).toBeCloseTo(1, 6);
  });
});

describe('rubricProbabilities', () => {
  const ex = exemplarIndex(RUBRIC, VECTORS);

  test.each([
    ['a writing task', unit(1, 0, 0, 0), 1],
    ['a data task', unit(0, 1, 0, 0), 2],
    ['a physical task', unit(0, 0, 1, 0), 0],
    ['a care task', unit(0, 0, 0.1, 1), 0],
  ])('favours the kind of the most similar group: %s', (_what, v, cls) => {
    const p = rubricProbabilities(profileOf(v, ex), RUBRIC);
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 12);
    expect(p.indexOf(Math.max(...p))).toBe(cls);
    expect(p[cls]).toBeGreaterThan(0.9);
  });

  it('is a softmax over the best profile value of each kind, at the given temperature', () => {
    const profile = new Float32Array([0.6, 0.5, 0.2, 0.4]); // E1 0.6, E2 0.5, sheltered max(0.2, 0.4)
    const z = [0.4, 0.6, 0.5].map((x) => Math.exp(x / 0.1));
    const s = z[0] + z[1] + z[2];
    const p = rubricProbabilities(profile, RUBRIC, { temperature: 0.1, bias: { E0: 0, E1: 0, E2: 0 } });
    p.forEach((x, i) => expect(x).toBeCloseTo(z[i] / s, 6));
  });

  it('sums to 1 and becomes uniform as the temperature rises', () => {
    const profile = new Float32Array([0.6, 0.5, 0.2, 0.4]);
    for (const temperature of [0.01, 0.05, 1, 1000]) {
      const p = rubricProbabilities(profile, RUBRIC, { temperature, bias: { E0: 0, E1: 0, E2: 0 } });
      expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 12);
    }
    const flat = rubricProbabilities(profile, RUBRIC, { temperature: 1e6, bias: { E0: 0, E1: 0, E2: 0 } });
    flat.forEach((x) => expect(x).toBeCloseTo(1 / 3, 5));
    expect(DEFAULT_RUBRIC_SCORING.temperature).toBeGreaterThan(0);
  });

  it('tilts towards a kind with a bias', () => {
    const profile = new Float32Array([0.5, 0.5, 0.5, 0.5]);
    const p = rubricProbabilities(profile, RUBRIC, { temperature: 0.05, bias: { E0: 0.1, E1: 0, E2: 0 } });
    expect(p[0]).toBeGreaterThan(p[1]);
    expect(p[1]).toBeCloseTo(p[2], 12);
  });
});
