/**
 * From task scores to occupations (weighted means, standard error, employment-weighted percentile) and
 * from occupations to skills and knowledge (importance × employment weighting).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateElements, aggregateOccupations, EXPOSED_TASK_BETA, IMPORTANCE_FLOOR, RELIES_ON_IMPORTANCE, type OccupationScore, type TaskScore } from '../../../lib/score/aggregate';

let nextId = 1;
const task = (code: string, weight: number, beta: number, extra: Partial<TaskScore> = {}): TaskScore => ({
  task_id: nextId++,
  onet_soc_code: code,
  weight,
  alpha: beta / 2,
  beta,
  gamma: Math.min(1, beta * 1.5),
  rubric_beta: beta,
  spread: 0.1,
  ...extra,
});

describe('aggregateOccupations: one occupation', () => {
  const tasks = [
    task('11-1011.00', 1, 0.8, { alpha: 0.6, gamma: 0.9, rubric_beta: 0.5, spread: 0.2 }), // Core
    task('11-1011.00', 0.5, 0.2, { alpha: 0.1, gamma: 0.3, rubric_beta: 0.1, spread: 0.4 }), // Supplemental
    task('11-1011.00', 0.75, 0.5, { alpha: 0.3, gamma: 0.7, rubric_beta: 0.2, spread: 0 }), // n/a; exactly at the threshold
  ];
  const [o] = aggregateOccupations(tasks, new Map([['11-1011.00', 1000]]));
  const W = 2.25;

  it('averages alpha, beta, gamma and rubric beta with the task weights', () => {
    expect(o.alpha).toBeCloseTo((1 * 0.6 + 0.5 * 0.1 + 0.75 * 0.3) / W, 12);
    expect(o.beta).toBeCloseTo((1 * 0.8 + 0.5 * 0.2 + 0.75 * 0.5) / W, 12);
    expect(o.gamma).toBeCloseTo((1 * 0.9 + 0.5 * 0.3 + 0.75 * 0.7) / W, 12);
    expect(o.rubric_beta).toBeCloseTo((1 * 0.5 + 0.5 * 0.1 + 0.75 * 0.2) / W, 12);
    expect(o.task_count).toBe(3);
  });

  it('counts the weighted share of tasks with beta at or above the threshold', () => {
    expect(EXPOSED_TASK_BETA).toBe(0.5);
    expect(o.share_tasks_exposed).toBeCloseTo((1 + 0.75) / W, 12);
  });

  it('gives the standard error of the weighted mean from the task spreads', () => {
    expect(o.uncertainty).toBeCloseTo(Math.sqrt((1 / W) ** 2 * 0.04 + (0.5 / W) ** 2 * 0.16), 12);
  });

  it('is the plain mean when weights are equal, whatever their scale', () => {
    const [a] = aggregateOccupations([task('X', 4.2, 0.2), task('X', 4.2, 0.6)], new Map());
    expect(a.beta).toBeCloseTo(0.4, 12);
  });
});

describe('aggregateOccupations: percentile among workers', () => {
  const tasks = [task('A', 1, 0.1), task('B', 1, 0.5), task('C', 1, 0.5), task('D', 1, 0.9), task('E', 1, 0.7), task('F', 1, 0.05), task('G', 1, 0.95)];
  const emp = new Map<string, number | null>([
    ['A', 100],
    ['B', 100],
    ['C', 200],
    ['D', 600],
    ['E', null], // no employment: the percentile its beta would have
    ['F', 0],
  ]);
  const pct = Object.fromEntries(aggregateOccupations(tasks, emp).map((o) => [o.onet_soc_code, o.percentile]));

  it('is the employment share below, plus half of the ties', () => {
    expect(pct.A).toBeCloseTo(5, 12); // (0 + 100/2) / 1000
    expect(pct.B).toBeCloseTo(25, 12); // (100 + 300/2) / 1000
    expect(pct.C).toBeCloseTo(25, 12); // ties share
    expect(pct.D).toBeCloseTo(70, 12); // (400 + 600/2) / 1000
  });

  it('places occupations without employment where their beta falls among workers', () => {
    expect(pct.E).toBeCloseTo(40, 12); // 400 of 1000 workers below 0.7
    expect(pct.F).toBe(0); // below everyone
    expect(pct.G).toBe(100); // above everyone
  });

  it('is null for everyone when no occupation has employment', () => {
    expect(aggregateOccupations([task('A', 1, 0.2)], new Map()).map((o) => o.percentile)).toEqual([null]);
  });

  it('returns occupations sorted by code', () => {
    expect(aggregateOccupations([task('B', 1, 0.1), task('A', 1, 0.2), task('B', 1, 0.3)], new Map()).map((o) => [o.onet_soc_code, o.task_count])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
  });

  it('gives an occupation without employment whose beta ties employed ones their percentile', () => {
    const tied = aggregateOccupations([task('X', 1, 0.5), task('Y', 1, 0.5), task('Z', 1, 0.5), task('W', 1, 0.1)], new Map([['X', 100], ['Y', 100], ['W', 50]]));
    const p = Object.fromEntries(tied.map((o) => [o.onet_soc_code, o.percentile]));
    expect(p.Z).toBeCloseTo(p.X!, 12);
    expect(p.Z).toBeCloseTo(60, 12); // (50 + 200/2) / 250
  });

  it('stays within 0–100, rises with beta, and ties share a percentile (property)', () => {
    const occ = fc.record({ beta: fc.constantFrom(0, 0.1, 0.25, 0.5, 0.5, 0.75, 1), emp: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(occ, { minLength: 1, maxLength: 25 }), (occs) => {
        const tasks = occs.map((o, i) => task(`O${String(i).padStart(2, '0')}`, 1, o.beta));
        const emp = new Map(occs.map((o, i) => [`O${String(i).padStart(2, '0')}`, o.emp]));
        const out = aggregateOccupations(tasks, emp);
        const anyWorkers = occs.some((o) => (o.emp ?? 0) > 0);
        for (const o of out) {
          if (!anyWorkers) {
            expect(o.percentile).toBeNull();
            continue;
          }
          expect(o.percentile).toBeGreaterThanOrEqual(0);
          expect(o.percentile).toBeLessThanOrEqual(100);
        }
        if (!anyWorkers) return;
        const employed = (o: OccupationScore) => (emp.get(o.onet_soc_code) ?? 0) > 0;
        for (const a of out)
          for (const b of out) {
            if (a.beta < b.beta) expect(a.percentile!).toBeLessThanOrEqual(b.percentile!);
            if (a.beta < b.beta && employed(a) && employed(b)) expect(a.percentile!).toBeLessThan(b.percentile!);
            if (a.beta === b.beta && employed(a) && employed(b)) expect(a.percentile).toBe(b.percentile);
          }
      }),
      { numRuns: 300 },
    );
  });

  it("raising one occupation's beta never lowers its percentile (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1000 })), { minLength: 2, maxLength: 15 }), fc.double({ min: 0, max: 1, noNaN: true }), (occs, delta) => {
        const emp = new Map(occs.map(([, e], i) => [`O${i}`, e]));
        const before = aggregateOccupations(occs.map(([b], i) => task(`O${i}`, 1, b)), emp)[0].percentile!;
        const after = aggregateOccupations(occs.map(([b], i) => task(`O${i}`, 1, i === 0 ? b + delta : b)), emp)[0].percentile!;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe('aggregateElements', () => {
  const occ = aggregateOccupations([task('A', 1, 0.2), task('B', 1, 0.6), task('C', 1, 0.9), task('D', 1, 0.4)], new Map());
  const emp = new Map<string, number | null>([
    ['A', 1000],
    ['B', 3000],
    ['C', null],
    ['D', 0],
    ['Z', 5000], // rated but not scored
  ]);

  it('weights each occupation by employment × importance above the midpoint; counts only occupations relying on the element', () => {
    expect(RELIES_ON_IMPORTANCE).toBe(3);
    expect(IMPORTANCE_FLOOR).toBe(2.5);
    const ratings = [
      { onet_soc_code: 'A', element_id: '2.A.1.a', importance: 4 },
      { onet_soc_code: 'B', element_id: '2.A.1.a', importance: 2 },
      { onet_soc_code: 'C', element_id: '2.A.1.a', importance: 5 }, // no employment: left out
      { onet_soc_code: 'D', element_id: '2.A.1.a', importance: 5 }, // zero employment: left out
      { onet_soc_code: 'Z', element_id: '2.A.1.a', importance: 5 }, // no score: left out
      { onet_soc_code: 'B', element_id: '2.C.1.a', importance: 3 },
    ];
    const [skill, knowledge] = aggregateElements(ratings, occ, emp);
    const wA = (4 - 2.5) * 1000;
    const wB = 0; // importance 2 is below the midpoint: no weight
    expect(skill.element_id).toBe('2.A.1.a');
    expect(skill.beta).toBeCloseTo((wA * 0.2 + wB * 0.6) / (wA + wB), 12);
    expect(skill.alpha).toBeCloseTo((wA * 0.1 + wB * 0.3) / (wA + wB), 12);
    expect(skill.gamma).toBeCloseTo((wA * 0.3 + wB * 0.9) / (wA + wB), 12);
    // With B above the midpoint too, both count in proportion to employment × (importance − 2.5).
    const [both] = aggregateElements([{ onet_soc_code: 'A', element_id: 'x', importance: 4 }, { onet_soc_code: 'B', element_id: 'x', importance: 3 }], occ, emp);
    expect(both.beta).toBeCloseTo((1.5 * 1000 * 0.2 + 0.5 * 3000 * 0.6) / (1.5 * 1000 + 0.5 * 3000), 12);
    expect(skill).toMatchObject({ employment: 1000, occupations: 1 }); // only A rates it at 3 or more
    expect(knowledge).toMatchObject({ element_id: '2.C.1.a', beta: 0.6, employment: 3000, occupations: 1 });
  });

  it('leaves out elements without any weight and sorts by element id', () => {
    const out = aggregateElements(
      [
        { onet_soc_code: 'B', element_id: '2.C.9', importance: 2.9 },
        { onet_soc_code: 'C', element_id: '2.A.9', importance: 5 }, // no employment
        { onet_soc_code: 'A', element_id: '2.A.2', importance: 2.6 },
        { onet_soc_code: 'A', element_id: '2.A.1', importance: 1 }, // below the midpoint: no weight
      ],
      occ,
      emp,
    );
    expect(out.map((e) => [e.element_id, e.occupations, e.employment])).toEqual([
      ['2.A.2', 0, 0],
      ['2.C.9', 0, 0],
    ]);
  });
});
