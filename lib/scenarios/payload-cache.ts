/**
 * The scenario payload of the open database, built once per file and scope: the compact bytes the
 * browser fetches (GET /api/v1/scenarios/tasks) and their decoded form, so that figures rendered on
 * the server are exactly those the browser recomputes from the same bytes.
 */
import type { StateScope } from '../queries/states';
import { cached, dataTag, scenarioDataFor } from '../server/cache';
import { decodePayload, encodePayload, type ClientScenarioData } from './payload';

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
