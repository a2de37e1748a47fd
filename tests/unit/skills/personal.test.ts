/** Personal mode's skills at risk (lib/skills/personal.ts): the split's weighting over the ticked tasks only. */
import { describe, expect, test } from 'vitest';
import { personalSkills, type PersonalElement } from '@/lib/skills/personal';
import { EXPOSED_BETA } from '@/lib/skills/split';

const elements: PersonalElement[] = [
  { element_id: 'w', name: 'Writing', domain: 'skill', importance: 4, tasks: [{ task_id: 1, weight: 0.75 }, { task_id: 2, weight: 0.25 }] },
  { element_id: 'r', name: 'Repairing', domain: 'skill', importance: 3, tasks: [{ task_id: 3, weight: 1 }] },
  { element_id: 'e', name: 'English Language', domain: 'knowledge', importance: 5, tasks: [{ task_id: 1, weight: 1 }] },
];
const beta = new Map<number, number | null>([[1, 0.8], [2, 0.2], [3, 0.1]]);

describe('personalSkills', () => {
  test('every task ticked: the share-weighted beta, exposed from the split’s threshold, most exposed first; knowledge left out', () => {
    const out = personalSkills(elements, beta, () => true);
    expect(out.map((e) => e.name)).toEqual(['Writing', 'Repairing']);
    expect(out[0].beta).toBeCloseTo(0.75 * 0.8 + 0.25 * 0.2, 12);
    expect(out[0].at_risk).toBe(out[0].beta >= EXPOSED_BETA);
    expect(out[0].task_ids).toEqual([1, 2]);
    expect(out[1]).toMatchObject({ beta: 0.1, at_risk: false });
  });

  test('only the ticked tasks count: without task 1, Writing is its low-exposure task alone', () => {
    const out = personalSkills(elements, beta, (id) => id !== 1);
    expect(out.find((e) => e.name === 'Writing')).toMatchObject({ beta: 0.2, task_ids: [2], at_risk: false });
  });

  test('a skill none of whose tasks is ticked, or scored, is not listed', () => {
    expect(personalSkills(elements, beta, (id) => id === 3).map((e) => e.name)).toEqual(['Repairing']);
    expect(personalSkills(elements, new Map([[3, null]]), () => true)).toEqual([]);
  });
});
