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

export const SERIES = { primary: '#31688e', secondary: '#35b779', reference: '#8a5a00', muted: '#9aa3ad' } as const;
