/**
 * An occupation's skills and knowledge split into "exposed" and "durable" by the exposure of the
 * work that uses them (chain.ts: tasks → work activities ← elements), each with the tasks behind it.
 */
import { elementExposure, TASKS_SHOWN, type ChainTask, type ElementLinks, type ElementTask } from './chain';

/** A skill or knowledge area as one occupation rates it. */
export interface RatedElement {
  element_id: string;
  name: string;
  domain: string;
  /** the occupation's importance rating (1–5) */
  importance: number;
}

export interface SplitElement extends RatedElement {
  level: number | null;
}

export interface ElementVerdict extends SplitElement {
  beta: number;
  verdict: 'exposed' | 'durable';
  /** 'onet': O*NET's skill → work activity links; 'derived': knowledge linked by co-variation across occupations */
  link: 'onet' | 'derived';
  /** the heaviest tasks behind it (TASKS_SHOWN) */
  tasks: ElementTask[];
  /** every task that carries it, with its share (personal mode re-weights over the ticked ones) */
  all_tasks: Array<{ task_id: number; weight: number }>;
}

export interface SkillSplitResult {
  exposed: ElementVerdict[];
  durable: ElementVerdict[];
  /** important elements none of whose work activities appears in the occupation's tasks */
  unlinked: SplitElement[];
}

/** Elements the occupation rates at least this important (1–5) are listed. */
export const LISTED_IMPORTANCE = 3;
/** An element whose work averages at least this beta counts as exposed. */
export const EXPOSED_BETA = 0.5;

export function splitSkills(tasks: ChainTask[], elements: SplitElement[], links: ElementLinks, derived: Set<string>, gwaNames: Map<string, string>): SkillSplitResult {
  const out: ElementVerdict[] = [];
  const unlinked: SplitElement[] = [];
  for (const e of elements) {
    if (e.importance < LISTED_IMPORTANCE) continue;
    const x = elementExposure(tasks, links.get(e.element_id), gwaNames);
    if (!x) {
      unlinked.push(e);
      continue;
    }
    out.push({
      ...e,
      beta: x.beta,
      verdict: x.beta >= EXPOSED_BETA ? 'exposed' : 'durable',
      link: derived.has(e.element_id) ? 'derived' : 'onet',
      tasks: x.tasks.slice(0, TASKS_SHOWN),
      all_tasks: x.tasks.map((t) => ({ task_id: t.task_id, weight: t.weight })),
    });
  }
  const byImportance = (a: ElementVerdict, b: ElementVerdict) => b.importance - a.importance || a.name.localeCompare(b.name);
  return {
    exposed: out.filter((x) => x.verdict === 'exposed').sort((a, b) => b.beta - a.beta || byImportance(a, b)),
    durable: out.filter((x) => x.verdict === 'durable').sort((a, b) => a.beta - b.beta || byImportance(a, b)),
    unlinked: unlinked.sort((a, b) => b.importance - a.importance || a.name.localeCompare(b.name)),
  };
}
