/**
 * The biggest movers (lib/scenarios/movers.ts) and the page's outcomes (lib/scenarios/outcome.ts): one
 * rule for the API and the browser, and the browser's evaluation of the decoded payload agrees with
 * the API's (evaluate.ts) on the same tasks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '@/lib/scenarios/evaluate';
import type { ScenarioData } from '@/lib/queries/scenario-data';
import { prepareTasks } from '@/lib/scenarios/model';
import { MOVER_MIN_EMPLOYMENT, topMovers } from '@/lib/scenarios/movers';
import { baselineSummary, evaluateOutcome, outcomeMovers, workersFrom } from '@/lib/scenarios/outcome';
import { decodePayload, encodePayload } from '@/lib/scenarios/payload';
import { GROUPS, syntheticTasks } from './synthetic';

const row = (code: string, change: number, employment: number) => ({ code, change, employment });

describe('topMovers', () => {
  it('largest |change| first, ties by code, small occupations left out, at most `limit`', () => {
    const rows = [row('b', 0.2, 5000), row('a', -0.2, 5000), row('c', 0.5, MOVER_MIN_EMPLOYMENT - 1), row('d', 0.01, MOVER_MIN_EMPLOYMENT), row('e', -0.3, 2000)];
    expect(topMovers(rows, (r) => r, 3).map((r) => r.code)).toEqual(['e', 'a', 'b']);
    expect(topMovers(rows, (r) => r, 10).map((r) => r.code)).toEqual(['e', 'a', 'b', 'd']);
    expect(topMovers(rows, (r) => r, 10, 0)[0].code).toBe('c');
  });

  it('every listed mover moves at least as much as every eligible one left out', () => {
    const rows = fc.array(fc.record({ code: fc.string({ maxLength: 4 }), change: fc.double({ min: -1, max: 1, noNaN: true }), employment: fc.integer({ min: 0, max: 5000 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 10 }), (rs, limit) => {
        const top = topMovers(rs, (r) => r, limit);
        const eligible = rs.filter((r) => r.employment >= MOVER_MIN_EMPLOYMENT);
        const floor = Math.min(...top.map((r) => Math.abs(r.change)));
        return top.length === Math.min(limit, eligible.length) && eligible.filter((r) => !top.includes(r)).every((r) => Math.abs(r.change) <= floor);
      }),
    );
  });
});

describe('the browser’s outcome of a scenario', () => {
  const tasks = syntheticTasks(30, 5, 3);
  const prep = prepareTasks(tasks, GROUPS);
  const employment = (i: number) => (i === 2 ? 500 : 3000 * (i + 1));
  const occupations = prep.codes.map((code, i) => ({ code, title: `Occ ${i}`, employment: employment(i), wage: 40000 + 1000 * i, baseline: 0.25 + 0.05 * i }));
  const client = decodePayload(encodePayload(prep, occupations, 't'));
  const server: ScenarioData = {
    prep,
    taskIds: Int32Array.from(tasks, (_, i) => i + 1),
    titles: new Map(occupations.map((o) => [o.code, o.title])),
    labor: new Map(occupations.map((o) => [o.code, { employment: o.employment, median_annual_wage: o.wage }])),
    baseline: new Map(occupations.map((o) => [o.code, o.baseline])),
  };
  const today = { levels: {}, adoption: 1, tools: true };
  const agents = { levels: { a: 0.9, c: 0.9 }, adoption: 0.8, tools: true };

  it('agrees with the API’s evaluation (within the payload’s quantisation) and lists the same movers', () => {
    const a = evaluateOutcome(client, today);
    const b = evaluateOutcome(client, agents);
    const api = evaluateScenario(server, agents, { movers: 12 });
    expect(b.summary.share_of_work_exposed).toBeCloseTo(api.summary.share_of_work_exposed, 3);
    const page = outcomeMovers(client, Float64Array.from(client.occupations, (o) => o.baseline), b.beta);
    expect(page.map((m) => m.code)).toEqual(api.movers.map((m) => m.onet_soc_code));
    expect(page.some((m) => m.employment < MOVER_MIN_EMPLOYMENT)).toBe(false);
    expect(a.beta.length).toBe(prep.codes.length);
  });

  it('the baseline summary is the stored betas, employment-weighted; workersFrom counts the workers in the bands from a beta', () => {
    const s = baselineSummary(client);
    expect(workersFrom(s, 0)).toBeCloseTo(s.workers_covered, 6);
    expect(workersFrom(s, 0.5)).toBe(occupations.filter((o) => o.baseline >= 0.5).reduce((t, o) => t + o.employment, 0));
    const w = occupations.reduce((acc, o) => acc + o.employment, 0);
    expect(s.share_of_work_exposed).toBeCloseTo(occupations.reduce((acc, o) => acc + o.employment * o.baseline, 0) / w, 9);
  });
});
