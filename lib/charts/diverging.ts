/**
 * The value axis of a chart whose bars go both ways from zero: symmetric, so "how far from zero"
 * reads the same on both sides, and rounded out to the tick step d3 would choose.
 */
import { scaleLinear } from 'd3-scale';

export function symmetricDomain(values: number[], minExtent = 0.01): [number, number] {
  const raw = Math.max(minExtent, ...values.filter(Number.isFinite).map(Math.abs));
  const [lo, hi] = scaleLinear().domain([-raw, raw]).nice(6).domain();
  const e = Math.max(Math.abs(lo), Math.abs(hi));
  return [-e, e];
}
