/**
 * The scenario comparison charts as specs (drawn with recharts on the server, at the width shown).
 * Colours: Okabe–Ito blue and orange, distinguishable with every common colour-vision deficiency;
 * bars also differ in position and carry labels, so colour is never the only cue.
 */
import type { ChartSpec } from '@/lib/charts/spec';
import type { ScenarioSummary } from '@/lib/scenarios/model';
import type { Mover } from '@/lib/scenarios/outcome';
import { AXIS_FORMATS } from '@/lib/charts/axis-formats';

const COLOR_A = '#0072B2';
const COLOR_B = '#E69F00';
const COLOR_UP = '#D55E00';
const COLOR_DOWN = '#0072B2';
const workers = (v: number) => Math.round(v).toLocaleString('en-US');

export interface BandPair {
  label: string;
  a: number;
  b: number;
}

/** Workers by exposure band: A and B side by side in each band. */
export function bandPairSpec(data: BandPair[]): ChartSpec {
  return {
    kind: 'column',
    ariaLabel: 'Workers by exposure band, scenario A and B',
    series: ['Scenario A', 'Scenario B'],
    format: 'compact',
    xTitle: 'Exposure (beta) of the occupation',
    yTitle: 'Workers',
    data: data.map((d) => ({
      label: d.label,
      values: [d.a, d.b],
      colors: [COLOR_A, COLOR_B],
      tooltips: [`Exposure ${d.label}: scenario A ${workers(d.a)} workers`, `Exposure ${d.label}: scenario B ${workers(d.b)} workers`],
    })),
  };
}

/** B − A per band: workers gained (above the axis) or lost (below), each with its value when it fits. */
export function bandDiffSpec(data: Array<{ label: string; diff: number }>): ChartSpec {
  return {
    kind: 'column',
    ariaLabel: 'Change in workers by exposure band, B minus A',
    format: 'signed-compact',
    xTitle: 'Exposure (beta) band · bars: workers in B minus workers in A',
    yTitle: 'Workers, B − A',
    data: data.map((d) => ({
      label: d.label,
      values: [d.diff],
      colors: [d.diff >= 0 ? COLOR_UP : COLOR_DOWN],
      tooltips: [`Exposure ${d.label}: ${d.diff >= 0 ? '+' : ''}${workers(d.diff)} workers (B − A)`],
      note: Math.abs(d.diff) >= 1 ? AXIS_FORMATS['signed-compact'](d.diff) : undefined,
    })),
  };
}

export interface MoverBar {
  label: string;
  change: number;
  note: string;
}

/** Occupations whose exposure changes most from A to B, both ways from zero. */
export function moversSpec(data: MoverBar[]): ChartSpec {
  return {
    kind: 'hbar',
    ariaLabel: 'Occupations whose exposure changes most from A to B',
    format: 'signed-score',
    xTitle: 'Change in exposure (beta), B − A',
    labelWidth: 300,
    data: data.map((d) => ({ label: d.label, value: d.change, color: d.change >= 0 ? COLOR_UP : COLOR_DOWN, tooltip: d.note, note: `${d.change > 0 ? '+' : ''}${d.change.toFixed(3)}` })),
  };
}

const bandLabel = (from: number, to: number) => `${from.toFixed(1)}–${to.toFixed(1)}`;

/** The three comparison charts of scenarios A and B (the page draws them first, the browser as sliders move). */
export function comparisonSpecs(a: ScenarioSummary, b: ScenarioSummary, movers: Mover[]): { bands: ChartSpec; diff: ChartSpec; movers: ChartSpec } {
  const bands = a.workers_by_band.map((x, i) => ({ label: bandLabel(x.from, x.to), a: x.workers, b: b.workers_by_band[i]?.workers ?? 0 }));
  return {
    bands: bandPairSpec(bands),
    diff: bandDiffSpec(bands.map((x) => ({ label: x.label, diff: x.b - x.a }))),
    movers: moversSpec(movers.map((m) => ({ label: m.title, change: m.change, note: `${m.title}: ${m.baseline.toFixed(3)} → ${m.beta.toFixed(3)} (${m.employment.toLocaleString('en-US')} workers)` }))),
  };
}
