import { MAP_HEIGHT, MAP_WIDTH, stateShapes } from '@/lib/charts/state-map';
import { route } from '@/lib/http';

/**
 * The 51 state outlines (Census boundaries via us-atlas, Albers USA, 975 × 610) as SVG path data,
 * for maps drawn in the browser. The same for every database: cached by browsers for a day.
 */
export const GET = route(() =>
  Response.json({ width: MAP_WIDTH, height: MAP_HEIGHT, source: 'U.S. Census Bureau cartographic boundaries via us-atlas', states: stateShapes() }, { headers: { 'Cache-Control': 'public, max-age=86400' } }),
);
