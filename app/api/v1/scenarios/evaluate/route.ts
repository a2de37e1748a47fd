import { scenarioBody } from '@/lib/api/scenario-body';
import { found, readJson, route } from '@/lib/http';
import { nationalOewsRelease } from '@/lib/queries/meta';
import { stateScope } from '@/lib/queries/states';
import { evaluateScenario } from '@/lib/scenarios/evaluate';
import { scenarioData, scenarioDataFor } from '@/lib/queries/scenario-data';
import { requestData } from '@/app/_data';
import { round } from '@/lib/round';

export const dynamic = 'force-dynamic';

/** A scenario is a few hundred bytes; 64 KB leaves room for every group spelled out, and no more. */
export const MAX_BODY_BYTES = 64 * 1024;

const r4 = (v: number) => round(v, 4);

/** Evaluates { preset?, levels, adoption, tools } for every occupation; missing groups stay at the preset's level (today's 0.5 without one). */
export const POST = route(async (req) => {
  const data = requestData();
  const body = await readJson(req, scenarioBody(scenarioData(data).prep.groups), { limit: MAX_BODY_BYTES, example: '{"preset":"agents"} or {"levels":{},"adoption":1,"tools":true}' });
  const { movers, state, preset, ...scenario } = body;
  const scope = state ? found(stateScope(state, data), `state: no state ${state.toUpperCase()} in this database`, 'state') : null;
  const res = evaluateScenario(scenarioDataFor(data, scope), scenario, { movers });
  const rounded = (o: (typeof res.occupations)[number]) => ({ ...o, alpha: r4(o.alpha), beta: r4(o.beta), gamma: r4(o.gamma), baseline_beta: r4(o.baseline_beta), change: r4(o.change) });
  return Response.json({
    preset: preset ?? null,
    scenario,
    workforce: scope ? { state: scope.postal, name: scope.name, release: scope.release } : { state: null, name: 'United States', release: nationalOewsRelease(data) },
    occupations: res.occupations.map(rounded),
    summary: res.summary,
    movers: res.movers.map(rounded),
    ms: round(res.ms, 2),
  });
});
