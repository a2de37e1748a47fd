import { describe, expect, test } from 'vitest';
import { skillList } from '@/lib/skills/list';
import type { SkillRow } from '@/lib/queries/skills';

const row = (element_id: string, name: string, domain: SkillRow['domain'], beta: number | null): SkillRow => ({ element_id, name, domain, alpha: beta, beta, gamma: beta, employment: beta === null ? null : beta * 1000, occupations: 3, rated_occupations: 3 });
const rows = [row('2.A.1.a', 'Reading', 'skill', 0.4), row('2.C.1.a', 'Administration', 'knowledge', null), row('2.A.1.b', 'Listening', 'skill', 0.2), row('2.C.1.b', 'Clerical', 'knowledge', 0.4)];

describe('skillList', () => {
  test.each([
    [{ sort: 'beta', dir: 'desc' } as const, ['2.A.1.a', '2.C.1.b', '2.A.1.b', '2.C.1.a']],
    [{ sort: 'beta', dir: 'asc' } as const, ['2.A.1.b', '2.A.1.a', '2.C.1.b', '2.C.1.a']],
    [{ sort: 'name', dir: 'asc' } as const, ['2.C.1.a', '2.C.1.b', '2.A.1.b', '2.A.1.a']],
    [{ sort: 'beta', dir: 'desc', domain: 'knowledge' } as const, ['2.C.1.b', '2.C.1.a']],
  ])('%j', (q, want) => {
    expect(skillList(rows, q).map((r) => r.element_id)).toEqual(want);
  });
});
