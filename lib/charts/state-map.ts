/**
 * Choropleth geometry for the 50 states and DC: Census boundaries from the npm package us-atlas
 * (TopoJSON, already projected to Albers USA in a 975 × 610 box), turned into SVG paths with d3-geo.
 * Server-side: nothing is fetched from elsewhere at run time; pages receive plain SVG (or, where a map
 * is secondary, fetch these outlines once from /api/v1/geo/states).
 */
import { geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesTopo from 'us-atlas/states-albers-10m.json';
import type { StateShape } from './map-classes';

export { MAP_HEIGHT, MAP_WIDTH, mapClasses, type LegendClass, type StateShape } from './map-classes';

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
