import { scenarioData } from '@/lib/server/cache';
import { evaluateScenario } from '@/lib/scenarios/evaluate';
import { bodyErrorResponse, parseJson, readBodyLimited } from '../_lib/http';
import { scenarioBody } from '../_lib/schema';

export const dynamic = 'force-dynamic';

const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** Evaluates { levels, adoption, tools } for every occupation; missing groups stay at today's 0.5. */
export async function POST(req: Request) {
  try {
    const data = scenarioData();
    const body = scenarioBody(data.prep.groups).parse(parseJson(await readBodyLimited(req)));
    const { movers, ...scenario } = body;
    const res = evaluateScenario(data, scenario, { movers });
    const round = (o: (typeof res.occupations)[number]) => ({ ...o, alpha: r4(o.alpha), beta: r4(o.beta), gamma: r4(o.gamma), baseline_beta: r4(o.baseline_beta), change: r4(o.change) });
    return Response.json({
      scenario,
      occupations: res.occupations.map(round),
      summary: res.summary,
      movers: res.movers.map(round),
      ms: Math.round(res.ms * 100) / 100,
    });
  } catch (err) {
    return bodyErrorResponse(err);
  }
}
