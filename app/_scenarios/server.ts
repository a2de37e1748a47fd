/**
 * Server side of the scenarios page: the groups and presets, and the first view computed from the
 * same decoded payload the browser evaluates (lib/scenarios/payload-cache).
 */
import type { DataContext } from '@/lib/data';
import type { StateScope } from '@/lib/queries/states';
import { scenarioData } from '@/lib/queries/scenario-data';
import { clientData } from '@/lib/scenarios/payload-cache';
import { presets, type Scenario } from '@/lib/scenarios/model';
import { baselineSummary, evaluateOutcome, outcomeMovers } from '@/lib/scenarios/outcome';
import type { InitialView } from './explorer';

export { clientData };

export function scenarioSetup(data: DataContext) {
  const groups = scenarioData(data).prep.groups;
  return { groups, presets: presets(groups) };
}

export function initialView(data: DataContext, a: Scenario, b: Scenario, scope: StateScope | null = null): InitialView {
  const client = clientData(data, scope);
  const oa = evaluateOutcome(client, a);
  const ob = evaluateOutcome(client, b);
  return { a: oa.summary, b: ob.summary, baseline: baselineSummary(client), movers: outcomeMovers(client, oa.beta, ob.beta, 12) };
}
