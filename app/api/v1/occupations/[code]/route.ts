import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { onetCode } from '@/lib/api/schemas';
import { requestData } from '@/app/_data';
import { getElements, getOccupation, getReferenceValues, getRelated, getTasks, getTitles } from '@/lib/queries/occupation';

export const dynamic = 'force-dynamic';

export async function GET(_req: NextRequest, ctx: { params: Promise<{ code: string }> }) {
  try {
    const parsed = onetCode.safeParse((await ctx.params).code);
    if (!parsed.success) throw new ApiError('not_found', 'no such occupation: codes look like 15-1252.00');
    const code = parsed.data;
    const db = requestData();
    const occ = getOccupation(code, db);
    if (!occ) throw new ApiError('not_found', `no occupation ${code}`);
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
    });
  } catch (err) {
    return errorResponse(err);
  }
}
