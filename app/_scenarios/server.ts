/**
 * Server side of the scenarios page: the compact payload (bytes for the browser) and its decoded
 * form (so that the server-rendered figures are exactly those the browser recomputes), built once
 * per database file.
 */
import { derivedBy, type DataContext } from '@/lib/data';
import { stateScope, type StateScope } from '@/lib/queries/states';
import { scenarioData, scenarioDataFor } from '@/lib/scenarios/load';
import { presets, type Scenario } from '@/lib/scenarios/model';
import { baselineSummary, evaluateOutcome, topMovers } from './compute';
import type { InitialView } from './explorer';
import { decodePayload, encodePayload, type ClientScenarioData } from './payload';

const scopeOf = (data: DataContext, postal: string) => (postal === '' ? null : stateScope(postal, data));

const payloads = derivedBy('scenarioPayload', (data, postal): { bytes: Uint8Array; tag: string } => {
  const d = scenarioDataFor(data, scopeOf(data, postal));
  const tag = data.tag;
  const occupations = d.prep.codes.map((code) => ({
    code,
    title: d.titles.get(code) ?? code,
    employment: d.labor.get(code)?.employment ?? 0,
    wage: d.labor.get(code)?.median_annual_wage ?? null,
    baseline: d.baseline.get(code) ?? 0,
  }));
  return { bytes: encodePayload(d.prep, occupations, tag), tag };
});

/** The payload for the nation, or for one state's workforce when `scope` is given. */
export function scenarioPayload(data: DataContext, scope: StateScope | null = null): { bytes: Uint8Array; tag: string } {
  return payloads(data, scope?.postal ?? '');
}

const decoded = derivedBy('scenarioClientData', (data, postal): ClientScenarioData => decodePayload(payloads(data, postal).bytes));

export function clientData(data: DataContext, scope: StateScope | null = null): ClientScenarioData {
  return decoded(data, scope?.postal ?? '');
}

export function scenarioSetup(data: DataContext) {
  const groups = scenarioData(data).prep.groups;
  return { groups, presets: presets(groups) };
}

export function initialView(data: DataContext, a: Scenario, b: Scenario, scope: StateScope | null = null): InitialView {
  const client = clientData(data, scope);
  const oa = evaluateOutcome(client, a);
  const ob = evaluateOutcome(client, b);
  return { a: oa.summary, b: ob.summary, baseline: baselineSummary(client), movers: topMovers(client, oa.beta, ob.beta, 12) };
}
