import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { axisTitleLines, MIN_FONT, textWidth, wrapLabel } from '@/lib/charts/labels';
import { AXIS_FORMATS, type HBarSpec } from '@/lib/charts/spec';
import { niceMax } from '@/lib/charts/stats';
import { XAxisTitle } from '../axis-title';
import { symmetricDomain } from '@/lib/charts/diverging';
import { edgeTick, GRID, INK, LINE, valueTicks } from './common';

const BAR = 14;

/**
 * Horizontal bars with recharts (layout "vertical"): recharts places the rows and the value axis;
 * each row's label wraps beside its bar, or, on narrow charts (phones), sits on its own lines above
 * a full-width bar, so labels are never cut. Signed values draw both ways from a zero line.
 */
export function HBarRecharts({ spec, width }: { spec: HBarSpec; width: number }) {
  const fs = MIN_FONT;
  const fmt = AXIS_FORMATS[spec.format];
  const noteRoom = Math.min(120, Math.max(40, ...spec.data.map((d) => textWidth(d.note ?? fmt(d.value), fs) + 8)));
  const stacked = width - spec.labelWidth - noteRoom < 180;
  const lw = stacked ? width - 16 : Math.min(spec.labelWidth, width * 0.45);
  const rows = spec.data.map((d, i) => ({ ...d, key: `${i}`, lines: wrapLabel(d.label, lw - 6, fs) }));
  const most = Math.max(1, ...rows.map((r) => r.lines.length));
  const rowH = stacked ? most * LINE + BAR + 8 : Math.max(BAR + 6, most * LINE + 4);
  const titleLines = axisTitleLines(spec.xTitle, width).length;
  const margin = { top: 8, right: noteRoom, bottom: 26 + LINE * titleLines, left: 8 };
  const height = margin.top + rows.length * rowH + margin.bottom;
  const min = Math.min(0, ...rows.map((r) => r.value));
  const domain: [number, number] = min < 0 ? symmetricDomain(rows.map((r) => r.value)) : [0, spec.xMax ?? niceMax(Math.max(0, ...rows.map((r) => r.value)))];
  const left = stacked ? margin.left : margin.left + lw;
  return (
    <BarChart layout="vertical" width={width} height={height} data={rows} margin={margin} barCategoryGap={0} accessibilityLayer={false}>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" domain={domain} ticks={valueTicks(domain, [left, width - margin.right], fmt, width < 400 ? 3 : 5)} tick={edgeTick(width, fmt)} tickLine={false} axisLine={false} height={20} />
      <YAxis
        type="category"
        dataKey="key"
        width={stacked ? 0 : lw}
        hide={stacked}
        interval={0}
        tickLine={false}
        axisLine={false}
        tick={(t: YAxisTickContentProps) => {
          const r = rows[Number(t.payload.value)];
          const top = Number(t.y) - ((r.lines.length - 1) * LINE) / 2;
          return (
            <text x={left - 6} y={top} dy="0.32em" textAnchor="end" fontSize={fs} fill={INK}>
              {r.lines.map((l, j) => (
                <tspan key={j} x={left - 6} dy={j === 0 ? '0.32em' : LINE}>
                  {l}
                </tspan>
              ))}
            </text>
          );
        }}
      />
      {min < 0 && <ReferenceLine x={0} stroke="#4f5866" />}
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(p: { x?: number; y?: number; width?: number; height?: number; index?: number }) => {
          const r = rows[p.index ?? 0];
          const x0 = Math.min(p.x ?? 0, (p.x ?? 0) + (p.width ?? 0));
          const w = Math.abs(p.width ?? 0);
          const y0 = p.y ?? 0;
          // Stacked (phones): the label's lines sit right above the bar, the bar at the foot of its row.
          const barY = stacked ? y0 + rowH - BAR - 4 : y0 + (rowH - BAR) / 2;
          const end = r.value < 0 ? x0 - 4 : x0 + w + 4;
          return (
            <g>
              {stacked && (
                <text x={margin.left} y={barY - 5 - (r.lines.length - 1) * LINE} fontSize={fs} fill={INK}>
                  {r.lines.map((l, j) => (
                    <tspan key={j} x={margin.left} dy={j === 0 ? 0 : LINE}>
                      {l}
                    </tspan>
                  ))}
                </text>
              )}
              <rect x={x0} y={barY} width={w} height={BAR} fill={r.color}>
                <title>{r.tooltip}</title>
              </rect>
              <text x={end} y={barY + BAR / 2} dy="0.32em" textAnchor={r.value < 0 ? 'end' : 'start'} fontSize={fs} fill={INK}>
                {r.note ?? fmt(r.value)}
              </text>
            </g>
          );
        }}
      />
      <XAxisTitle title={spec.xTitle} width={width} left={left} right={margin.right} bottom={height - 8} />
    </BarChart>
  );
}
