/**
 * Choropleth geometry for the 50 states and DC: Census boundaries from the npm package us-atlas
 * (TopoJSON, already projected to Albers USA in a 975 × 610 box), turned into SVG paths with d3-geo.
 * Pure and server-side: nothing is fetched at run time and the browser receives plain SVG.
 */
import { geoPath, interpolateViridis, scaleQuantize } from 'd3';
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

/** Equal-interval classes over the values' range (rounded outwards to whole percent), viridis colours. */
export function mapClasses(values: number[], classes = 5): { color: (v: number | null) => string; legend: LegendClass[] } {
  const finite = values.filter(Number.isFinite);
  const lo = finite.length ? Math.floor(Math.min(...finite) * 100) / 100 : 0;
  const hiRaw = finite.length ? Math.ceil(Math.max(...finite) * 100) / 100 : 1;
  const hi = hiRaw > lo ? hiRaw : lo + 0.01;
  const colors = Array.from({ length: classes }, (_, i) => interpolateViridis(0.15 + (0.8 * i) / (classes - 1)));
  const scale = scaleQuantize<string>().domain([lo, hi]).range(colors);
  const step = (hi - lo) / classes;
  return {
    color: (v) => (v === null || !Number.isFinite(v) ? '#c8ccd2' : scale(v)),
    legend: colors.map((color, i) => ({ from: lo + i * step, to: lo + (i + 1) * step, color })),
  };
}
