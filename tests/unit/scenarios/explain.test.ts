/**
 * Explaining a scenario's movers by their tasks (lib/scenarios/explain.ts): the contributions of an
 * occupation's tasks add up to its change, the driving group is the one whose level moved, and a
 * scenario's differences from the baseline are said in words.
 */
import { describe, expect, it, test } from 'vitest';
import { differencesFromBaseline, explainOccupation } from '@/lib/scenarios/explain';
import { aggregate, evaluateTasks, prepareTasks, presets, TODAY_LEVEL, type Scenario, type ScenarioTask } from '@/lib/scenarios/model';

const GROUPS = [
  { id: 'writing', name: 'Writing', kind: 'E1' as const },
  { id: 'coding', name: 'Coding', kind: 'E1' as const },
  { id: 'data', name: 'Data analysis', kind: 'E2' as const },
  { id: 'scheduling', name: 'Scheduling', kind: 'E2' as const },
  { id: 'physical', name: 'Physical', kind: 'sheltered' as const },
];
const task = (code: string, p1: number, p2: number, profile: number[], weight = 1): ScenarioTask => ({ onet_soc_code: code, weight, p1, p2, profile: Float32Array.from(profile) });
const TASKS = [
  task('11-0000.00', 0.6, 0.3, [0.7, 0.1, 0.2, 0.1, 0.0]),
  task('11-0000.00', 0.1, 0.7, [0.1, 0.2, 0.6, 0.5, 0.1], 3),
  task('11-0000.00', 0.2, 0.2, [0.1, 0.9, 0.1, 0.1, 0.1], 0.5),
  task('22-0000.00', 0.9, 0.05, [0.2, 0.8, 0.1, 0.0, 0.0], 2),
];
const prep = prepareTasks(TASKS, GROUPS);
const groups = prep.groups;
const levels = (o: Record<string, number> = {}) => Object.fromEntries(groups.map((g) => [g.id, o[g.id] ?? TODAY_LEVEL]));
const today: Scenario = { levels: levels(), adoption: 1, tools: true };

function explain(a: Scenario, b: Scenario, code: string, limit = 10) {
  const ta = evaluateTasks(prep, a);
  const tb = evaluateTasks(prep, b);
  const oa = aggregate(prep, ta).find((o) => o.onet_soc_code === code);
  const ob = aggregate(prep, tb).find((o) => o.onet_soc_code === code);
  return { move: explainOccupation(prep, a, b, ta, tb, code, limit), change: (ob?.beta ?? 0) - (oa?.beta ?? 0) };
}

describe('explainOccupation', () => {
  it('the contributions of all tasks add up to the occupation’s change, largest first', () => {
    const b: Scenario = { levels: levels({ data: 0.9, coding: 0.8 }), adoption: 1, tools: true };
    const { move, change } = explain(today, b, '11-0000.00');
    expect(move.taskCount).toBe(3);
    expect(move.tasks).toHaveLength(3);
    expect(move.tasks.reduce((s, t) => s + t.contribution, 0)).toBeCloseTo(change, 12);
    const sizes = move.tasks.map((t) => Math.abs(t.contribution));
    expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
  });

  it('names the group whose level moved: data analysis for a data-like task', () => {
    const { move } = explain(today, { levels: levels({ data: 1 }), adoption: 1, tools: true }, '11-0000.00');
    expect(move.tasks[0].group?.id).toBe('data');
    expect(move.tasks[0].beta_b).toBeGreaterThan(move.tasks[0].beta_a);
  });

  it('no group when only tools or adoption differ', () => {
    const { move } = explain(today, { ...today, tools: false }, '11-0000.00');
    expect(move.tasks.every((t) => t.group === null)).toBe(true);
    expect(move.tasks[0].contribution).toBeLessThan(0);
  });

  it('an unknown occupation has nothing to explain; limit caps the list', () => {
    expect(explain(today, today, '99-9999.00').move).toEqual({ tasks: [], taskCount: 0 });
    expect(explain(today, { ...today, adoption: 0.5 }, '11-0000.00', 1).move.tasks).toHaveLength(1);
  });
});

describe('differencesFromBaseline', () => {
  const byId = Object.fromEntries(presets(groups).map((p) => [p.id, p]));
  test.each([
    ['today', []],
    ['chat', ['work that needs LLM software is not counted']],
    ['agents', ['capability above today in 4 of 4 groups']],
    ['slow', ['only 30% of exposed work adopted']],
    ['none', ['capability below today in 4 of 4 groups']],
  ])('%s', (id, want) => {
    expect(differencesFromBaseline(byId[id], groups)).toEqual(want);
  });
});

describe('the driving group is the change the model applies to the task', () => {
  it('for a sheltered-looking task, a fall is credited over a rise of the same size (the rise barely reaches it)', () => {
    // Resembles physical work most; equal attribution to writing and coding, equal p1.
    const p = prepareTasks([task('33-0000.00', 0.4, 0.1, [0.3, 0.3, 0.1, 0.1, 0.6])], GROUPS);
    expect(p.reach[0]).toBeLessThan(0.01);
    const b: Scenario = { levels: levels({ writing: 0.8, coding: 0.2 }), adoption: 1, tools: true };
    const m = explainOccupation(p, today, b, evaluateTasks(p, today), evaluateTasks(p, b), '33-0000.00');
    expect(m.tasks[0].group?.id).toBe('coding');
  });
});
