import type { NextRequest } from 'next/server';
import { JOB_ZONE_RULE, pathsQuery, weightsOf } from '@/app/_paths/query';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { onetCode, paramsObject } from '@/lib/api/schemas';
import { EXPOSURE_MARGIN, pathsReport } from '@/lib/paths/paths';
import { verdictOf } from '@/lib/paths/verdict';
import { twoStepPaths } from '@/lib/paths/two-step';
import { pathData } from '@/lib/paths/load';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

/** Reskilling paths from one occupation to clearly less exposed ones, with gaps, reasons, barriers and two-step paths. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ code: string }> }) {
  try {
    const raw = (await ctx.params).code;
    const code = onetCode.safeParse(raw);
    if (!code.success) throw new ApiError('bad_request', `code: "${raw}" must be an O*NET-SOC code like 15-1252.00`, [{ path: 'code', message: 'must be an O*NET-SOC code like 15-1252.00' }]);
    const q = pathsQuery.parse(paramsObject(req.nextUrl.searchParams));
    const data = pathData(requestData());
    const src = data.occupations.get(code.data);
    if (!src) throw new ApiError('not_found', `no scored occupation ${code.data}`);
    const weights = weightsOf(q);
    const report = pathsReport(data, code.data, { weights, limit: q.limit, barriers: q.barriers, desirableFirst: q.desirable_first })!;
    const twoStep = twoStepPaths(data, code.data, { weights, exclude: new Set(report.paths.map((p) => p.onet_soc_code)) });
    const verdict = verdictOf(src, report.paths, twoStep.length);
    return Response.json({
      source: { onet_soc_code: src.code, title: src.title, beta: src.beta, job_zone: src.jobZone, wage: src.wage, growth: src.growth, skills_imputed_from: src.skillsImputedFrom },
      margin: EXPOSURE_MARGIN,
      job_zone_rule: JOB_ZONE_RULE,
      weights,
      verdict,
      paths: report.paths,
      barriers: report.excluded,
      two_step: twoStep,
    });
  } catch (err) {
    return errorResponse(err);
  }
}
