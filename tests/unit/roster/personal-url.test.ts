import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_ADDED, parseSelection, writeSelection } from '@/app/_personal/url-state';

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
