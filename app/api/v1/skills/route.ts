import { skillsQuery } from '@/lib/api/schemas';
import { csvResponse, parseQuery, route } from '@/lib/http';
import { listSkills, type SkillRow } from '@/lib/queries/skills';

export const dynamic = 'force-dynamic';

const COLUMNS: Array<keyof SkillRow> = ['element_id', 'name', 'domain', 'alpha', 'beta', 'gamma', 'employment', 'occupations', 'rated_occupations'];

export const GET = route((req) => {
  const { domain, sort, dir, format } = parseQuery(req, skillsQuery);
  const sign = dir === 'asc' ? 1 : -1;
  const rows = listSkills()
    .filter((s) => !domain || s.domain === domain)
    .sort((a, b) => {
      const x = a[sort];
      const y = b[sort];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return sign * (typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number));
    });
  if (format === 'csv') return csvResponse(rows, COLUMNS, 'skills.csv');
  return Response.json({ total: rows.length, results: rows });
});
