import { sqlite, stmt, type Sqlite } from './db';

export interface RubricGroupRow {
  group_id: string;
  name: string;
  kind: 'E1' | 'E2' | 'sheltered';
  description: string;
}

export function getRubricGroups(db: Sqlite = sqlite()): RubricGroupRow[] {
  return stmt(db, 'SELECT group_id, name, kind, description FROM rubric_groups ORDER BY position').all() as RubricGroupRow[];
}

export interface TaskWeightRow {
  task_type: string;
  weight: number;
  tasks: number;
  with_importance: number;
}

/** How tasks are weighted inside an occupation, as built (importance when rated, else by type). */
export function getTaskWeights(db: Sqlite = sqlite()): TaskWeightRow[] {
  return stmt(db, 'SELECT task_type, avg(weight) AS weight, count(*) AS tasks, count(importance) AS with_importance FROM tasks GROUP BY task_type ORDER BY weight DESC').all() as TaskWeightRow[];
}

export interface MethodCounts {
  calibrated: number;
  rubric: number;
  labels: number;
}

export function getMethodCounts(db: Sqlite = sqlite()): MethodCounts {
  const m = stmt(db, "SELECT sum(method = 'calibrated') AS calibrated, sum(method = 'rubric') AS rubric FROM task_scores").get() as { calibrated: number | null; rubric: number | null };
  const labels = (stmt(db, 'SELECT count(*) FROM reference_labels').pluck().get() as number) ?? 0;
  return { calibrated: m.calibrated ?? 0, rubric: m.rubric ?? 0, labels };
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
