/**
 * Axis formats by name and the widths charts are drawn at: what the browser needs of a chart spec,
 * without the zod schema (lib/charts/spec.ts), which must stay out of the pages' JavaScript.
 */
const signed = (v: number, s: string) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${s}`;
const compactNum = (v: number) => {
  const a = Math.abs(v);
  const s = a >= 1e6 ? `${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M` : a >= 1e3 ? `${Math.round(a / 1e3)}k` : String(Math.round(a));
  return v < 0 ? `−${s}` : s;
};

/** Axis formats by name. */
export const AXIS_FORMATS = {
  percent: (v: number) => `${Math.round(v * 100)}%`,
  fixed1: (v: number) => v.toFixed(1),
  usdK: (v: number) => `$${Math.round(v / 1000)}k`,
  compact: compactNum,
  'signed-score': (v: number) => signed(v, Math.abs(v).toFixed(2)),
  'signed-points': (v: number) => signed(v, `${Math.abs(v * 100).toFixed(1)} pts`),
  'signed-compact': (v: number) => (v > 0 ? `+${compactNum(v)}` : compactNum(v)),
} as const;
export type AxisFormat = keyof typeof AXIS_FORMATS;

/** The widths a chart may be drawn at (CSS pixels). */
export const CHART_MIN_WIDTH = 260;
export const CHART_MAX_WIDTH = 1200;
/** Charts are drawn in whole steps of this many pixels (at most this much narrower than their box). */
export const WIDTH_STEP = 20;
