/**
 * Properties of the scenario model (lib/scenarios/model.ts) that issue 6 requires, on small
 * hand-made task sets and on random ones (fast-check): monotone in every capability level, zero
 * at zero capability, "today" = baseline, linear in adoption, tools off removes E2.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, evaluateTasks, prepareTasks, presets, TODAY_LEVEL, type PreparedTasks, type Scenario, type ScenarioTask } from '@/lib/scenarios/model';

type Kind = 'E1' | 'E2' | 'sheltered';
const EPS = 1e-12;

const GROUPS: Array<{ id: string; name: string; kind: Kind }> = [
  { id: 'writing', name: 'Writing', kind: 'E1' },
  { id: 'coding', name: 'Coding', kind: 'E1' },
  { id: 'data', name: 'Data analysis', kind: 'E2' },
  { id: 'scheduling', name: 'Scheduling', kind: 'E2' },
  { id: 'physical', name: 'Physical', kind: 'sheltered' },
];

const task = (code: string, p1: number, p2: number, profile: number[], weight = 1): ScenarioTask => ({ onet_soc_code: code, weight, p1, p2, profile: Float32Array.from(profile) });

const SMALL: ScenarioTask[] = [
  task('11-0000.00', 0.6, 0.3, [0.7, 0.1, 0.2, 0.1, 0.0]),
  task('11-0000.00', 0.1, 0.7, [0.1, 0.2, 0.6, 0.5, 0.1], 3),
  task('22-0000.00', 0.0, 0.1, [0.0, 0.0, 0.1, 0.2, 0.9]),
  task('22-0000.00', 0.9, 0.05, [0.2, 0.8, 0.1, 0.0, 0.0], 2),
  task('33-0000.00', 0.3, 0.3, [0.4, 0.4, 0.4, 0.4, 0.4]),
];

const level = (v: number, groups = GROUPS) => Object.fromEntries(groups.filter((g) => g.kind !== 'sheltered').map((g) => [g.id, v]));
const today: Scenario = { levels: level(TODAY_LEVEL), adoption: 1, tools: true };

function all(prep: PreparedTasks, sc: Scenario) {
  const t = evaluateTasks(prep, sc);
  return { t, o: aggregate(prep, t) };
}

function expectNotLower(prep: PreparedTasks, lo: Scenario, hi: Scenario) {
  const a = all(prep, lo);
  const b = all(prep, hi);
  for (const k of ['alpha', 'beta', 'gamma'] as const) {
    for (let i = 0; i < prep.n; i++) expect(b.t[k][i]).toBeGreaterThanOrEqual(a.t[k][i] - EPS);
    a.o.forEach((o, i) => expect(b.o[i][k]).toBeGreaterThanOrEqual(o[k] - EPS));
  }
}

// Random task sets: 1–4 E1 and 1–4 E2 groups, 0–2 sheltered, 1–15 tasks over 1–4 occupations;
// (p0, p1, p2) a point of the simplex.
const arbTaskSet = fc
  .record({ e1: fc.integer({ min: 1, max: 4 }), e2: fc.integer({ min: 1, max: 4 }), sh: fc.integer({ min: 0, max: 2 }) })
  .chain(({ e1, e2, sh }) => {
    const groups = [
      ...Array.from({ length: e1 }, (_, i) => ({ id: `e1_${i}`, name: `E1 ${i}`, kind: 'E1' as Kind })),
      ...Array.from({ length: e2 }, (_, i) => ({ id: `e2_${i}`, name: `E2 ${i}`, kind: 'E2' as Kind })),
      ...Array.from({ length: sh }, (_, i) => ({ id: `sh_${i}`, name: `Sheltered ${i}`, kind: 'sheltered' as Kind })),
    ];
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    const arbTask = fc
      .record({
        occ: fc.integer({ min: 0, max: 3 }),
        weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
        p: fc.tuple(unit, unit, unit),
        profile: fc.array(fc.double({ min: -0.2, max: 0.9, noNaN: true }), { minLength: groups.length, maxLength: groups.length }),
      })
      .map(({ occ, weight, p, profile }) => {
        const s = p[0] + p[1] + p[2] || 1;
        return task(`1${occ}-0000.00`, p[1] / s, p[2] / s, profile, weight);
      });
    return fc.record({ groups: fc.constant(groups), tasks: fc.array(arbTask, { minLength: 1, maxLength: 15 }) });
  });

const arbScenario = (ids: string[]) =>
  fc.record({
    levels: fc.tuple(...ids.map(() => fc.double({ min: 0, max: 1, noNaN: true }))).map((vs) => Object.fromEntries(ids.map((id, i) => [id, vs[i]]))),
    adoption: fc.double({ min: 0, max: 1, noNaN: true }),
    tools: fc.boolean(),
  });

const capIds = (groups: Array<{ id: string; kind: Kind }>) => groups.filter((g) => g.kind !== 'sheltered').map((g) => g.id);

/** Checks a property of the prepared tasks of a random task set under a random scenario over its groups. */
function forAnyScenario(numRuns: number, check: (prep: PreparedTasks, sc: Scenario) => void) {
  fc.assert(
    fc.property(
      arbTaskSet.chain(({ groups, tasks }) => fc.record({ groups: fc.constant(groups), tasks: fc.constant(tasks), sc: arbScenario(capIds(groups)) })),
      ({ groups, tasks, sc }) => check(prepareTasks(tasks, groups), sc),
    ),
    { numRuns },
  );
}

