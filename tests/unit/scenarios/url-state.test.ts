import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenario, decodeState, encodeScenario, encodeState, roundScenario } from '@/lib/scenarios/url-state';
import { presets, type ScenarioGroup } from '@/lib/scenarios/model';

const groups: ScenarioGroup[] = [
  ...['writing', 'editing', 'summarising', 'translating', 'coding', 'teaching_material', 'advice', 'planning', 'classifying'].map((id) => ({ id, name: id, kind: 'E1' as const })),
  ...['data_analysis', 'research', 'customer_communication', 'scheduling', 'record_keeping', 'design', 'monitoring_digital'].map((id) => ({ id, name: id, kind: 'E2' as const })),
];
const ps = presets(groups);
const pctArb = fc.integer({ min: 0, max: 100 }).map((v) => v / 100);
const arbScenario = fc.record({
  levels: fc.tuple(...groups.map(() => pctArb)).map((vs) => Object.fromEntries(groups.map((g, i) => [g.id, vs[i]]))),
  adoption: pctArb,
  tools: fc.boolean(),
});

describe('scenario URL state', () => {
  it('round-trips any scenario in whole percent (fast-check)', () => {
    fc.assert(
      fc.property(arbScenario, fc.boolean(), (sc, withPresets) => {
        const p = withPresets ? ps : [];
        expect(decodeScenario(encodeScenario(sc, groups, p), groups, p)).toEqual(roundScenario(sc, groups));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips the pair of scenarios through a query string', () => {
    fc.assert(
      fc.property(arbScenario, arbScenario, (a, b) => {
        const q = new URLSearchParams(encodeState({ a, b }, groups, ps));
        expect(decodeState({ a: q.get('a'), b: q.get('b') }, groups, ps)).toEqual({ a: roundScenario(a, groups), b: roundScenario(b, groups) });
      }),
    );
  });

  it('writes presets by id and runs compactly', () => {
    expect(encodeScenario(ps[0], groups, ps)).toBe('today');
    const sc = { levels: Object.fromEntries(groups.map((g) => [g.id, g.kind === 'E1' ? 0.6 : 0.72])), adoption: 0.4, tools: false };
    expect(encodeScenario(sc, groups, ps)).toBe('60*9.72*7_40_0');
    expect(new URLSearchParams({ a: '60*9.72*7_40_0' }).toString()).toBe('a=60*9.72*7_40_0');
  });

  it.each(['', 'nope', '50*15_100_1', '50*17_100_1', '101*16_100_1', '50*16_101_1', '50*16_100_2', '50*16_100', '50**16_100_1', '-1*16_1_1', '50*0.50*16_1_1'])('rejects %j', (s) => {
    expect(decodeScenario(s, groups, ps)).toBeNull();
  });

  it('falls back to the defaults (A today, B agents) for unreadable values', () => {
    const st = decodeState({ a: 'garbage', b: null }, groups, ps);
    expect(encodeScenario(st.a, groups, ps)).toBe('today');
    expect(encodeScenario(st.b, groups, ps)).toBe('agents');
  });
});
