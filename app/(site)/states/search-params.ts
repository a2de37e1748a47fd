import { MAP_SCALES, type MapScale } from '@/lib/charts/map-classes';
import { STATE_MEASURES, type StateMeasure } from '@/lib/states/figures';

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** /states URL state: which figure the map shows and its colour scale (unknown values fall back to beta, fixed). */
export function parseStatesParams(sp: Record<string, string | string[] | undefined>): { measure: StateMeasure; scale: MapScale } {
  const v = first(sp.measure);
  const s = first(sp.scale);
  return { measure: (STATE_MEASURES as readonly string[]).includes(v ?? '') ? (v as StateMeasure) : 'beta', scale: (MAP_SCALES as readonly string[]).includes(s ?? '') ? (s as MapScale) : 'fixed' };
}

export function statesHref(measure: StateMeasure, scale: MapScale = 'fixed'): string {
  const q = new URLSearchParams();
  if (measure !== 'beta') q.set('measure', measure);
  if (scale !== 'fixed') q.set('scale', scale);
  const s = q.toString();
  return s ? `/states?${s}` : '/states';
}

/** What the map's colours mean, said under it. */
export const SCALE_LABEL: Record<MapScale, { short: string; long: string }> = {
  fixed: { short: 'Fixed 5-point bands', long: 'Colours: fixed 5-point bands on the whole 0–100% scale, so small differences between states look small' },
  quantile: { short: 'Quantiles (more contrast)', long: 'Colours: five quantile classes (about 10 states each), which stretch small differences between states' },
};

export const MEASURE_LABEL: Record<StateMeasure, { short: string; long: string }> = {
  beta: { short: 'Average exposure', long: 'Average exposure of workers (employment-weighted beta)' },
  share50: { short: 'Workers with half their tasks exposed', long: 'Share of workers in occupations with at least half of their tasks exposed (beta ≥ 0.5)' },
};
