import { JOB_ZONE_RULE, pathsQuery, weightsOf } from '@/lib/api/paths-query';
import { onetCode } from '@/lib/api/schemas';
import { found, parsePath, parseQuery, route } from '@/lib/http';
import { EXPOSURE_MARGIN, pathsReport } from '@/lib/paths/paths';
import { verdictOf } from '@/lib/paths/verdict';
import { twoStepPaths } from '@/lib/paths/two-step';
import { pathData } from '@/lib/queries/path-data';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

/** Reskilling paths from one occupation to clearly less exposed ones, with gaps, reasons, barriers and two-step paths. */
export const GET = route(async (req: Request, ctx: { params: Promise<{ code: string }> }) => {
  const code = parsePath('code', (await ctx.params).code, onetCode);
  const q = parseQuery(req, pathsQuery);
  const data = pathData(requestData());
  const src = found(data.occupations.get(code), `no scored occupation ${code}`, 'code');
  const weights = weightsOf(q);
  const report = found(pathsReport(data, code, { weights, limit: q.limit, barriers: q.barriers, desirableFirst: q.desirable_first }), `no scored occupation ${code}`, 'code');
  const twoStep = twoStepPaths(data, code, { weights, exclude: new Set(report.paths.map((p) => p.onet_soc_code)) });
  return Response.json({
    source: { onet_soc_code: src.code, title: src.title, beta: src.beta, job_zone: src.jobZone, wage: src.wage, growth: src.growth, skills_imputed_from: src.skillsImputedFrom },
    margin: EXPOSURE_MARGIN,
    job_zone_rule: JOB_ZONE_RULE,
    weights,
    verdict: verdictOf(src, report.paths, twoStep.length),
    paths: report.paths,
    barriers: report.excluded,
    two_step: twoStep,
  });
});