describe('scenario model on a small task set', () => {
  const prep = prepareTasks(SMALL, GROUPS);

  it('attribution rows sum to 1 within each kind', () => {
    const G = prep.groups.length;
    for (let i = 0; i < prep.n; i++) {
      for (const kind of ['E1', 'E2']) {
        const s = prep.groups.reduce((t, g, j) => t + (g.kind === kind ? prep.attribution[i * G + j] : 0), 0);
        expect(s).toBeCloseTo(1, 12);
      }
    }
  });

  it.each(prep.groups.map((g) => g.id))('raising %s never lowers any task or occupation alpha/beta/gamma', (id) => {
    for (const from of [0, 0.2, 0.5, 0.8]) {
      for (const tools of [true, false]) {
        const lo = { levels: level(0.5), adoption: 0.7, tools };
        lo.levels[id] = from;
        const hi = { ...lo, levels: { ...lo.levels, [id]: Math.min(1, from + 0.15) } };
        expectNotLower(prep, lo, hi);
      }
    }
  });

  it("equals the documented formula (s = Σ w·(1 + δ'), δ' = r·δ for a rise and δ for a fall, e = 1 − (1 − p)^s) on any scenario", () => {
    forAnyScenario(300, (prep, sc) => {
      const t = evaluateTasks(prep, sc);
      const G = prep.groups.length;
      for (let i = 0; i < prep.n; i++) {
        let s1 = 0;
        let s2 = 0;
        prep.groups.forEach((g, k) => {
          const delta = (sc.levels[g.id] ?? TODAY_LEVEL) / TODAY_LEVEL - 1;
          const r = 1 + (delta > 0 ? prep.reach[i] * delta : delta);
          if (g.kind === 'E1') s1 += prep.attribution[i * G + k] * r;
          else s2 += prep.attribution[i * G + k] * r;
        });
        const e1 = 1 - (1 - prep.p1[i]) ** s1;
        const e2 = sc.tools ? Math.min(1 - (1 - prep.p2[i]) ** s2, 1 - e1) : 0;
        expect(Math.abs(t.alpha[i] - sc.adoption * e1)).toBeLessThan(1e-9);
        expect(Math.abs(t.beta[i] - sc.adoption * (e1 + e2 / 2))).toBeLessThan(1e-9);
        expect(Math.abs(t.gamma[i] - sc.adoption * (e1 + e2))).toBeLessThan(1e-9);
      }
    });
  });

  it('a rise reaches a task as far as it resembles capability groups more than sheltered ones; a fall counts in full', () => {
    const groups = [
      { id: 'w', name: 'W', kind: 'E1' as const },
      { id: 'x', name: 'X', kind: 'E2' as const },
      { id: 'p', name: 'P', kind: 'sheltered' as const },
    ];
    // Same probabilities; the first looks like writing, the second like physical work.
    const tasks = [
      { onet_soc_code: '1-0000.00', weight: 1, p1: 0.4, p2: 0.2, profile: Float32Array.from([0.6, 0.3, 0.2]) },
      { onet_soc_code: '2-0000.00', weight: 1, p1: 0.4, p2: 0.2, profile: Float32Array.from([0.3, 0.2, 0.6]) },
    ];
    const p = prepareTasks(tasks, groups);
    expect(p.reach[0]).toBeGreaterThan(0.99);
    expect(p.reach[1]).toBeLessThan(0.01);
    const today = evaluateTasks(p, { levels: { w: 0.5, x: 0.5 }, adoption: 1, tools: true });
    const up = evaluateTasks(p, { levels: { w: 0.9, x: 0.9 }, adoption: 1, tools: true });
    const down = evaluateTasks(p, { levels: { w: 0.2, x: 0.2 }, adoption: 1, tools: true });
    expect(up.beta[0] - today.beta[0]).toBeGreaterThan(0.15);
    expect(up.beta[1] - today.beta[1]).toBeLessThan(0.005);
    expect(down.beta[0]).toBeCloseTo(down.beta[1], 12);
    expect(down.beta[1]).toBeLessThan(today.beta[1] - 0.1);
  });

  it('all-zero capability gives zero exposure', () => {
    const { t, o } = all(prep, { levels: level(0), adoption: 1, tools: true });
    for (const k of ['alpha', 'beta', 'gamma'] as const) {
      expect([...t[k]].every((v) => v === 0)).toBe(true);
      expect(o.every((x) => x[k] === 0)).toBe(true);
    }
  });

  it('the today preset reproduces the baseline p1 + p2/2 (and alpha = p1, gamma = p1 + p2)', () => {
    const p = presets(prep.groups).find((x) => x.id === 'today')!;
    const { t } = all(prep, p);
    SMALL.forEach((s, i) => {
      expect(t.alpha[i]).toBeCloseTo(s.p1, 12);
      expect(t.beta[i]).toBeCloseTo(s.p1 + 0.5 * s.p2, 12);
      expect(t.gamma[i]).toBeCloseTo(s.p1 + s.p2, 12);
    });
  });

  it('occupation scores are the weighted means of their tasks', () => {
    const { o } = all(prep, today);
    const first = SMALL.slice(0, 2);
    expect(o[0].beta).toBeCloseTo((first[0].p1 + first[0].p2 / 2 + 3 * (first[1].p1 + first[1].p2 / 2)) / 4, 12);
  });

  it.each([0, 0.3, 0.5, 1])('adoption %f scales every exposure linearly', (a) => {
    const full = all(prep, { levels: level(0.7), adoption: 1, tools: true });
    const part = all(prep, { levels: level(0.7), adoption: a, tools: true });
    for (const k of ['alpha', 'beta', 'gamma'] as const) for (let i = 0; i < prep.n; i++) expect(part.t[k][i]).toBeCloseTo(a * full.t[k][i], 12);
  });

  it('tools off removes E2: beta = gamma = alpha, and E2 levels do nothing', () => {
    const off = all(prep, { levels: level(0.9), adoption: 1, tools: false });
    const off2 = all(prep, { levels: { ...level(0.9), data: 0, scheduling: 1 }, adoption: 1, tools: false });
    for (let i = 0; i < prep.n; i++) {
      expect(off.t.beta[i]).toBe(off.t.alpha[i]);
      expect(off.t.gamma[i]).toBe(off.t.alpha[i]);
      expect(off2.t.beta[i]).toBe(off.t.beta[i]);
    }
  });

  it('the chat preset equals today without E2 (alpha unchanged, beta = alpha)', () => {
    const chat = presets(prep.groups).find((x) => x.id === 'chat')!;
    const { t } = all(prep, chat);
    SMALL.forEach((s, i) => expect(t.beta[i]).toBeCloseTo(s.p1, 12));
  });

  it('exposure never exceeds 1 at full capability', () => {
    const { t } = all(prep, { levels: level(1), adoption: 1, tools: true });
    for (const k of ['alpha', 'beta', 'gamma'] as const) expect(Math.max(...t[k])).toBeLessThanOrEqual(1 + EPS);
  });
});

