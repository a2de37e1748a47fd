/**
 * Choropleth geometry for the 50 states and DC: Census boundaries from the npm package us-atlas
 * (TopoJSON, already projected to Albers USA in a 975 × 610 box), turned into SVG paths with d3-geo.
 * Pure and server-side: nothing is fetched at run time and the browser receives plain SVG.
 */
import { geoPath, interpolateViridis, scaleQuantile } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesTopo from 'us-atlas/states-albers-10m.json';

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

let shapes: StateShape[] | null = null;

/** The 51 state outlines (computed once per process). */
export function stateShapes(): StateShape[] {
  if (shapes) return shapes;
  const topo = statesTopo as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
  const path = geoPath().digits(1);
  shapes = feature(topo, topo.objects.states).features.map((f) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const big = (x1 - x0) * (y1 - y0) > 1600;
    return { fips: String(f.id), name: f.properties.name, d: path(f) ?? '', label: big ? (path.centroid(f) as [number, number]) : null };
  });
  return shapes;
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
