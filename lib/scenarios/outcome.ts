/**
 * A scenario evaluated in the browser (or anywhere) from the decoded payload (payload.ts): the same
 * model functions as the API (model.ts), plus what the page shows — summary, bands and movers. Pure.
 */
import { aggregate, evaluateTasks, summarize, type Scenario, type ScenarioSummary } from './model';
import { topMovers } from './movers';
import type { ClientScenarioData } from './payload';

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

/** Workers in occupations at least `from` exposed (beta), from a summary's bands. */
export function workersFrom(s: ScenarioSummary, from = 0.5): number {
  return s.workers_by_band.filter((b) => b.from >= from - 1e-9).reduce((t, b) => t + b.workers, 0);
}

/** Baseline summary (stored occupation betas), computed once per payload. */
export function baselineSummary(data: ClientScenarioData): ScenarioSummary {
  return summarize(
    data.occupations.map((o) => ({ onet_soc_code: o.code, alpha: 0, beta: o.baseline, gamma: 0 })),
    data.labor,
  );
}

/** Occupations whose beta differs most between two outcomes (b − a): movers.ts's rule, as the API applies it. */
export function outcomeMovers(data: ClientScenarioData, a: Float64Array, b: Float64Array, limit = 12): Mover[] {
  const all = data.occupations.map((o, i) => ({ code: o.code, title: o.title, beta: b[i], baseline: a[i], change: b[i] - a[i], employment: o.employment }));
  return topMovers(all, (m) => m, limit);
}
