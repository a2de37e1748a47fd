/** Number formats shared by pages, charts and exports. */
export const pct = (v: number | null | undefined, digits = 0) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : `${(v * 100).toFixed(digits)}%`);
export const num = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : Math.round(v).toLocaleString('en-US'));
export const compact = (v: number | null | undefined) => {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (Math.abs(v) >= 1e6) return `${(v / 1e6).toFixed(v >= 1e7 ? 0 : 1)}M`;
  if (Math.abs(v) >= 1e3) return `${(v / 1e3).toFixed(v >= 1e4 ? 0 : 1)}k`;
  return String(Math.round(v));
};
export const usd = (v: number | null | undefined, topCoded = false) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : `${topCoded ? '≥ ' : ''}$${Math.round(v).toLocaleString('en-US')}`);
export const score = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(2));
/** A signed figure with a true minus sign and no sign at zero: signed(-0.034) → "−0.03", signed(12.5, 1, ' pts') → "+12.5 pts". */
export const signed = (v: number, digits = 2, unit = '') => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(digits)}${unit}`;
export const signedPct = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : `${v > 0 ? '+' : ''}${v.toFixed(1)}%`);

/** Plain words for an exposure (beta) level. */
export function exposureWords(beta: number): string {
  if (beta >= 0.6) return 'very high';
  if (beta >= 0.45) return 'high';
  if (beta >= 0.3) return 'moderate';
  if (beta >= 0.15) return 'low';
  return 'very low';
}
