import { count, desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { referenceLabels, rubricGroups, tasks, taskScores } from '../../db/schema';
import { derived, type DataContext } from '../data/context';

export type RubricGroupRow = Pick<typeof rubricGroups.$inferSelect, 'group_id' | 'name' | 'kind' | 'description'>;

const RUBRIC = derived('rubricGroups', ({ db }): RubricGroupRow[] =>
  db.select({ group_id: rubricGroups.group_id, name: rubricGroups.name, kind: rubricGroups.kind, description: rubricGroups.description }).from(rubricGroups).orderBy(rubricGroups.position).all(),
);

export function getRubricGroups(data: DataContext): RubricGroupRow[] {
  return data.get(RUBRIC);
}

/** Rows of an aggregate (avg): declared once, checked against the real database by tests/integration/data-types.test.ts. */
export const TASK_WEIGHT_ROW = z.strictObject({ task_type: z.enum(tasks.task_type.enumValues), weight: z.number(), tasks: z.number(), with_importance: z.number() });
export type TaskWeightRow = z.infer<typeof TASK_WEIGHT_ROW>;

const avgWeight = sql<TaskWeightRow['weight']>`avg(${tasks.weight})`;

const WEIGHTS = derived('taskWeights', ({ db }): TaskWeightRow[] =>
  db
    .select({ task_type: tasks.task_type, weight: avgWeight, tasks: count(), with_importance: count(tasks.importance) })
    .from(tasks)
    .groupBy(tasks.task_type)
    .orderBy(desc(avgWeight))
    .all(),
);

/** How tasks are weighted inside an occupation, as built (importance when rated, else by type). */
export function getTaskWeights(data: DataContext): TaskWeightRow[] {
  return data.get(WEIGHTS);
}

export interface MethodCounts {
  calibrated: number;
  rubric: number;
  labels: number;
}

const METHODS = derived('methodCounts', ({ db }): MethodCounts => {
  const byMethod = new Map(db.select({ method: taskScores.method, n: count() }).from(taskScores).groupBy(taskScores.method).all().map((r) => [r.method, r.n]));
  const labels = db.select({ n: count() }).from(referenceLabels).get()?.n ?? 0;
  return { calibrated: byMethod.get('calibrated') ?? 0, rubric: byMethod.get('rubric') ?? 0, labels };
});

export function getMethodCounts(data: DataContext): MethodCounts {
  return data.get(METHODS);
}

/**
 * The task weighting of this build in words, from what the pipeline recorded: O*NET importance
 * where Task Ratings were present, else the weight by task type (Core 1, Supplemental 0.5, untyped 0.75).
 */
export function weightRule(rows: Array<Pick<TaskWeightRow, 'task_type' | 'weight' | 'with_importance'>>): string {
  const rated = rows.reduce((s, r) => s + r.with_importance, 0);
  const byType = (t: string) => rows.find((r) => r.task_type === t)?.weight;
  const fmt = (v: number | undefined) => (v === undefined ? '—' : String(Math.round(v * 100) / 100));
  const types = `Core ${fmt(byType('Core'))}, Supplemental ${fmt(byType('Supplemental'))}, untyped ${fmt(byType('n/a'))}`;
  if (rated === 0) return `no O*NET Task Ratings in this build, so tasks are weighted by type: ${types}`;
  return `tasks weighted by their O*NET importance rating (1–5); unrated tasks by type, scaled to mid-importance`;
}
