import { occupationsQuery } from '@/lib/api/schemas';
import { csvResponse, HttpError, parseQuery, route } from '@/lib/http';
import { allOccupations, filterOccupations, knownGroup, type OccupationRow } from '@/lib/queries/occupations';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

const DEFAULT_JSON_LIMIT = 100;
export const OCCUPATION_COLUMNS: Array<keyof OccupationRow> = [
  'onet_soc_code', 'soc_code', 'title', 'major_group', 'major_title', 'minor_group', 'broad_group', 'job_zone', 'employment', 'median_wage', 'median_top_coded',
  'growth_pct', 'openings', 'typical_education', 'task_count', 'alpha', 'beta', 'gamma', 'percentile', 'uncertainty', 'share_tasks_exposed',
];

export const GET = route((req) => {
  const { limit, offset, format, ...filters } = parseQuery(req, occupationsQuery);
  const data = requestData();
  if (filters.group && !knownGroup(data, filters.group)) {
    throw new HttpError('invalid_query', `group: no SOC group or code ${filters.group} in this build (SOC 2018 groups look like 15-0000, 15-1200, 15-1250)`, { field: 'group' });
  }
  const rows = filterOccupations(allOccupations(data), filters);
  // CSV returns every matching row unless limited; JSON pages by 100 by default.
  const page = rows.slice(offset, limit !== undefined ? offset + limit : format === 'csv' ? undefined : offset + DEFAULT_JSON_LIMIT);
  if (format === 'csv') return csvResponse(page, OCCUPATION_COLUMNS, 'occupations.csv');
  return Response.json({ total: rows.length, offset, limit: limit ?? DEFAULT_JSON_LIMIT, results: page });
});
