import type { NextRequest } from 'next/server';
import { csvResponse } from '@/lib/api/csv-response';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { formatQuery, paramsObject } from '@/lib/api/schemas';
import { getStatesPicture } from '@/lib/queries/states';
import type { StateSummary } from '@/lib/states/figures';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export const STATE_COLUMNS: Array<keyof StateSummary & string> = ['area', 'postal', 'name', 'release', 'employment', 'scored_employment', 'beta', 'share50', 'rank_beta'];

export function GET(req: NextRequest) {
  try {
    const { format } = formatQuery.parse(paramsObject(req.nextUrl.searchParams));
    const p = getStatesPicture(requestData());
    if (!p) throw new ApiError('unavailable', 'this database was built without the BLS OEWS state estimates');
    if (format === 'csv') return csvResponse(p.states, STATE_COLUMNS, 'states.csv');
    return Response.json({ release: p.release, measures: { beta: 'employment-weighted mean beta of the state\'s workers', share50: 'share of workers in occupations with beta ≥ 0.5' }, us: p.us, results: p.states });
  } catch (err) {
    return errorResponse(err);
  }
}
