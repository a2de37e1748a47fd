import { interpolateViridis } from 'd3-scale-chromatic';

/** Exposure in [0, 1] → viridis colour (colour-blind safe, monotone in lightness). */
export function exposureColor(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '#c8ccd2';
  return interpolateViridis(Math.max(0, Math.min(1, v)));
}

/** Black or white text, whichever reads better on the viridis colour of v. */
export function textOn(v: number | null): string {
  return v !== null && v >= 0.55 ? '#111111' : '#ffffff';
}
