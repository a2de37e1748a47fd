/**
 * An occupation's skills and knowledge split into "exposed" and "durable", each with the tasks behind
 * it: the occupation's tasks most similar to the element's description (embedding cosine). The
 * element's exposure in this occupation is the similarity-weighted beta of those tasks.
 */
import { cosine } from '../score/vectors';

export const TASKS_PER_ELEMENT = 3;
/** Elements the occupation rates at least this important (1–5) are listed. */
export const LISTED_IMPORTANCE = 3;
/** An element whose tasks average at least this beta counts as exposed. */
export const EXPOSED_BETA = 0.5;

export interface SplitTask {
  task_id: number;
  statement: string;
  beta: number;
  vec: Float32Array;
}

export interface SplitElement {
  element_id: string;
  name: string;
  domain: string;
  importance: number;
  level: number | null;
  vec: Float32Array;
}

export interface ElementVerdict {
  element_id: string;
  name: string;
  domain: string;
  importance: number;
  level: number | null;
  beta: number;
  verdict: 'exposed' | 'durable';
  tasks: Array<{ task_id: number; statement: string; beta: number; similarity: number }>;
}

export function splitSkills(tasks: SplitTask[], elements: SplitElement[]): { exposed: ElementVerdict[]; durable: ElementVerdict[] } {
  const out: ElementVerdict[] = [];
  for (const e of elements) {
    if (e.importance < LISTED_IMPORTANCE || tasks.length === 0) continue;
    const ranked = tasks
      .map((t) => ({ t, s: cosine(t.vec, e.vec) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, TASKS_PER_ELEMENT);
    const ws = ranked.map((r) => Math.max(r.s, 0) + 1e-6);
    const W = ws.reduce((a, b) => a + b, 0);
    const beta = ranked.reduce((s, r, i) => s + (ws[i] / W) * r.t.beta, 0);
    out.push({
      element_id: e.element_id,
      name: e.name,
      domain: e.domain,
      importance: e.importance,
      level: e.level,
      beta,
      verdict: beta >= EXPOSED_BETA ? 'exposed' : 'durable',
      tasks: ranked.map((r) => ({ task_id: r.t.task_id, statement: r.t.statement, beta: r.t.beta, similarity: Math.round(r.s * 1000) / 1000 })),
    });
  }
  const byImportance = (a: ElementVerdict, b: ElementVerdict) => b.importance - a.importance || a.name.localeCompare(b.name);
  return { exposed: out.filter((x) => x.verdict === 'exposed').sort((a, b) => b.beta - a.beta || byImportance(a, b)), durable: out.filter((x) => x.verdict === 'durable').sort((a, b) => a.beta - b.beta || byImportance(a, b)) };
}
