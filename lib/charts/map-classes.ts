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
 * Quantile classes (about the same number of states in each), so the map separates states whose
 * figures differ by a few points; the legend gives each class's range. Viridis colours.
 */
export function mapClasses(values: number[], classes = 5): { color: (v: number | null) => string; legend: LegendClass[] } {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  const colors = Array.from({ length: classes }, (_, i) => interpolateViridis(0.15 + (0.8 * i) / (classes - 1)));
  if (finite.length === 0) return { color: () => '#c8ccd2', legend: [] };
  const scale = scaleQuantile<string>().domain(finite).range(colors);
  const cuts = [finite[0], ...scale.quantiles(), finite[finite.length - 1]];
  return {
    color: (v) => (v === null || !Number.isFinite(v) ? '#c8ccd2' : scale(v)),
    legend: colors.map((color, i) => ({ from: cuts[i], to: cuts[i + 1], color })),
  };
}
