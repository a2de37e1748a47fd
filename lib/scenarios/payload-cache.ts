/**
 * The scenario payload of a data context, built once per file and scope: the compact bytes the
 * browser fetches (GET /api/v1/scenarios/tasks) and their decoded form, so that figures rendered on
 * the server are exactly those the browser recomputes from the same bytes.
 */
import { derivedBy, type DataContext } from '../data';
import { stateScope, type StateScope } from '../queries/states';
import { scenarioDataFor } from '../queries/scenario-data';
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
