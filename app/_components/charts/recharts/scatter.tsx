import { interpolateViridis } from 'd3-scale-chromatic';
import { scaleLinear, scaleLog, scaleSqrt } from 'd3-scale';
import type { ReactNode } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { axisTitleLines, MIN_FONT, textWidth, wrapLabel } from '@/lib/charts/labels';
import { AXIS_FORMATS, type ScatterSpec } from '@/lib/charts/spec';
import { XAxisTitle } from '../axis-title';
import { AXIS_TEXT, edgeTick, GRID, INK, LINE, MUTED, spacedTicks, valueTicks, YAxisTitle } from './common';

interface LegendItem {
  w: number;
  /** rows of 30 px it takes (a wrapped label takes more) */
  h?: number;
  draw: (x: number, y: number) => ReactNode;
}

/** Legend items placed left to right, wrapping onto a new row when the chart is narrow. */
function placeLegend(items: LegendItem[], width: number, left: number): { nodes: ReactNode[]; height: number } {
  let x = left;
  let y = 4;
  let rowH = 30;
  const nodes: ReactNode[] = [];
  items.forEach((it, i) => {
    if (x > left && x + it.w > width - 8) {
      x = left;
      y += rowH;
      rowH = 30;
    }
    rowH = Math.max(rowH, it.h ?? 30);
    nodes.push(<g key={i}>{it.draw(x, y)}</g>);
    x += it.w + 18;
  });
  return { nodes, height: items.length ? y + rowH : 0 };
}

/**
 * Scatter with recharts: circle area ∝ size, x optionally logarithmic. A legend above the plot says
 * what colour, circle size and the dashed line mean (the line's label sits in the legend, never on
 * the points); `xMarker` draws a labelled vertical line (e.g. a top-code). Largest points are drawn
 * first so small ones stay visible.
 */
