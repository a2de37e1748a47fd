import type { NextRequest } from 'next/server';
import { csvResponse } from '@/lib/api/csv-response';
import { errorResponse } from '@/lib/api/errors';
import { paramsObject, skillsQuery } from '@/lib/api/schemas';
import { listSkills, type SkillRow } from '@/lib/queries/skills';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

const COLUMNS: Array<keyof SkillRow> = ['element_id', 'name', 'domain', 'alpha', 'beta', 'gamma', 'employment', 'occupations', 'rated_occupations'];

export function GET(req: NextRequest) {
  try {
    const { domain, sort, dir, format } = skillsQuery.parse(paramsObject(req.nextUrl.searchParams));
    const sign = dir === 'asc' ? 1 : -1;
    const rows = listSkills(requestData())
      .filter((s) => !domain || s.domain === domain)
      .sort((a, b) => {
        const x = a[sort];
        const y = b[sort];
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
        return sign * (typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number));
      });
    if (format === 'csv') return csvResponse(rows, COLUMNS, 'skills.csv');
    return Response.json({ total: rows.length, results: rows });
  } catch (err) {
    return errorResponse(err);
  }
}
