/**
 * The one rounding of data values (CSV cells, API fields, URL parameters): `digits` decimals, halves
 * rounded up as Math.round does. Display strings are lib/charts/format.ts. Pure.
 */
export function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}

/** round(), passing null (and undefined) through as null. */
export function roundOrNull(v: number | null | undefined, digits: number): number | null {
  return v === null || v === undefined ? null : round(v, digits);
}
