import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_ADDED, parseSelection, personalExposure, writeSelection } from '@/app/_personal/url-state';

const IDS = [1, 35, 36, 1295, 24013];

describe('personal mode selection in the URL', () => {
  test('absent parameters: every task, nothing added', () => {
    expect(parseSelection(new URLSearchParams(''), IDS)).toEqual({ mine: null, added: [] });
  });

  test('round trip, other parameters kept', () => {
    const sel = { mine: new Set([1, 36, 24013]), added: ['Write weekly status reports', 'Plan the team’s budget & hiring'] };
    const p = writeSelection(new URLSearchParams('tab=tasks&mine=zz'), sel);
    expect(p.get('tab')).toBe('tasks');
    expect(p.get('mine')).toBe('1.10.ij1');
    expect(parseSelection(new URLSearchParams(p.toString()), IDS)).toEqual(sel);
  });

  test('all ticked is written as no parameter', () => {
    expect(writeSelection(new URLSearchParams(), { mine: null, added: [] }).toString()).toBe('');
    expect(parseSelection(new URLSearchParams(`mine=${IDS.map((i) => i.toString(36)).join('.')}`), IDS).mine).toBeNull();
  });

  test('lenient: unknown ids and junk dropped; additions trimmed, deduplicated and capped', () => {
    const p = new URLSearchParams();
    p.set('mine', '1.zzzzzzz.<script>.ij1.999');
    for (let i = 0; i < 8; i++) p.append('add', `  Task   ${i % 7}  `);
    p.append('add', 'x'.repeat(500));
    const s = parseSelection(p, IDS);
    expect([...s.mine!]).toEqual([1, 24013]);
    expect(s.added).toHaveLength(MAX_ADDED);
    expect(s.added[0]).toBe('Task 0');
  });

  test('an empty selection is kept (mine= with no id)', () => {
    expect(parseSelection(new URLSearchParams('mine='), IDS).mine).toEqual(new Set());
  });

  test('never throws on any query string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => void parseSelection(new URLSearchParams(q), IDS)), { numRuns: 500 });
  });
});

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
});
