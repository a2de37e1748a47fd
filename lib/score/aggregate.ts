/**
 * From task scores to occupations and skills.
 * Occupation = weighted mean of its tasks (weight = O*NET importance when Task Ratings exist, else
 * Core 1, Supplemental 0.5, untyped 0.75). Percentiles are among all workers (employment-weighted).
 * Skill/knowledge = mean exposure of the occupations rating it, weighted by employment × importance
 * above the scale's midpoint (IM − 2.5 on 1–5): work where the element barely matters does not dilute it.
 */
import type { Exposure } from './exposure';

export interface TaskScore extends Exposure {
  task_id: number;
  onet_soc_code: string;
  weight: number;
  rubric_beta: number;
  spread: number;
}

export interface OccupationScore extends Exposure {
  onet_soc_code: string;
  rubric_beta: number;
  task_count: number;
  share_tasks_exposed: number;
  uncertainty: number;
  percentile: number | null;
}

/** Task beta at or above this counts the task as exposed (half its time saved in expectation). */
export const EXPOSED_TASK_BETA = 0.5;

export function aggregateOccupations(tasks: TaskScore[], employment: Map<string, number | null>): OccupationScore[] {
  const by = new Map<string, TaskScore[]>();
  for (const t of tasks) {
    const l = by.get(t.onet_soc_code) ?? [];
    l.push(t);
    by.set(t.onet_soc_code, l);
  }
  const out: OccupationScore[] = [];
  for (const [code, ts] of [...by].sort((a, b) => a[0].localeCompare(b[0]))) {
    const W = ts.reduce((s, t) => s + t.weight, 0);
    const wm = (f: (t: TaskScore) => number) => ts.reduce((s, t) => s + t.weight * f(t), 0) / W;
    const beta = wm((t) => t.beta);
    // Standard error of the weighted mean, from each task's evidence spread.
    const se = Math.sqrt(ts.reduce((s, t) => s + (t.weight / W) ** 2 * t.spread ** 2, 0));
    out.push({
      onet_soc_code: code,
      alpha: wm((t) => t.alpha),
      beta,
      gamma: wm((t) => t.gamma),
      rubric_beta: wm((t) => t.rubric_beta),
      task_count: ts.length,
      share_tasks_exposed: wm((t) => (t.beta >= EXPOSED_TASK_BETA ? 1 : 0)),
      uncertainty: se,
      percentile: null,
    });
  }
  // Percentile among workers: share of employment in occupations with a lower beta (plus half of ties).
  const withEmp = out.filter((o) => (employment.get(o.onet_soc_code) ?? 0) > 0);
  const total = withEmp.reduce((s, o) => s + employment.get(o.onet_soc_code)!, 0);
  const sorted = [...withEmp].sort((a, b) => a.beta - b.beta);
  let below = 0;
  const pct = new Map<string, number>();
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let tie = 0;
    while (j < sorted.length && sorted[j].beta === sorted[i].beta) tie += employment.get(sorted[j++].onet_soc_code)!;
    for (let k = i; k < j; k++) pct.set(sorted[k].onet_soc_code, (100 * (below + tie / 2)) / total);
    below += tie;
    i = j;
  }
  // Occupations without employment get the percentile their beta would have among workers.
  for (const o of out) {
    if (pct.has(o.onet_soc_code)) o.percentile = pct.get(o.onet_soc_code)!;
    else if (total > 0) {
      let b = 0;
      for (const s of sorted) {
        const emp = employment.get(s.onet_soc_code)!;
        if (s.beta < o.beta) b += emp;
        else if (s.beta === o.beta) b += emp / 2;
      }
      o.percentile = (100 * b) / total;
    }
  }
  return out;
}

export interface ElementScore extends Exposure {
  element_id: string;
  employment: number;
  occupations: number;
}

/** Importance at or above this (1–5 scale) counts an occupation as relying on the element. */
export const RELIES_ON_IMPORTANCE = 3;
/** Importance at or below this (the 1–5 scale's midpoint) gives an occupation no weight in an element's exposure. */
export const IMPORTANCE_FLOOR = 2.5;

export function aggregateElements(
  ratings: Array<{ onet_soc_code: string; element_id: string; importance: number }>,
  occ: OccupationScore[],
  employment: Map<string, number | null>,
): ElementScore[] {
  const scores = new Map(occ.map((o) => [o.onet_soc_code, o]));
  const acc = new Map<string, { w: number; a: number; b: number; g: number; emp: number; n: number }>();
  for (const r of ratings) {
    const o = scores.get(r.onet_soc_code);
    const emp = employment.get(r.onet_soc_code) ?? 0;
    if (!o || emp <= 0) continue;
    const w = Math.max(0, r.importance - IMPORTANCE_FLOOR) * emp;
    const e = acc.get(r.element_id) ?? { w: 0, a: 0, b: 0, g: 0, emp: 0, n: 0 };
    e.w += w;
    e.a += w * o.alpha;
    e.b += w * o.beta;
    e.g += w * o.gamma;
    if (r.importance >= RELIES_ON_IMPORTANCE) {
      e.emp += emp;
      e.n += 1;
    }
    acc.set(r.element_id, e);
  }
  return [...acc]
    .filter(([, e]) => e.w > 0)
    .map(([element_id, e]) => ({ element_id, alpha: e.a / e.w, beta: e.b / e.w, gamma: e.g / e.w, employment: e.emp, occupations: e.n }))
    .sort((a, b) => a.element_id.localeCompare(b.element_id));
}
