/**
 * A scenario evaluated in the browser (or anywhere) from the decoded payload: the same model
 * functions as the API (lib/scenarios/model), plus what the page shows — summary, bands and movers.
 */
import { aggregate, evaluateTasks, summarize, type Scenario, type ScenarioSummary } from '@/lib/scenarios/model';
import type { ClientScenarioData } from '@/lib/scenarios/payload';

export interface Mover {
  code: string;
  title: string;
  beta: number;
  baseline: number;
  change: number;
  employment: number;
}

export interface ScenarioOutcome {
  /** occupation beta under the scenario, in payload order */
  beta: Float64Array;
  summary: ScenarioSummary;
  ms: number;
}

export function evaluateOutcome(data: ClientScenarioData, sc: Scenario): ScenarioOutcome {
  const t0 = performance.now();
  const occ = aggregate(data.prep, evaluateTasks(data.prep, sc));
  const summary = summarize(occ, data.labor);
  return { beta: Float64Array.from(occ, (o) => o.beta), summary, ms: performance.now() - t0 };
}

/** Baseline summary (stored occupation betas), computed once per payload. */
export function baselineSummary(data: ClientScenarioData): ScenarioSummary {
  return summarize(
    data.occupations.map((o) => ({ onet_soc_code: o.code, alpha: 0, beta: o.baseline, gamma: 0 })),
    data.labor,
  );
}

/**
 * Occupations whose beta differs most between two outcomes (b − a), with employment ≥ minEmployment
 * so that tiny occupations do not crowd the list.
 */
export function topMovers(data: ClientScenarioData, a: Float64Array, b: Float64Array, limit = 12, minEmployment = 1000): Mover[] {
  const idx: number[] = [];
  for (let i = 0; i < data.occupations.length; i++) if (data.occupations[i].employment >= minEmployment) idx.push(i);
  idx.sort((i, j) => Math.abs(b[j] - a[j]) - Math.abs(b[i] - a[i]) || data.occupations[i].code.localeCompare(data.occupations[j].code));
  return idx.slice(0, limit).map((i) => {
    const o = data.occupations[i];
    return { code: o.code, title: o.title, beta: b[i], baseline: a[i], change: b[i] - a[i], employment: o.employment };
  });
}
