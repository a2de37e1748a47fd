import { scaleBand, scaleLinear } from 'd3-scale';
import { niceMax } from '@/lib/charts/stats';
import { YGrid } from './y-grid';

export interface Column {
  label: string;
  value: number;
  color: string;
  tooltip: string;
}

/** Vertical bars on a fixed viewBox (scales with CSS width). Attributes only, so the SVG exports as seen. */
export function ColumnChart({ data, width = 640, height = 320, yFormat, xTitle, yTitle, yMax }: { data: Column[]; width?: number; height?: number; yFormat: (v: number) => string; xTitle: string; yTitle: string; yMax?: number }) {
  const m = { top: 12, right: 12, bottom: 52, left: 64 };
  const max = yMax ?? niceMax(Math.max(0, ...data.map((d) => d.value)));
  const x = scaleBand<string>().domain(data.map((d) => d.label)).range([m.left, width - m.right]).padding(0.12);
  const y = scaleLinear().domain([0, max]).range([height - m.bottom, m.top]);
  const ticks = y.ticks(5);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${yTitle} by ${xTitle}`} xmlns="http://www.w3.org/2000/svg">
      <YGrid ticks={ticks} y={y} left={m.left} right={width - m.right} format={yFormat} />
      {data.map((d) => (
        <g key={d.label}>
          <rect x={x(d.label)} y={y(d.value)} width={x.bandwidth()} height={Math.max(0, y(0) - y(d.value))} fill={d.color}>
            <title>{d.tooltip}</title>
          </rect>
          <text x={(x(d.label) ?? 0) + x.bandwidth() / 2} y={height - m.bottom + 14} textAnchor="middle" fontSize="11" fill="#1b1f24">
            {d.label}
          </text>
        </g>
      ))}
      <line x1={m.left} x2={width - m.right} y1={y(0)} y2={y(0)} stroke="#4f5866" />
      <text x={(m.left + width - m.right) / 2} y={height - 10} textAnchor="middle" fontSize="12" fill="#4f5866">
        {xTitle}
      </text>
      <text transform={`translate(14 ${(m.top + height - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="#4f5866">
        {yTitle}
      </text>
    </svg>
  );
}