export function ScatterRecharts({ spec, width }: { spec: ScatterSpec; width: number }) {
  const fs = MIN_FONT;
  const xFormat = AXIS_FORMATS[spec.xFormat];
  const yFormat = AXIS_FORMATS[spec.yFormat];
  const r = scaleSqrt().domain([0, Math.max(1, ...spec.points.map((p) => p.size))]).range([1.5, width < 480 ? 10 : 14]);
  const items: LegendItem[] = [];
  const c = spec.legend?.color;
  if (c) {
    items.push({
      w: textWidth(c.label, fs) + 8 + textWidth(c.low, fs) + 4 + 70 + 4 + textWidth(c.high, fs),
      draw: (x, y) => {
        const rx = x + textWidth(c.label, fs) + 8 + textWidth(c.low, fs) + 4;
        return (
          <>
            <text x={x} y={y + 14} fontSize={fs} fill={INK}>{c.label}</text>
            <text x={rx - 4} y={y + 14} textAnchor="end" fontSize={fs} fill={MUTED}>{c.low}</text>
            {[0, 0.25, 0.5, 0.75, 1].map((v, i) => (
              <rect key={v} x={rx + i * 14} y={y + 5} width={14} height={11} fill={interpolateViridis(v)} />
            ))}
            <text x={rx + 74} y={y + 14} fontSize={fs} fill={MUTED}>{c.high}</text>
          </>
        );
      },
    });
  }
  const s = spec.legend?.size;
  if (s) {
    const circles = s.values.map((v) => ({ v, rad: r(v), label: AXIS_FORMATS.compact(v) }));
    const itemWidth = () => textWidth(s.label, fs) + 8 + circles.reduce((t, k) => t + 2 * k.rad + 4 + textWidth(k.label, fs) + 10, 0);
    // On a narrow chart, fewer reference circles rather than a legend running off the edge.
    while (circles.length > 1 && itemWidth() > width - 16) circles.pop();
    items.push({
      w: itemWidth(),
      draw: (x, y) => {
        let cx = x + textWidth(s.label, fs) + 8;
        return (
          <>
            <text x={x} y={y + 14} fontSize={fs} fill={INK}>{s.label}</text>
            {circles.map((k) => {
              const at = cx + k.rad;
              cx += 2 * k.rad + 4 + textWidth(k.label, fs) + 10;
              return (
                <g key={k.v}>
                  <circle cx={at} cy={y + 10} r={k.rad} fill="#9aa3ad" fillOpacity="0.6" stroke={MUTED} strokeWidth="0.5" />
                  <text x={at + k.rad + 4} y={y + 14} fontSize={fs} fill={MUTED}>{k.label}</text>
                </g>
              );
            })}
          </>
        );
      },
    });
  }
  const line = spec.line;
  if (line) {
    const lines = wrapLabel(line.label, width - 16 - 30, fs);
    items.push({
      w: 30 + Math.max(...lines.map((l) => textWidth(l, fs))),
      h: 16 + LINE * lines.length,
      draw: (x, y) => (
        <>
          <line x1={x} x2={x + 24} y1={y + 10} y2={y + 10} stroke="#8a5a00" strokeDasharray="5 3" strokeWidth="2" />
          <text x={x + 30} y={y + 14} fontSize={fs} fill="#8a5a00">
            {lines.map((l, j) => (
              <tspan key={j} x={x + 30} dy={j === 0 ? 0 : LINE}>
                {l}
              </tspan>
            ))}
          </text>
        </>
      ),
    });
  }
  const lg = placeLegend(items, width, 8);
  const titleLines = axisTitleLines(spec.xTitle, width).length;
  // The plot starts at 56 px: 20 for the turned y title, 36 for the tick labels (recharts adds the axis width to the margin).
  const margin = { top: 12 + lg.height, right: 20, bottom: 24 + LINE * titleLines, left: 20 };
  const plotLeft = 56;
  const height = 360 + lg.height + LINE * (titleLines - 1);
  const xs = spec.points.map((p) => p.x);
  const dom: [number, number] = spec.xDomain ?? [Math.min(...xs), Math.max(...xs)];
  const clampX = (v: number) => Math.max(dom[0], Math.min(dom[1], v));
  // Tick values (d3 scales): round values on a log axis (1, 2, 3, 5 × 10ⁿ), dropping those whose labels would touch.
  const ts = (spec.xLog ? scaleLog() : scaleLinear()).domain(dom).range([plotLeft, width - margin.right]);
  if (!spec.xLog) ts.nice();
  const all = spec.xLog ? ts.ticks(8).filter((t) => [1, 2, 3, 5].includes(Math.round(t / 10 ** Math.floor(Math.log10(t))))) : ts.ticks(6);
  const xTicks = spacedTicks(all, ts.domain() as [number, number], [plotLeft, width - margin.right], xFormat, (v) => ts(v));
  const yDomain = scaleLinear().domain(spec.yDomain ?? [0, 1]).nice().domain() as [number, number];
  const points = [...spec.points].sort((a, b) => b.size - a.size).map((p) => ({ ...p, x: clampX(p.x) }));
  return (
    <ScatterChart width={width} height={height} margin={margin} accessibilityLayer={false}>
      {lg.nodes}
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis type="number" dataKey="x" scale={spec.xLog ? 'log' : 'linear'} domain={spec.xLog ? dom : (ts.domain() as [number, number])} ticks={xTicks} tick={edgeTick(width, xFormat)} tickLine={false} axisLine={{ stroke: MUTED }} height={20} />
      <YAxis type="number" dataKey="y" domain={yDomain} ticks={valueTicks(yDomain, [height - margin.bottom, margin.top], () => '', 5)} tickFormatter={yFormat} tick={AXIS_TEXT} tickLine={false} axisLine={false} width={plotLeft - margin.left} />
      {spec.xMarker && (
        <ReferenceLine x={clampX(spec.xMarker.value)} stroke={MUTED} strokeDasharray="2 3" label={{ value: spec.xMarker.label, position: 'insideTopRight', fontSize: fs, fill: MUTED }} />
      )}
      <Scatter
        data={points}
        isAnimationActive={false}
        shape={(p: { cx?: number; cy?: number; index?: number }) => {
          const d = points[p.index ?? 0];
          return (
            <circle cx={p.cx} cy={p.cy} r={r(d.size)} fill={d.color} fillOpacity="0.7" stroke="#ffffff" strokeWidth="0.5">
              <title>{d.tooltip}</title>
            </circle>
          );
        }}
      />
      {line && (
        <Scatter data={line.points.map(([x, y]) => ({ x, y }))} isAnimationActive={false} line={{ stroke: '#8a5a00', strokeDasharray: '5 3', strokeWidth: 2 }} lineType="joint" shape={() => <g />} />
      )}
      <XAxisTitle title={spec.xTitle} width={width} left={plotLeft} right={margin.right} bottom={height - 8} />
      <YAxisTitle title={spec.yTitle} top={margin.top} bottom={height - margin.bottom} />
    </ScatterChart>
  );
}
