import { aggregate, evaluateTasks, summarize, type Scenario, type ScenarioSummary } from './model';
import type { ScenarioData } from '../queries/scenario-data';
import { topMovers } from './movers';
import type { Exposure } from '../score/exposure';

export interface ScenarioOccupation extends Exposure {
  onet_soc_code: string;
  title: string;
  baseline_beta: number;
  change: number;
  employment: number;
}

export interface ScenarioResult {
  occupations: ScenarioOccupation[];
  summary: ScenarioSummary & { baseline_share_of_work_exposed: number };
  movers: ScenarioOccupation[];
  ms: number;
}

const baselineShare = new WeakMap<ScenarioData, number>();

/** Evaluates a scenario for every occupation, with the summary and the biggest movers vs baseline. */
export function evaluateScenario(data: ScenarioData, sc: Scenario, opts: { movers?: number } = {}): ScenarioResult {
  const t0 = performance.now();
  const occ = aggregate(data.prep, evaluateTasks(data.prep, sc));
  const occupations = occ.map((o) => {
    const base = data.baseline.get(o.onet_soc_code) ?? 0;
    return {
      onet_soc_code: o.onet_soc_code,
      title: data.titles.get(o.onet_soc_code) ?? o.onet_soc_code,
      alpha: o.alpha,
      beta: o.beta,
      gamma: o.gamma,
      baseline_beta: base,
      change: o.beta - base,
      employment: data.labor.get(o.onet_soc_code)?.employment ?? 0,
    };
  });
  const summary = summarize(occ, data.labor);
  let baseShare = baselineShare.get(data);
  if (baseShare === undefined) {
    baseShare = summarize(
      occ.map((o) => ({ ...o, beta: data.baseline.get(o.onet_soc_code) ?? 0 })),
      data.labor,
    ).share_of_work_exposed;
    baselineShare.set(data, baseShare);
  }
  const movers = topMovers(occupations, (o) => ({ code: o.onet_soc_code, change: o.change, employment: o.employment }), opts.movers ?? 15);
  return { occupations, summary: { ...summary, baseline_share_of_work_exposed: baseShare }, movers, ms: performance.now() - t0 };
}
