import { ApiError } from '@/lib/api/errors';
import { nationalOewsRelease } from '@/lib/queries/meta';
import { stateScope } from '@/lib/queries/states';
import { scenarioData, scenarioDataFor } from '@/lib/scenarios/load';
import { evaluateScenario } from '@/lib/scenarios/evaluate';
import { bodyErrorResponse, parseJson, readBodyLimited } from '../_lib/http';
import { scenarioBody } from '../_lib/schema';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** Evaluates { levels, adoption, tools } for every occupation; missing groups stay at today's 0.5. */
export async function POST(req: Request) {
  try {
    const data = requestData();
    const body = scenarioBody(scenarioData(data).prep.groups).parse(parseJson(await readBodyLimited(req)));
    const { movers, state, ...scenario } = body;
    const scope = state ? stateScope(state, data) : null;
    if (state && !scope) throw new ApiError('not_found', `no state ${state.toUpperCase()} in this database`);
    const res = evaluateScenario(scenarioDataFor(data, scope), scenario, { movers });
    const round = (o: (typeof res.occupations)[number]) => ({ ...o, alpha: r4(o.alpha), beta: r4(o.beta), gamma: r4(o.gamma), baseline_beta: r4(o.baseline_beta), change: r4(o.change) });
    return Response.json({
      scenario,
      workforce: scope ? { state: scope.postal, name: scope.name, release: scope.release } : { state: null, name: 'United States', release: nationalOewsRelease(data) },
      occupations: res.occupations.map(round),
      summary: res.summary,
      movers: res.movers.map(round),
      ms: Math.round(res.ms * 100) / 100,
    });
  } catch (err) {
    return bodyErrorResponse(err);
  }
}
