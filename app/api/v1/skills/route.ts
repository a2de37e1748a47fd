import { skillsQuery } from '@/lib/api/schemas';
import { csvResponse, parseQuery, route } from '@/lib/http';
import { listSkills, type SkillRow } from '@/lib/queries/skills';
import { skillList } from '@/lib/skills/list';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

const COLUMNS: Array<keyof SkillRow> = ['element_id', 'name', 'domain', 'alpha', 'beta', 'gamma', 'employment', 'occupations', 'rated_occupations'];

export const GET = route((req) => {
  const { domain, sort, dir, format } = parseQuery(req, skillsQuery);
  const rows = skillList(listSkills(requestData()), { domain, sort, dir });
  if (format === 'csv') return csvResponse(rows, COLUMNS, 'skills.csv');
  return Response.json({ total: rows.length, results: rows });
});
