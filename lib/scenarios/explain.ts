/**
 * Why an occupation moves between two scenarios, by its tasks: each task's share of the change in
 * the occupation's beta (its weight × its own change), and the capability group whose level change
 * drives it (the group the task's exposure is attributed to, weighted by how much that group's level
 * differs between the scenarios). The contributions of all tasks add up to the occupation's change.
 */
import { effective, TODAY_LEVEL, type PreparedTasks, type Scenario, type ScenarioGroup, type TaskExposure } from './model';

export interface TaskMove {
  /** index of the task in the prepared arrays */
  index: number;
  beta_a: number;
  beta_b: number;
  /** this task's part of the occupation's change in beta (b − a) */
  contribution: number;
  /** the capability group whose level change drives it; null when only adoption or tools differ */
  group: ScenarioGroup | null;
}

export interface OccupationMove {
  /** the tasks with the largest contributions, largest first */
  tasks: TaskMove[];
  /** how many tasks the occupation has (the change is spread over all of them) */
  taskCount: number;
}

export function explainOccupation(prep: PreparedTasks, a: Scenario, b: Scenario, ta: TaskExposure, tb: TaskExposure, code: string, limit = 3): OccupationMove {
  const o = prep.codes.indexOf(code);
  if (o < 0) return { tasks: [], taskCount: 0 };
  const G = prep.groups.length;
  const rel = (sc: Scenario, g: ScenarioGroup) => (sc.levels[g.id] ?? TODAY_LEVEL) / TODAY_LEVEL - 1;
  let W = 0;
  const idx: number[] = [];
  for (let i = 0; i < prep.n; i++) {
    if (prep.occ[i] !== o) continue;
    W += prep.weight[i];
    idx.push(i);
  }
  if (W === 0) return { tasks: [], taskCount: idx.length };
  const tasks = idx
    .map((i) => {
      let best = -1;
      let bestV = 0;
      for (let g = 0; g < G; g++) {
        // E2 groups matter only where tools count in at least one of the two scenarios.
        if (prep.groups[g].kind === 'E2' && !a.tools && !b.tools) continue;
        // The group's change as the model applies it to this task (a rise above today's only as far as the task's reach).
        const grp = prep.groups[g];
        const change = Math.abs(effective(rel(b, grp), prep.reach[i]) - effective(rel(a, grp), prep.reach[i]));
        const v = prep.attribution[i * G + g] * change * (grp.kind === 'E1' ? prep.p1[i] : prep.p2[i]);
        if (v > bestV) {
          bestV = v;
          best = g;
        }
      }
      return { index: i, beta_a: ta.beta[i], beta_b: tb.beta[i], contribution: (prep.weight[i] / W) * (tb.beta[i] - ta.beta[i]), group: best >= 0 ? prep.groups[best] : null };
    })
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || x.index - y.index)
    .slice(0, limit);
  return { tasks, taskCount: idx.length };
}

/** What a scenario assumes that the baseline (today's capability, full adoption, LLM software counted) does not, in words. */
export function differencesFromBaseline(sc: Scenario, groups: ScenarioGroup[]): string[] {
  const out: string[] = [];
  const up = groups.filter((g) => (sc.levels[g.id] ?? TODAY_LEVEL) > TODAY_LEVEL + 1e-9).length;
  const down = groups.filter((g) => (sc.levels[g.id] ?? TODAY_LEVEL) < TODAY_LEVEL - 1e-9).length;
  if (!sc.tools) out.push('work that needs LLM software is not counted');
  if (up) out.push(`capability above today in ${up} of ${groups.length} groups`);
  if (down) out.push(`capability below today in ${down} of ${groups.length} groups`);
  if (sc.adoption < 1) out.push(`only ${Math.round(sc.adoption * 100)}% of exposed work adopted`);
  return out;
}
