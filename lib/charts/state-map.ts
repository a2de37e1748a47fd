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

type StatesTopology = Topology<{ states: GeometryCollection<{ name: string }> }>;

/** The us-atlas file is the TopoJSON we expect: a topology whose `states` object is a collection of named geometries. */
export function isStatesTopology(x: unknown): x is StatesTopology {
  if (typeof x !== 'object' || x === null || !('type' in x) || x.type !== 'Topology' || !('arcs' in x) || !Array.isArray(x.arcs) || !('objects' in x)) return false;
  const objects = x.objects;
  if (typeof objects !== 'object' || objects === null || !('states' in objects)) return false;
  const states = objects.states;
  if (typeof states !== 'object' || states === null || !('type' in states) || states.type !== 'GeometryCollection' || !('geometries' in states) || !Array.isArray(states.geometries)) return false;
  return states.geometries.every((g: unknown) => typeof g === 'object' && g !== null && 'properties' in g && typeof g.properties === 'object' && g.properties !== null && 'name' in g.properties && typeof g.properties.name === 'string');
}

/** The 51 state outlines (computed once per process). */
export function stateShapes(): StateShape[] {
  if (shapes) return shapes;
  const topo: unknown = statesTopo;
  if (!isStatesTopology(topo)) throw new Error('us-atlas/states-albers-10m.json: not a TopoJSON topology with a collection of named states');
  const path = geoPath().digits(1);
  shapes = feature(topo, topo.objects.states).features.map((f) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const big = (x1 - x0) * (y1 - y0) > 1600;
    return { fips: String(f.id), name: f.properties.name, d: path(f) ?? '', label: big ? (path.centroid(f) as [number, number]) : null };
  });
  return shapes;
}
