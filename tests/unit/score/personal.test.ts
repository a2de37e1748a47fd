/** Personal mode's exposure (lib/score/personal.ts): the weighted beta of the ticked and added tasks. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { personalExposure } from '@/lib/score/personal';

describe('personalExposure', () => {
  const tasks = [
    { task_id: 1, beta: 0.9, weight: 2 },
    { task_id: 2, beta: 0.1, weight: 1 },
    { task_id: 3, beta: null, weight: 5 },
  ];
  test('all tasks: the weighted mean of the scored ones', () => expect(personalExposure(tasks, null, [])).toBeCloseTo((1.8 + 0.1) / 3, 10));
  test('a subset', () => expect(personalExposure(tasks, new Set([2]), [])).toBeCloseTo(0.1, 10));
  test('added tasks weigh like an average scored task', () => expect(personalExposure(tasks, new Set([2]), [0.7])).toBeCloseTo((0.1 + 1.5 * 0.7) / 2.5, 10));
  test('nothing selected: null', () => expect(personalExposure(tasks, new Set(), [])).toBeNull());
  test('only unscored tasks and nothing added: null', () => expect(personalExposure([{ task_id: 9, beta: null, weight: 1 }], null, [])).toBeNull());

  test('always between the lowest and highest beta it averages', () => {
    const task = fc.record({ task_id: fc.integer({ min: 1, max: 50 }), beta: fc.option(fc.double({ min: 0, max: 1, noNaN: true })), weight: fc.double({ min: 0.01, max: 5, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(task, { maxLength: 12 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }), (ts, added) => {
        const v = personalExposure(ts, null, added);
        const all = [...ts.flatMap((t) => (t.beta === null ? [] : [t.beta])), ...added];
        if (all.length === 0) return v === null;
        return v !== null && v >= Math.min(...all) - 1e-12 && v <= Math.max(...all) + 1e-12;
      }),
    );
  });
});
