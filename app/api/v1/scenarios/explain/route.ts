import { z } from 'zod';
import { decodeScenario } from '@/lib/scenarios/url-state';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { onetCode, paramsObject } from '@/lib/api/schemas';
import { sqlite } from '@/lib/queries/db';
import { differencesFromBaseline, explainOccupation } from '@/lib/scenarios/explain';
import { evaluateTasks, presets } from '@/lib/scenarios/model';
import { scenarioData } from '@/lib/server/cache';
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
export function GET(req: Request) {
  try {
    const q = query.safeParse(paramsObject(new URL(req.url).searchParams));
    if (!q.success) throw new ApiError('invalid_query', q.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '));
    const data = scenarioData();
    const groups = data.prep.groups;
    const ps = presets(groups);
    const a = decodeScenario(q.data.a, groups, ps);
    const b = decodeScenario(q.data.b, groups, ps);
    if (!a || !b) throw new ApiError('invalid_query', `${!a ? 'a' : 'b'}: not a preset id (${ps.map((p) => p.id).join(', ')}) nor a scenario string like 60*9.70*7_100_1`);
    const ta = evaluateTasks(data.prep, a);
    const tb = evaluateTasks(data.prep, b);
    const moves = q.data.codes.map((code) => ({ code, ...explainOccupation(data.prep, a, b, ta, tb, code, q.data.limit) }));
    const ids = [...new Set(moves.flatMap((m) => m.tasks.map((t) => data.taskIds[t.index])))];
    const statements = new Map<number, string>();
    if (ids.length) {
      const rows = sqlite().prepare(`SELECT task_id, statement FROM tasks WHERE task_id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Array<{ task_id: number; statement: string }>;
      for (const r of rows) statements.set(r.task_id, r.statement);
    }
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
  } catch (err) {
    return errorResponse(err);
  }
}
