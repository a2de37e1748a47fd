/**
 * Layout of a diverging bar chart: one row per item, bars from a zero line, negatives left and
 * positives right, on a symmetric scale so "how far from the mean" reads the same both ways.
 */
import { scaleLinear } from 'd3-scale';

export interface DivergingItem {
  key: string;
  label: string;
  value: number;
}

export interface DivergingBar<T extends DivergingItem> {
  item: T;
  y: number;
  x0: number;
  x1: number;
  /** label anchored on the other side of the zero line from the bar */
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export interface DivergingLayout<T extends DivergingItem> {
  width: number;
  height: number;
  zero: number;
  row: number;
  top: number;
  bottom: number;
  extent: number;
  ticks: Array<{ value: number; x: number }>;
  bars: Array<DivergingBar<T>>;
  x: (v: number) => number;
}

export function layoutDiverging<T extends DivergingItem>(items: T[], opts: { width?: number; row?: number; margin?: number; minExtent?: number } = {}): DivergingLayout<T> {
  const width = opts.width ?? 760;
  const row = opts.row ?? 16;
  const margin = opts.margin ?? 16;
  const top = 24;
  const bottom = 44;
  const maxAbs = items.reduce((m, d) => (Number.isFinite(d.value) ? Math.max(m, Math.abs(d.value)) : m), 0);
  const raw = Math.max(maxAbs, opts.minExtent ?? 0.01);
  // A nice symmetric extent: round up to the tick step d3 would choose.
  const step = scaleLinear().domain([-raw, raw]).ticks(6);
  const extent = Math.max(raw, Math.abs(step[0] ?? raw), Math.abs(step[step.length - 1] ?? raw));
  const x = scaleLinear().domain([-extent, extent]).range([margin, width - margin]);
  const zero = x(0);
  const bars = items.map((item, i) => {
    const v = Number.isFinite(item.value) ? item.value : 0;
    const xv = x(v);
    return {
      item,
      y: top + i * row,
      x0: Math.min(zero, xv),
      x1: Math.max(zero, xv),
      labelX: v >= 0 ? zero - 4 : zero + 4,
      labelAnchor: (v >= 0 ? 'end' : 'start') as 'start' | 'end',
    };
  });
  return {
    width,
    height: top + items.length * row + bottom,
    zero,
    row,
    top,
    bottom,
    extent,
    ticks: x.ticks(6).map((value) => ({ value, x: x(value) })),
    bars,
    x,
  };
}
