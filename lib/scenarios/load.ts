import type Database from 'better-sqlite3';
import { fromBlob } from '../score/vectors';
import { prepareTasks, type LaborFigures, type PreparedTasks } from './model';

export interface ScenarioData {
  prep: PreparedTasks;
  labor: Map<string, LaborFigures>;
  titles: Map<string, string>;
  baseline: Map<string, number>;
  /** O*NET task id of each prepared task (same order as prep) */
  taskIds: Int32Array;
}

/** Reads the stored task probabilities and profiles once; evaluation then needs no database. */
export function loadScenarioData(sqlite: Database.Database): ScenarioData {
  const groups = sqlite.prepare('SELECT group_id id, name, kind FROM rubric_groups ORDER BY position').all() as Array<{ id: string; name: string; kind: 'E1' | 'E2' | 'sheltered' }>;
  const rows = sqlite
    .prepare('SELECT s.task_id, s.onet_soc_code, t.weight, s.p_e1, s.p_e2, s.profile FROM task_scores s JOIN tasks t USING (task_id) ORDER BY s.onet_soc_code, s.task_id')
    .all() as Array<{ task_id: number; onet_soc_code: string; weight: number; p_e1: number; p_e2: number; profile: Buffer }>;
  const prep = prepareTasks(
    rows.map((r) => ({ onet_soc_code: r.onet_soc_code, weight: r.weight, p1: r.p_e1, p2: r.p_e2, profile: fromBlob(r.profile) })),
    groups,
  );
  const labor = new Map(
    (sqlite.prepare('SELECT onet_soc_code, employment, median_annual_wage FROM occupation_labor').all() as Array<{ onet_soc_code: string; employment: number | null; median_annual_wage: number | null }>).map((r) => [
      r.onet_soc_code,
      { employment: r.employment ?? 0, median_annual_wage: r.median_annual_wage },
    ]),
  );
  const titles = new Map((sqlite.prepare('SELECT onet_soc_code, title FROM occupations').all() as Array<{ onet_soc_code: string; title: string }>).map((r) => [r.onet_soc_code, r.title]));
  const baseline = new Map((sqlite.prepare('SELECT onet_soc_code, beta FROM occupation_scores').all() as Array<{ onet_soc_code: string; beta: number }>).map((r) => [r.onet_soc_code, r.beta]));
  return { prep, labor, titles, baseline, taskIds: Int32Array.from(rows, (r) => r.task_id) };
}

/**
 * The same scenario data with another workforce (e.g. one state's): every figure weighted by
 * employment and wages then describes that workforce; task probabilities and profiles are unchanged.
 * Occupations the workforce lacks count 0 workers.
 */
export function withWorkforce(data: ScenarioData, labor: ReadonlyMap<string, LaborFigures>): ScenarioData {
  return { ...data, labor: new Map(data.prep.codes.map((code) => [code, labor.get(code) ?? { employment: 0, median_annual_wage: null }])) };
}
