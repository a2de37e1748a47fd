import { scaleLinear } from 'd3-scale';
import type { XAxisTickContentProps } from 'recharts';
import { MIN_FONT, textWidth } from '@/lib/charts/labels';

/** Shared look of the recharts charts: axis text at 11 px (charts are drawn at the size shown), muted ink. */
export const INK = '#1b1f24';
export const MUTED = '#4f5866';
export const GRID = '#e3e6ea';
export const LINE = 14;
export const AXIS_TEXT = { fontSize: MIN_FONT, fill: MUTED } as const;

/** The y-axis title, turned 90° at the left edge. */
export function YAxisTitle({ title, top, bottom }: { title: string; top: number; bottom: number }) {
  return (
    <text transform={`translate(14 ${(top + bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill={MUTED}>
      {title}
    </text>
  );
}

/** Tick values (d3) for a value axis drawn over `range` px, dropping those whose labels would touch (an edge label may be anchored inwards, so a whole label's width apart). */
export function spacedTicks(values: number[], domain: [number, number], range: [number, number], fmt: (v: number) => string, at?: (v: number) => number): number[] {
  const x = at ?? scaleLinear().domain(domain).range(range);
  const out: number[] = [];
  for (const t of values) {
    const prev = out[out.length - 1];
    if (prev === undefined || Math.abs(x(t) - x(prev)) >= Math.max(textWidth(fmt(t), MIN_FONT), textWidth(fmt(prev), MIN_FONT)) + 8) out.push(t);
  }
  return out;
}

/** Ticks of [lo, hi] as d3 chooses them, about `count` of them, spaced so their labels never touch. */
export function valueTicks(domain: [number, number], range: [number, number], fmt: (v: number) => string, count: number): number[] {
  return spacedTicks(scaleLinear().domain(domain).ticks(count), domain, range, fmt);
}

/** A value-axis tick label; one that would cross the chart's edge is anchored inwards, so it is never cut. */
export function edgeTick(width: number, fmt: (v: number) => string) {
  return function EdgeTick(t: XAxisTickContentProps) {
    const x = Number(t.x);
    const label = fmt(Number(t.payload.value));
    const w = textWidth(label, MIN_FONT) / 2;
    // The estimate (0.55 em a glyph) runs short for "%" and "$": keep a few pixels from the edge.
    const anchor = x - w < 6 ? 'start' : x + w > width - 6 ? 'end' : 'middle';
    return (
      <text x={x} y={Number(t.y) + 12} textAnchor={anchor} {...AXIS_TEXT}>
        {label}
      </text>
    );
  };
}
