/**
 * Server side of the scenarios page: the compact payload (bytes for the browser) and its decoded
 * form (so that the server-rendered figures are exactly those the browser recomputes), built once
 * per database file.
 */
import type { StateScope } from '@/lib/queries/states';
import { cached, dataTag, scenarioData, scenarioDataFor } from '@/lib/server/cache';
import { presets, type Scenario } from '@/lib/scenarios/model';
import { baselineSummary, evaluateOutcome, outcomeMovers } from '@/lib/scenarios/outcome';
import type { InitialView } from './explorer';
import { decodePayload, encodePayload, type ClientScenarioData } from '@/lib/scenarios/payload';

/** The payload for the nation, or for one state's workforce when `scope` is given. */
export function scenarioPayload(scope: StateScope | null = null): { bytes: Uint8Array; tag: string } {
  return cached(`scenario-bytes:${scope?.postal ?? 'US'}`, () => {
    const d = scenarioDataFor(scope);
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

export function clientData(scope: StateScope | null = null): ClientScenarioData {
  return cached(`scenario-client:${scope?.postal ?? 'US'}`, () => decodePayload(scenarioPayload(scope).bytes));
}

export function scenarioSetup() {
  const groups = scenarioData().prep.groups;
  return { groups, presets: presets(groups) };
}

export function initialView(a: Scenario, b: Scenario, scope: StateScope | null = null): InitialView {
  const data = clientData(scope);
  const oa = evaluateOutcome(data, a);
  const ob = evaluateOutcome(data, b);
  return { a: oa.summary, b: ob.summary, baseline: baselineSummary(data), movers: outcomeMovers(data, oa.beta, ob.beta, 12) };
}
