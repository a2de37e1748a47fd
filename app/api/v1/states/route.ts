import { formatQuery } from '@/lib/api/schemas';
import { csvResponse, HttpError, parseQuery, route } from '@/lib/http';
import { getStatesPicture } from '@/lib/queries/states';
import type { StateSummary } from '@/lib/states/figures';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export const STATE_COLUMNS: Array<keyof StateSummary & string> = ['area', 'postal', 'name', 'release', 'employment', 'scored_employment', 'beta', 'share50', 'rank_beta'];

export const GET = route((req) => {
  const { format } = parseQuery(req, formatQuery);
  const p = getStatesPicture(requestData());
  if (!p) throw new HttpError('unavailable', 'this database was built without the BLS OEWS state estimates');
  if (format === 'csv') return csvResponse(p.states, STATE_COLUMNS, 'states.csv');
  return Response.json({ release: p.release, measures: { beta: 'employment-weighted mean beta of the state\'s workers', share50: 'share of workers in occupations with beta ≥ 0.5' }, us: p.us, results: p.states });
});
