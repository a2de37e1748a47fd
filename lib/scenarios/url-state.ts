/**
 * Scenarios A and B in the URL, compactly: `?a=today&b=60*9.70*7_100_1`.
 * A scenario is a preset id when it equals that preset exactly, otherwise
 * `<levels>_<adoption>_<tools>`: levels in percent in rubric group order, joined by ".", with runs
 * written `value*count`; adoption in percent; tools 1 or 0. Only characters that URLSearchParams
 * leaves unescaped are used, so the link stays readable. Anything unreadable decodes to null and the
 * page falls back to its default for that scenario.
 */
import type { Preset, Scenario, ScenarioGroup } from './model';

const pct = (v: number) => Math.round(v * 100);

/** Levels, adoption rounded to whole percent (what the sliders and the URL hold). */
export function roundScenario(sc: Scenario, groups: ScenarioGroup[]): Scenario {
  return {
    levels: Object.fromEntries(groups.map((g) => [g.id, pct(sc.levels[g.id] ?? 0.5) / 100])),
    adoption: pct(sc.adoption) / 100,
    tools: sc.tools,
  };
}

export function sameScenario(a: Scenario, b: Scenario, groups: ScenarioGroup[]): boolean {
  return a.tools === b.tools && pct(a.adoption) === pct(b.adoption) && groups.every((g) => pct(a.levels[g.id] ?? 0.5) === pct(b.levels[g.id] ?? 0.5));
}

export function encodeScenario(sc: Scenario, groups: ScenarioGroup[], presets: Preset[] = []): string {
  const preset = presets.find((p) => sameScenario(p, sc, groups));
  if (preset) return preset.id;
  const vals = groups.map((g) => pct(sc.levels[g.id] ?? 0.5));
  const runs: string[] = [];
  for (let i = 0; i < vals.length; ) {
    let j = i;
    while (j < vals.length && vals[j] === vals[i]) j++;
    runs.push(j - i > 1 ? `${vals[i]}*${j - i}` : String(vals[i]));
    i = j;
  }
  return `${runs.join('.')}_${pct(sc.adoption)}_${sc.tools ? 1 : 0}`;
}

export function decodeScenario(s: string | null | undefined, groups: ScenarioGroup[], presets: Preset[] = []): Scenario | null {
  if (!s) return null;
  const preset = presets.find((p) => p.id === s);
  if (preset) return { levels: { ...preset.levels }, adoption: preset.adoption, tools: preset.tools };
  const m = /^([0-9*.]+)_(\d{1,3})_([01])$/.exec(s);
  if (!m) return null;
  const vals: number[] = [];
  for (const run of m[1].split('.')) {
    const r = /^(\d{1,3})(?:\*(\d{1,3}))?$/.exec(run);
    if (!r) return null;
    const v = Number(r[1]);
    const count = r[2] === undefined ? 1 : Number(r[2]);
    if (v > 100 || count < 1 || vals.length + count > groups.length) return null;
    for (let k = 0; k < count; k++) vals.push(v / 100);
  }
  const adoption = Number(m[2]);
  if (vals.length !== groups.length || adoption > 100) return null;
  return { levels: Object.fromEntries(groups.map((g, i) => [g.id, vals[i]])), adoption: adoption / 100, tools: m[3] === '1' };
}

export interface PageState {
  a: Scenario;
  b: Scenario;
}

export const DEFAULT_A = 'today';
export const DEFAULT_B = 'agents';

export function decodeState(params: { a?: string | null; b?: string | null }, groups: ScenarioGroup[], presets: Preset[]): PageState {
  const fallback = (id: string) => decodeScenario(id, groups, presets) ?? { levels: {}, adoption: 1, tools: true };
  return {
    a: decodeScenario(params.a, groups, presets) ?? fallback(DEFAULT_A),
    b: decodeScenario(params.b, groups, presets) ?? fallback(DEFAULT_B),
  };
}

export function encodeState(st: PageState, groups: ScenarioGroup[], presets: Preset[]): string {
  return new URLSearchParams({ a: encodeScenario(st.a, groups, presets), b: encodeScenario(st.b, groups, presets) }).toString();
}
