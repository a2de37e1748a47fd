/**
 * Personal mode's exposure: the occupation's task-weighted beta (the same weighted mean as an
 * occupation's score) over the tasks the job seeker ticked, plus the tasks they added, each added one
 * weighted like an average scored task of the occupation. Pure.
 */
import { weightedMean } from '../charts/stats';

export interface PersonalTask {
  task_id: number;
  beta: number | null;
  weight: number;
}

/** Weighted mean of beta over the ticked tasks (`mine`; null: every task) plus added ones; null when nothing is scored. */
export function personalExposure(tasks: PersonalTask[], mine: Set<number> | null, addedBetas: number[]): number | null {
  const scored = tasks.filter((t): t is PersonalTask & { beta: number } => t.beta !== null && Number.isFinite(t.beta));
  const avgWeight = scored.length ? scored.reduce((s, t) => s + t.weight, 0) / scored.length : 1;
  return weightedMean([
    ...scored.filter((t) => mine === null || mine.has(t.task_id)).map((t) => ({ value: t.beta, weight: t.weight })),
    ...addedBetas.map((b) => ({ value: b, weight: avgWeight })),
  ]);
}
