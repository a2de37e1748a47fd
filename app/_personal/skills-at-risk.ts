/**
 * Personal mode's "skills at risk": the occupation's skill split (lib/skills/split) restricted to the
 * tasks the job seeker ticked. Each element keeps its three most similar tasks among ALL the
 * occupation's tasks (computed on the server); an element counts for the seeker when at least one of
 * those is ticked, and its exposure is the similarity-weighted beta of the ticked ones only.
 */
import { EXPOSED_BETA } from '@/lib/skills/split';

export interface PersonalElement {
  element_id: string;
  name: string;
  domain: string;
  importance: number;
  /** the element's top tasks among all the occupation's tasks */
  tasks: Array<{ task_id: number; similarity: number }>;
}

export interface PersonalElementScore {
  element_id: string;
  name: string;
  domain: string;
  importance: number;
  beta: number;
  /** the ticked tasks behind it */
  task_ids: number[];
  at_risk: boolean;
}

export function personalSkills(
  elements: PersonalElement[],
  taskBeta: Map<number, number | null>,
  ticked: (taskId: number) => boolean,
): PersonalElementScore[] {
  const out: PersonalElementScore[] = [];
  for (const e of elements) {
    let num = 0;
    let den = 0;
    const ids: number[] = [];
    for (const t of e.tasks) {
      const b = taskBeta.get(t.task_id);
      if (!ticked(t.task_id) || b === null || b === undefined) continue;
      // Same weighting as splitSkills: similarity floored at 0, plus a hair so all-zero still averages.
      const w = Math.max(t.similarity, 0) + 1e-6;
      num += w * b;
      den += w;
      ids.push(t.task_id);
    }
    if (den === 0) continue;
    const beta = num / den;
    out.push({ element_id: e.element_id, name: e.name, domain: e.domain, importance: e.importance, beta, task_ids: ids, at_risk: beta >= EXPOSED_BETA });
  }
  return out.sort((a, b) => b.beta - a.beta || b.importance - a.importance || a.name.localeCompare(b.name));
}
