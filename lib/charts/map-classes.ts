/**
 * What a state map needs in the browser too: its frame, the shape of a state outline, and the
 * colour classes. The outlines themselves are computed on the server (lib/charts/state-map.ts).
 */
import { scaleQuantile } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';

export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

export interface StateShape {
  /** 2-digit FIPS code (the OEWS AREA code for states). */
  fips: string;
  name: string;
  d: string;
  /** Where a label fits (null for states too small to carry one). */
  label: [number, number] | null;
}

export interface LegendClass {
  from: number;
  to: number;
  color: string;
}

/**
 * How a state map turns values into colours:
 * - `fixed`: bands of `FIXED_STEP` (5 points) on the whole 0–100% scale, each coloured by where it sits on
 *   that scale, so a map of states that differ by a few points looks nearly uniform, as it should; the
 *   legend lists the bands present. For shares only.
 * - `quantile`: five classes with about the same number of states in each: it separates states whose
 *   figures differ by a few points, and so stretches a small spread; the legend gives each class's range.
 */
export type MapScale = 'fixed' | 'quantile';
export const MAP_SCALES: readonly MapScale[] = ['fixed', 'quantile'];
export const FIXED_STEP = 0.05;

const NO_DATA = '#c8ccd2';
const fixedColor = (band: number) => interpolateViridis(0.15 + 0.8 * Math.min(1, (band + 0.5) * FIXED_STEP));

export function mapClasses(values: number[], scale: MapScale = 'quantile', classes = 5): { color: (v: number | null) => string; legend: LegendClass[] } {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return { color: () => NO_DATA, legend: [] };
  if (scale === 'fixed') {
    const bandOf = (v: number) => Math.min(Math.floor(1 / FIXED_STEP) - 1, Math.max(0, Math.floor(v / FIXED_STEP + 1e-9)));
    const lo = bandOf(finite[0]);
    const hi = bandOf(finite[finite.length - 1]);
    const edge = (band: number) => Math.round(band * FIXED_STEP * 1e6) / 1e6;
    const legend = Array.from({ length: hi - lo + 1 }, (_, i) => ({ from: edge(lo + i), to: edge(lo + i + 1), color: fixedColor(lo + i) }));
    return { color: (v) => (v === null || !Number.isFinite(v) ? NO_DATA : fixedColor(bandOf(v))), legend };
  }
  const colors = Array.from({ length: classes }, (_, i) => interpolateViridis(0.15 + (0.8 * i) / (classes - 1)));
  const q = scaleQuantile<string>().domain(finite).range(colors);
  const cuts = [finite[0], ...q.quantiles(), finite[finite.length - 1]];
  return {
    color: (v) => (v === null || !Number.isFinite(v) ? NO_DATA : q(v)),
    legend: colors.map((color, i) => ({ from: cuts[i], to: cuts[i + 1], color })),
  };
}
