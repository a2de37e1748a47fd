/**
 * Server side of the scenarios page: the groups and presets, and the first view computed from the
 * same decoded payload the browser evaluates (lib/scenarios/payload-cache).
 */
import type { StateScope } from '@/lib/queries/states';
import { scenarioData } from '@/lib/server/cache';
import { clientData } from '@/lib/scenarios/payload-cache';
import { presets, type Scenario } from '@/lib/scenarios/model';
import { baselineSummary, evaluateOutcome, topMovers } from './compute';
import type { InitialView } from './explorer';

export { clientData };

export function scenarioSetup() {
  const groups = scenarioData().prep.groups;
  return { groups, presets: presets(groups) };
}

export function initialView(a: Scenario, b: Scenario, scope: StateScope | null = null): InitialView {
  const data = clientData(scope);
  const oa = evaluateOutcome(data, a);
  const ob = evaluateOutcome(data, b);
  return { a: oa.summary, b: ob.summary, baseline: baselineSummary(data), movers: topMovers(data, oa.beta, ob.beta, 12) };
}
