import { formatQuery, statePostal } from '@/lib/api/schemas';
import { csvResponse, found, parsePath, parseQuery, route } from '@/lib/http';
import { getStatePicture } from '@/lib/queries/states';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request, ctx: { params: Promise<{ postal: string }> }) => {
  const postal = parsePath('postal', (await ctx.params).postal, statePostal);
  const { format } = parseQuery(req, formatQuery);
  const p = found(getStatePicture(postal, requestData()), `no state ${postal.toUpperCase()} in this database`, 'postal');
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
});
