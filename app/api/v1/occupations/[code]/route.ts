import { onetCode } from '@/lib/api/schemas';
import { found, parsePath, route } from '@/lib/http';
import { getElements, getOccupation, getReferenceValues, getRelated, getTasks, getTitles } from '@/lib/queries/occupation';
import { getObservedUse } from '@/lib/queries/observed';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export const GET = route(async (_req: Request, ctx: { params: Promise<{ code: string }> }) => {
  const code = parsePath('code', (await ctx.params).code, onetCode);
  const db = requestData();
  const occ = found(getOccupation(code, db), `no occupation ${code}`, 'code');
  const { alpha, beta, gamma, percentile, uncertainty, share_tasks_exposed, rubric_beta, employment, median_wage, median_top_coded, growth_pct, openings, typical_education, ...rest } = occ;
  return Response.json({
    ...rest,
    alpha,
    beta,
    gamma,
    percentile,
    uncertainty,
    share_tasks_exposed,
    rubric_beta,
    bls: { employment, median_annual_wage: median_wage, median_top_coded, projected_change_percent_2024_34: growth_pct, openings_annual: openings, typical_education },
    tasks: getTasks(code, db),
    skills: getElements(code, db),
    titles: getTitles(code, db),
    related: getRelated(code, db),
    published_indices: getReferenceValues(code, occ.soc_code, db),
    observed_use: getObservedUse(code, db),
  });
});
