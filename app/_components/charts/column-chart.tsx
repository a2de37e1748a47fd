import { scaleBand, scaleLinear } from 'd3-scale';
import { axisTitleLines, columnLabels, MIN_FONT } from '@/lib/charts/labels';
import { XAxisTitle } from './axis-title';
import { niceMax } from '@/lib/charts/stats';
import { YGrid } from './y-grid';

export interface Column {
  label: string;
  value: number;
  color: string;
  tooltip: string;
}

/**
 * Vertical bars laid out at `width` (see Fit: drawn at the size shown, so text stays ≥ 11 px).
 * Category labels turn 40° instead of overlapping when their columns are narrow. Attributes only,
 * so the SVG exports as seen.
 */
export function ColumnChart({ data, width = 640, height = 320, yFormat, xTitle, yTitle, yMax }: { data: Column[]; width?: number; height?: number; yFormat: (v: number) => string; xTitle: string; yTitle: string; yMax?: number }) {
  const fs = MIN_FONT;
  const left = 64;
  const band = scaleBand<string>().domain(data.map((d) => d.label)).range([left, width - 12]).padding(0.12);
  const lab = columnLabels(data.map((d) => d.label), band.bandwidth(), fs);
  const m = { top: 12, right: 12, bottom: lab.height + 24 + 14 * (axisTitleLines(xTitle, width).length - 1), left };
  const h = Math.max(height, 200 + m.bottom);
  const max = yMax ?? niceMax(Math.max(0, ...data.map((d) => d.value)));
  const x = band;
  const y = scaleLinear().domain([0, max]).range([h - m.bottom, m.top]);
  const ticks = y.ticks(5);
  return (
    <svg viewBox={`0 0 ${width} ${h}`} width={width} height={h} role="img" aria-label={`${yTitle} by ${xTitle}`} xmlns="http://www.w3.org/2000/svg">
      <YGrid ticks={ticks} y={y} left={m.left} right={width - m.right} format={yFormat} />
      {data.map((d) => {
        const cx = (x(d.label) ?? 0) + x.bandwidth() / 2;
        const ly = h - m.bottom + 14;
        return (
          <g key={d.label}>
            <rect x={x(d.label)} y={y(d.value)} width={x.bandwidth()} height={Math.max(0, y(0) - y(d.value))} fill={d.color}>
              <title>{d.tooltip}</title>
            </rect>
            <text x={cx} y={ly} textAnchor={lab.rotate ? 'end' : 'middle'} transform={lab.rotate ? `rotate(-40 ${cx} ${ly})` : undefined} fontSize={fs} fill="#1b1f24">
              {d.label}
            </text>
          </g>
        );
      })}
      <line x1={m.left} x2={width - m.right} y1={y(0)} y2={y(0)} stroke="#4f5866" />
      <XAxisTitle title={xTitle} width={width} left={m.left} right={m.right} bottom={h - 8} />
      <text transform={`translate(14 ${(m.top + h - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="#4f5866">
        {yTitle}
      </text>
    </svg>
  );
}
