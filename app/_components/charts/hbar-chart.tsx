import { scaleLinear } from 'd3-scale';

export interface HBar {
  label: string;
  value: number;
  color: string;
  tooltip: string;
  note?: string;
}

/** Horizontal bars with labels on the left; height grows with the number of bars. */
export function HBarChart({ data, width = 640, xFormat, xTitle, xMax = 1, labelWidth = 250 }: { data: HBar[]; width?: number; xFormat: (v: number) => string; xTitle: string; xMax?: number; labelWidth?: number }) {
  const row = 20;
  const m = { top: 8, right: 56, bottom: 40, left: labelWidth };
  const height = m.top + m.bottom + row * data.length;
  const x = scaleLinear().domain([0, xMax]).range([m.left, width - m.right]);
  const ticks = x.ticks(5);
  const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 38)}…` : s);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={xTitle} xmlns="http://www.w3.org/2000/svg">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={m.top} y2={height - m.bottom} stroke="#e3e6ea" />
          <text x={x(t)} y={height - m.bottom + 14} textAnchor="middle" fontSize="11" fill="#4f5866">
            {xFormat(t)}
          </text>
        </g>
      ))}
      {data.map((d, i) => {
        const yy = m.top + i * row;
        return (
          <g key={d.label}>
            <text x={m.left - 6} y={yy + row / 2} dy="0.32em" textAnchor="end" fontSize="11" fill="#1b1f24">
              {clip(d.label)}
            </text>
            <rect x={m.left} y={yy + 3} width={Math.max(0, x(d.value) - m.left)} height={row - 6} fill={d.color}>
              <title>{d.tooltip}</title>
            </rect>
            <text x={x(d.value) + 4} y={yy + row / 2} dy="0.32em" fontSize="11" fill="#1b1f24">
              {d.note ?? xFormat(d.value)}
            </text>
          </g>
        );
      })}
      <text x={(m.left + width - m.right) / 2} y={height - 8} textAnchor="middle" fontSize="12" fill="#4f5866">
        {xTitle}
      </text>
    </svg>
  );
}