describe('scenario model on random task sets (fast-check)', () => {
  it('raising any capability level never lowers any task or occupation alpha, beta or gamma', () => {
    fc.assert(
      fc.property(
        arbTaskSet.chain(({ groups, tasks }) => fc.record({ groups: fc.constant(groups), tasks: fc.constant(tasks), sc: arbScenario(capIds(groups)), g: fc.constantFrom(...capIds(groups)), up: fc.double({ min: 0, max: 1, noNaN: true }) })),
        ({ groups, tasks, sc, g, up }) => {
          const prep = prepareTasks(tasks, groups);
          const hi = { ...sc, levels: { ...sc.levels, [g]: sc.levels[g] + (1 - sc.levels[g]) * up } };
          expectNotLower(prep, sc, hi);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('all-zero capability gives zero exposure', () => {
    fc.assert(
      fc.property(arbTaskSet, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), ({ groups, tasks }, adoption, tools) => {
        const prep = prepareTasks(tasks, groups);
        const { t, o } = all(prep, { levels: level(0, groups), adoption, tools });
        expect([...t.alpha, ...t.beta, ...t.gamma].every((v) => v === 0)).toBe(true);
        expect(o.every((x) => x.alpha === 0 && x.beta === 0 && x.gamma === 0)).toBe(true);
      }),
    );
  });

  it('today (all 0.5, adoption 1, tools) reproduces baseline p1 + 0.5 p2 per task and per occupation', () => {
    fc.assert(
      fc.property(arbTaskSet, ({ groups, tasks }) => {
        const prep = prepareTasks(tasks, groups);
        const { t, o } = all(prep, { levels: level(TODAY_LEVEL, groups), adoption: 1, tools: true });
        tasks.forEach((s, i) => expect(Math.abs(t.beta[i] - (s.p1 + 0.5 * s.p2))).toBeLessThan(1e-9));
        const base = aggregate(prep, { alpha: prep.p1, beta: Float64Array.from(tasks, (s) => s.p1 + 0.5 * s.p2), gamma: prep.p1 });
        o.forEach((x, i) => expect(Math.abs(x.beta - base[i].beta)).toBeLessThan(1e-9));
      }),
    );
  });

  it('adoption scales linearly and tools = false removes E2', () => {
    forAnyScenario(200, (prep, sc) => {
      const full = all(prep, { ...sc, adoption: 1 }).t;
      const part = all(prep, sc).t;
      const off = all(prep, { ...sc, tools: false }).t;
      for (let i = 0; i < prep.n; i++) {
        for (const k of ['alpha', 'beta', 'gamma'] as const) expect(Math.abs(part[k][i] - sc.adoption * full[k][i])).toBeLessThan(1e-12);
        expect(off.beta[i]).toBe(off.alpha[i]);
        expect(off.gamma[i]).toBe(off.alpha[i]);
        expect(off.alpha[i]).toBe(part.alpha[i]);
      }
    });
  });
});
