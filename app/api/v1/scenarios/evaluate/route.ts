import { ApiError } from '@/lib/api/errors';
import { nationalOewsRelease } from '@/lib/queries/meta';
import { stateScope } from '@/lib/queries/states';
import { scenarioData, scenarioDataFor } from '@/lib/server/cache';
import { evaluateScenario } from '@/lib/scenarios/evaluate';
import { bodyErrorResponse, parseJson, readBodyLimited } from '../_lib/http';
import { scenarioBody } from '../_lib/schema';
import { round } from '@/lib/round';

export const dynamic = 'force-dynamic';

const r4 = (v: number) => round(v, 4);

/** Evaluates { levels, adoption, tools } for every occupation; missing groups stay at today's 0.5. */
export async function POST(req: Request) {
  try {
    const body = scenarioBody(scenarioData().prep.groups).parse(parseJson(await readBodyLimited(req)));
    const { movers, state, ...scenario } = body;
    const scope = state ? stateScope(state) : null;
    if (state && !scope) throw new ApiError('not_found', `no state ${state.toUpperCase()} in this database`);
    const res = evaluateScenario(scenarioDataFor(scope), scenario, { movers });
    const rounded = (o: (typeof res.occupations)[number]) => ({ ...o, alpha: r4(o.alpha), beta: r4(o.beta), gamma: r4(o.gamma), baseline_beta: r4(o.baseline_beta), change: r4(o.change) });
    return Response.json({
      scenario,
      workforce: scope ? { state: scope.postal, name: scope.name, release: scope.release } : { state: null, name: 'United States', release: nationalOewsRelease() },
      occupations: res.occupations.map(rounded),
      summary: res.summary,
      movers: res.movers.map(rounded),
      ms: round(res.ms, 2),
    });
  } catch (err) {
    return bodyErrorResponse(err);
  }
}
