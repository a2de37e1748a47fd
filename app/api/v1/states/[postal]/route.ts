import type { NextRequest } from 'next/server';
import { csvResponse } from '@/lib/api/csv-response';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { formatQuery, paramsObject, statePostal } from '@/lib/api/schemas';
import { getStatePicture } from '@/lib/queries/states';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest, ctx: { params: Promise<{ postal: string }> }) {
  try {
    const parsed = statePostal.safeParse((await ctx.params).postal);
    if (!parsed.success) throw new ApiError('not_found', 'no such state: use a 2-letter postal code like CA');
    const { format } = formatQuery.parse(paramsObject(req.nextUrl.searchParams));
    const p = getStatePicture(parsed.data, requestData());
    if (!p) throw new ApiError('not_found', `no state ${parsed.data.toUpperCase()} in this database`);
    if (format === 'csv') {
      // One table: every listed occupation with the list it appears in.
      const rows = [
        ...p.mostExposed.map((o) => ({ list: 'most_exposed', ...o })),
        ...p.leastExposed.map((o) => ({ list: 'least_exposed', ...o })),
        ...p.overRepresented.map((o) => ({ list: 'exposed_and_concentrated', ...o })),
      ];
      return csvResponse(rows, ['list', 'onet_soc_code', 'title', 'beta', 'employment', 'location_quotient', 'median_annual_wage'], `state-${p.state.postal}.csv`);
    }
    return Response.json({
      state: p.state,
      us: p.us,
      most_exposed: p.mostExposed,
      least_exposed: p.leastExposed,
      exposed_and_concentrated: p.overRepresented,
      by_major_group: p.byGroup,
    });
  } catch (err) {
    return errorResponse(err);
  }
}
