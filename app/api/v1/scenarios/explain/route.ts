import { z } from 'zod';
import { onetCode } from '@/lib/api/schemas';
import { HttpError, parseQuery, route } from '@/lib/http';
import { taskStatements } from '@/lib/queries/occupation';
import { differencesFromBaseline, explainOccupation } from '@/lib/scenarios/explain';
import { evaluateTasks, presets } from '@/lib/scenarios/model';
import { decodeScenario } from '@/lib/scenarios/url-state';
import { scenarioData } from '@/lib/queries/scenario-data';
import { requestData } from '@/app/_data';
import { round } from '@/lib/round';

export const dynamic = 'force-dynamic';

const query = z.strictObject({
  a: z.string().max(400),
  b: z.string().max(400),
  codes: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(onetCode).min(1, 'give at least one code').max(20, 'at most 20 codes')),
  limit: z.coerce.number().int().min(1).max(10).default(3),
});

const r4 = (v: number) => round(v, 4);

/**
 * GET /api/v1/scenarios/explain?a=<scenario>&b=<scenario>&codes=<O*NET codes>: why each occupation's
 * exposure moves from A to B, by its tasks (the scenarios as in the /scenarios URL: a preset id or
 * the compact level string). Each task's contribution is its weighted share of the change.
 */
export const GET = route((req) => {
  const q = parseQuery(req, query);
  const context = requestData();
  const data = scenarioData(context);
  const groups = data.prep.groups;
  const ps = presets(groups);
  const a = decodeScenario(q.a, groups, ps);
  const b = decodeScenario(q.b, groups, ps);
  if (!a || !b) {
    const field = !a ? 'a' : 'b';
    throw new HttpError('invalid_query', `${field}: not a preset id (${ps.map((p) => p.id).join(', ')}) nor a scenario string like 60*9.70*7_100_1`, { field });
  }
  const unknown = q.codes.filter((code) => !data.titles.has(code));
  if (unknown.length) throw new HttpError('not_found', `codes: no occupation ${unknown.join(', ')} in this database`, { field: 'codes' });
  const ta = evaluateTasks(data.prep, a);
  const tb = evaluateTasks(data.prep, b);
  const moves = q.codes.map((code) => ({ code, ...explainOccupation(data.prep, a, b, ta, tb, code, q.limit) }));
  const ids = [...new Set(moves.flatMap((m) => m.tasks.map((t) => data.taskIds[t.index])))];
  const statements = taskStatements(ids, context);
  return Response.json({
    a: { differences_from_baseline: differencesFromBaseline(a, groups) },
    b: { differences_from_baseline: differencesFromBaseline(b, groups) },
    occupations: moves.map((m) => ({
      onet_soc_code: m.code,
      title: data.titles.get(m.code) ?? null,
      task_count: m.taskCount,
      tasks: m.tasks.map((t) => ({
        task_id: data.taskIds[t.index],
        statement: statements.get(data.taskIds[t.index]) ?? '',
        beta_a: r4(t.beta_a),
        beta_b: r4(t.beta_b),
        contribution: r4(t.contribution),
        group: t.group ? { id: t.group.id, name: t.group.name, kind: t.group.kind } : null,
      })),
    })),
  });
});
