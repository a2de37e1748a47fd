import { scaleLinear } from 'd3-scale';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import { symmetricDomain } from '@/lib/charts/diverging';
import { axisTitleLines, columnLabels, MIN_FONT, textWidth } from '@/lib/charts/labels';
import { AXIS_FORMATS, type ColumnSpec } from '@/lib/charts/spec';
import { XAxisTitle } from '../axis-title';
import { AXIS_TEXT, GRID, INK, LINE, MUTED, valueTicks, YAxisTitle } from './common';

/**
 * Vertical columns with recharts, one series or two side by side (a legend names them). Category
 * labels turn 40° instead of overlapping when their columns are narrow; signed values draw both
 * ways from a zero line, each with its value when it fits above or below its column.
 */
export function ColumnRecharts({ spec, width }: { spec: ColumnSpec; width: number }) {
  const fs = MIN_FONT;
  const fmt = AXIS_FORMATS[spec.format];
  const series = spec.series ?? [];
  const two = spec.data.some((d) => d.values.length === 2);
  const left = 64;
  const legendH = series.length > 1 ? 22 : 0;
  // The band a category gets (recharts' default category gap is 10% on each side).
  const band = ((width - left - 12) / Math.max(1, spec.data.length)) * 0.8;
  const lab = columnLabels(spec.data.map((d) => d.label), band, fs);
  const titleLines = axisTitleLines(spec.xTitle, width).length;
  // recharts adds the y axis' width to the left margin: 20 px for the turned y title, the rest for tick labels.
  const margin = { top: 12 + legendH, right: 12, bottom: lab.height + 10 + LINE * titleLines, left: 20 };
  const height = Math.max(320, 200 + margin.bottom) + legendH;
  const values = spec.data.flatMap((d) => d.values);
  const signed = Math.min(0, ...values) < 0;
  const domain: [number, number] = signed ? symmetricDomain(values.map((v) => v * 1.15), 1) : [0, spec.yMax ?? (scaleLinear().domain([0, Math.max(0, ...values) || 1]).nice(5).domain()[1] as number)];
  const rows = spec.data.map((d, i) => ({ key: `${i}`, a: d.values[0], b: d.values[1] ?? 0 }));
  const shape = (k: 0 | 1) =>
    function ColumnShape(p: { x?: number; y?: number; width?: number; height?: number; index?: number }) {
      const d = spec.data[p.index ?? 0];
      const v = d.values[k];
      const y0 = Math.min(p.y ?? 0, (p.y ?? 0) + (p.height ?? 0));
      const h = Math.abs(p.height ?? 0);
      const note = d.note && k === 0 && textWidth(d.note, fs) <= (p.width ?? 0) / 0.8 - 2 ? d.note : null;
      return (
        <g>
          <rect x={p.x} y={y0} width={p.width} height={h} fill={d.colors[k] ?? d.colors[0]}>
            <title>{d.tooltips[k] ?? d.tooltips[0]}</title>
          </rect>
          {note && (
            <text x={(p.x ?? 0) + (p.width ?? 0) / 2} y={v >= 0 ? y0 - 4 : y0 + h + 12} textAnchor="middle" fontSize={fs} fill={INK}>
              {note}
            </text>
          )}
        </g>
      );
    };
  return (
    <BarChart width={width} height={height} data={rows} margin={margin} accessibilityLayer={false} barGap={2}>
      <CartesianGrid vertical={false} stroke={GRID} />
      <YAxis type="number" domain={domain} ticks={valueTicks(domain, [height - margin.bottom, margin.top], () => '', 5)} tickFormatter={fmt} tick={AXIS_TEXT} tickLine={false} axisLine={false} width={left - 20} />
      <XAxis
        type="category"
        dataKey="key"
        interval={0}
        tickLine={false}
        axisLine={{ stroke: MUTED }}
        height={lab.height}
        tick={(t: XAxisTickContentProps) => {
          const label = spec.data[Number(t.payload.value)].label;
          const x = Number(t.x);
          const ly = Number(t.y) + 10;
          return (
            <text x={x} y={ly} textAnchor={lab.rotate ? 'end' : 'middle'} transform={lab.rotate ? `rotate(-40 ${x} ${ly})` : undefined} fontSize={fs} fill={INK}>
              {label}
            </text>
          );
        }}
      />
      {signed && <ReferenceLine y={0} stroke={MUTED} />}
      <Bar dataKey="a" isAnimationActive={false} shape={shape(0)} />
      {two && <Bar dataKey="b" isAnimationActive={false} shape={shape(1)} />}
      {series.length > 1 && (
        <g transform={`translate(${Math.max(left, width - 12 - 200)},6)`}>
          {series.map((s, i) => (
            <g key={s} transform={`translate(${i * 100},0)`}>
              <rect width="12" height="12" fill={spec.data[0]?.colors[i] ?? MUTED} />
              <text x="16" y="10" fontSize="12" fill={INK}>{s}</text>
            </g>
          ))}
        </g>
      )}
      <XAxisTitle title={spec.xTitle} width={width} left={left} right={margin.right} bottom={height - 8} />
      <YAxisTitle title={spec.yTitle} top={margin.top} bottom={height - margin.bottom} />
    </BarChart>
  );
}
