/**
 * Personal mode's "skills at risk": the occupation's skill split (split.ts, tied to work through
 * O*NET's tasks → work activities ← skills chain) restricted to the tasks the job seeker ticked. Each
 * skill carries every task of the occupation that does its work, with that task's share (split.ts
 * `all_tasks`); a skill counts for the seeker when at least one of those is ticked, and its exposure is
 * the share-weighted beta of the ticked ones only, with the split's threshold. Knowledge areas are not
 * skills and are left out here (the occupation page lists them). Pure.
 */
import { weightedMean } from '../charts/stats';
import { EXPOSED_BETA, type RatedElement } from './split';

export interface PersonalElement extends RatedElement {
  /** every task that carries the element, with its share of the element's weight */
  tasks: Array<{ task_id: number; weight: number }>;
}

export interface PersonalElementScore extends RatedElement {
  beta: number;
  /** the ticked tasks behind it */
  task_ids: number[];
  at_risk: boolean;
}

export function personalSkills(elements: PersonalElement[], taskBeta: Map<number, number | null>, ticked: (taskId: number) => boolean): PersonalElementScore[] {
  const out: PersonalElementScore[] = [];
  for (const e of elements) {
    if (e.domain !== 'skill') continue;
    const mine = e.tasks
      .map((t) => ({ task_id: t.task_id, value: taskBeta.get(t.task_id) ?? null, weight: t.weight }))
      .filter((t) => ticked(t.task_id) && t.value !== null && t.weight > 0);
    const beta = weightedMean(mine);
    if (beta === null) continue;
    out.push({ element_id: e.element_id, name: e.name, domain: e.domain, importance: e.importance, beta, task_ids: mine.map((t) => t.task_id), at_risk: beta >= EXPOSED_BETA });
  }
  return out.sort((a, b) => b.beta - a.beta || b.importance - a.importance || a.name.localeCompare(b.name));
}
