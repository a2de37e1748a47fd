import { asc, eq } from 'drizzle-orm';
import type { Reader } from '../../db';
import { derived, derivedBy, type DataContext } from '../data/context';
import { stateScope, type StateScope } from './states';
import { occupationLabor, occupations, occupationScores, rubricGroups, tasks, taskScores } from '../../db/schema';
import { fromBlob } from '../score/vectors';
import { prepareTasks, type LaborFigures, type PreparedTasks } from '../scenarios/model';

export interface ScenarioData {
  prep: PreparedTasks;
  labor: Map<string, LaborFigures>;
  titles: Map<string, string>;
  baseline: Map<string, number>;
  /** O*NET task id of each prepared task (same order as prep) */
  taskIds: Int32Array;
}

/** Reads the stored task probabilities and profiles once; evaluation then needs no database. */
export function loadScenarioData(db: Reader): ScenarioData {
  const groups = db.select({ id: rubricGroups.group_id, name: rubricGroups.name, kind: rubricGroups.kind }).from(rubricGroups).orderBy(rubricGroups.position).all();
  const rows = db
    .select({ task_id: taskScores.task_id, onet_soc_code: taskScores.onet_soc_code, weight: tasks.weight, p_e1: taskScores.p_e1, p_e2: taskScores.p_e2, profile: taskScores.profile })
    .from(taskScores)
    .innerJoin(tasks, eq(tasks.task_id, taskScores.task_id))
    .orderBy(asc(taskScores.onet_soc_code), asc(taskScores.task_id))
    .all();
  const prep = prepareTasks(
    rows.map((r) => ({ onet_soc_code: r.onet_soc_code, weight: r.weight, p1: r.p_e1, p2: r.p_e2, profile: fromBlob(r.profile) })),
    groups,
  );
  const labor = new Map(
    db
      .select({ onet_soc_code: occupationLabor.onet_soc_code, employment: occupationLabor.employment, median_annual_wage: occupationLabor.median_annual_wage })
      .from(occupationLabor)
      .all()
      .map((r) => [r.onet_soc_code, { employment: r.employment ?? 0, median_annual_wage: r.median_annual_wage }]),
  );
  const titles = new Map(db.select({ code: occupations.onet_soc_code, title: occupations.title }).from(occupations).all().map((r) => [r.code, r.title]));
  const baseline = new Map(db.select({ code: occupationScores.onet_soc_code, beta: occupationScores.beta }).from(occupationScores).all().map((r) => [r.code, r.beta]));
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

const SCENARIOS = derived('scenarioData', ({ db }) => loadScenarioData(db));
const byState = derivedBy('scenarioDataByState', (data, postal): ScenarioData => {
  const scope = stateScope(postal, data);
  return scope ? withWorkforce(scenarioData(data), scope.labor) : scenarioData(data);
});

/** Task probabilities, attribution profiles and labour figures for scenarios (~200 ms once per file). */
export function scenarioData(data: DataContext): ScenarioData {
  return data.get(SCENARIOS);
}

/** Scenario data weighted by one state's workforce (BLS state release) instead of the nation's. */
export function scenarioDataFor(data: DataContext, scope: StateScope | null): ScenarioData {
  return scope ? byState(data, scope.postal) : scenarioData(data);
}
