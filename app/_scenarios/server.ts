/**
 * Server side of the scenarios page: the compact payload (bytes for the browser) and its decoded
 * form (so that the server-rendered figures are exactly those the browser recomputes), built once
 * per database file.
 */
import { cached, dataTag, scenarioData } from '@/lib/server/cache';
import { presets, type Scenario } from '@/lib/scenarios/model';
import { baselineSummary, evaluateOutcome, topMovers } from './compute';
import type { InitialView } from './explorer';
import { decodePayload, encodePayload, type ClientScenarioData } from './payload';

export function scenarioPayload(): { bytes: Uint8Array; tag: string } {
  return cached('scenario-bytes', () => {
    const d = scenarioData();
    const tag = dataTag();
    const occupations = d.prep.codes.map((code) => ({
      code,
      title: d.titles.get(code) ?? code,
      employment: d.labor.get(code)?.employment ?? 0,
      wage: d.labor.get(code)?.median_annual_wage ?? null,
      baseline: d.baseline.get(code) ?? 0,
    }));
    return { bytes: encodePayload(d.prep, occupations, tag), tag };
  });
}

export function clientData(): ClientScenarioData {
  return cached('scenario-client', () => decodePayload(scenarioPayload().bytes));
}

export function scenarioSetup() {
  const groups = scenarioData().prep.groups;
  return { groups, presets: presets(groups) };
}

export function initialView(a: Scenario, b: Scenario): InitialView {
  const data = clientData();
  const oa = evaluateOutcome(data, a);
  const ob = evaluateOutcome(data, b);
  return { a: oa.summary, b: ob.summary, baseline: baselineSummary(data), movers: topMovers(data, oa.beta, ob.beta, 12) };
}
