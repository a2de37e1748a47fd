import { scaleLinear } from 'd3-scale';
import { axisTitleLines, MIN_FONT, textWidth, wrapLabel } from '@/lib/charts/labels';
import { XAxisTitle } from './axis-title';

export interface HBar {
  label: string;
  value: number;
  color: string;
  tooltip: string;
  note?: string;
}

const LINE = 14;

/**
 * Horizontal bars, laid out at `width` (see Fit). Labels are never cut: they wrap onto more lines
 * beside the bar, or, when the chart is narrow (phones), sit on their own lines above a full-width
 * bar. Height grows with the labels.
 */
export function HBarChart({ data, width = 640, xFormat, xTitle, xMax = 1, labelWidth = 250 }: { data: HBar[]; width?: number; xFormat: (v: number) => string; xTitle: string; xMax?: number; labelWidth?: number }) {
  const fs = MIN_FONT;
  const noteRoom = Math.min(120, Math.max(40, ...data.map((d) => textWidth(d.note ?? xFormat(d.value), fs) + 8)));
  const stacked = width - labelWidth - noteRoom < 180;
  const lw = stacked ? width - 16 : Math.min(labelWidth, width * 0.45);
  const m = { top: 8, right: noteRoom, bottom: 26 + 14 * axisTitleLines(xTitle, width).length, left: stacked ? 8 : lw + 8 };
  const bar = 14;
  const rows = data.map((d) => {
    const lines = wrapLabel(d.label, lw - 6, fs);
    const h = stacked ? lines.length * LINE + bar + 8 : Math.max(bar + 6, lines.length * LINE + 4);
    return { d, lines, h };
  });
  let acc = m.top;
  const placed = rows.map((r) => {
    const y0 = acc;
    acc += r.h;
    return { ...r, y0 };
  });
  const height = acc + m.bottom;
  const x = scaleLinear().domain([0, xMax]).range([m.left, width - m.right]);
  const ticks = x.ticks(width < 400 ? 3 : 5);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={xTitle} xmlns="http://www.w3.org/2000/svg">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={m.top} y2={height - m.bottom} stroke="#e3e6ea" />
          <text x={x(t)} y={height - m.bottom + 14} textAnchor="middle" fontSize={fs} fill="#4f5866">
            {xFormat(t)}
          </text>
        </g>
      ))}
      {placed.map(({ d, lines, h, y0 }, i) => {
        const barY = stacked ? y0 + lines.length * LINE + 2 : y0 + (h - bar) / 2;
        const textY = stacked ? y0 + LINE - 3 : y0 + (h - lines.length * LINE) / 2 + LINE - 3;
        return (
          <g key={`${i}-${d.label}`}>
            <text x={stacked ? m.left : m.left - 6} y={textY} textAnchor={stacked ? 'start' : 'end'} fontSize={fs} fill="#1b1f24">
              {lines.map((l, j) => (
                <tspan key={j} x={stacked ? m.left : m.left - 6} dy={j === 0 ? 0 : LINE}>
                  {l}
                </tspan>
              ))}
            </text>
            <rect x={m.left} y={barY} width={Math.max(0, x(d.value) - m.left)} height={bar} fill={d.color}>
              <title>{d.tooltip}</title>
            </rect>
            <text x={x(d.value) + 4} y={barY + bar / 2} dy="0.32em" fontSize={fs} fill="#1b1f24">
              {d.note ?? xFormat(d.value)}
            </text>
          </g>
        );
      })}
      <XAxisTitle title={xTitle} width={width} left={m.left} right={m.right} bottom={height - 8} />
    </svg>
  );
}
