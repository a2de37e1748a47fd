/**
 * Personal mode's "skills at risk": the occupation's skill split (lib/skills/split, tied to work
 * through O*NET's tasks → work activities ← skills chain) restricted to the tasks the job seeker
 * ticked. Each skill carries every task of the occupation that does its work, with that task's share
 * (computed on the server); a skill counts for the seeker when at least one of those is ticked, and its
 * exposure is the share-weighted beta of the ticked ones only. Knowledge areas are not skills and are
 * left out here (the occupation page lists them).
 */
import { EXPOSED_BETA } from '@/lib/skills/split';

export interface PersonalElement {
  element_id: string;
  name: string;
  domain: string;
  importance: number;
  /** every task that carries the element, with its share of the element's weight */
  tasks: Array<{ task_id: number; weight: number }>;
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
    if (e.domain !== 'skill') continue;
    let num = 0;
    let den = 0;
    const ids: number[] = [];
    for (const t of e.tasks) {
      const b = taskBeta.get(t.task_id);
      if (!ticked(t.task_id) || b === null || b === undefined || !(t.weight > 0)) continue;
      num += t.weight * b;
      den += t.weight;
      ids.push(t.task_id);
    }
    if (den === 0) continue;
    const beta = num / den;
    out.push({ element_id: e.element_id, name: e.name, domain: e.domain, importance: e.importance, beta, task_ids: ids, at_risk: beta >= EXPOSED_BETA });
  }
  return out.sort((a, b) => b.beta - a.beta || b.importance - a.importance || a.name.localeCompare(b.name));
}
