/**
 * The skills list as GET /api/v1/skills answers it: one element domain or all, sorted by a column
 * with nulls always last (whatever the direction) and ties in element order.
 */
import type { SkillRow } from '../queries/skills';

export interface SkillListQuery {
  domain?: SkillRow['domain'];
  sort: 'name' | 'beta' | 'alpha' | 'gamma' | 'employment';
  dir: 'asc' | 'desc';
}

export function skillList(rows: readonly SkillRow[], q: SkillListQuery): SkillRow[] {
  const sign = q.dir === 'asc' ? 1 : -1;
  return rows
    .filter((s) => !q.domain || s.domain === q.domain)
    .sort((a, b) => {
      const x = a[q.sort];
      const y = b[q.sort];
      if (x === null || y === null) return x === y ? a.element_id.localeCompare(b.element_id) : x === null ? 1 : -1;
      const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
      return c !== 0 ? sign * c : a.element_id.localeCompare(b.element_id);
    });
}
