import { scaleLinear, scaleLog, scaleSqrt } from 'd3-scale';
import { YGrid } from './y-grid';

export interface Point {
  id: string;
  x: number;
  y: number;
  size: number;
  color: string;
  tooltip: string;
}

/** Scatter with area ∝ size; x optionally logarithmic. Largest points drawn first so small ones stay visible. */
export function ScatterChart({ points, width = 640, height = 360, xTitle, yTitle, xFormat, yFormat, xLog = false, xDomain, yDomain = [0, 1], line }: { points: Point[]; width?: number; height?: number; xTitle: string; yTitle: string; xFormat: (v: number) => string; yFormat: (v: number) => string; xLog?: boolean; xDomain?: [number, number]; yDomain?: [number, number]; line?: { points: Array<[number, number]>; label: string } }) {
  const m = { top: 12, right: 16, bottom: 44, left: 56 };
  const xs = points.map((p) => p.x);
  const dom: [number, number] = xDomain ?? [Math.min(...xs), Math.max(...xs)];
  const clampX = (v: number) => Math.max(dom[0], Math.min(dom[1], v));
  const x = (xLog ? scaleLog() : scaleLinear()).domain(dom).range([m.left, width - m.right]);
  if (!xLog) x.nice();
  const y = scaleLinear().domain(yDomain).range([height - m.bottom, m.top]).nice();
  const r = scaleSqrt().domain([0, Math.max(1, ...points.map((p) => p.size))]).range([1.5, 14]);
  const xt = xLog ? x.ticks(8).filter((t) => [1, 2, 3, 5].includes(Math.round(t / 10 ** Math.floor(Math.log10(t))))) : x.ticks(6);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${yTitle} against ${xTitle}`} xmlns="http://www.w3.org/2000/svg">
      <YGrid ticks={y.ticks(5)} y={y} left={m.left} right={width - m.right} format={yFormat} />
      {xt.map((t) => (
        <text key={`x${t}`} x={x(t)} y={height - m.bottom + 14} textAnchor="middle" fontSize="11" fill="#4f5866">
          {xFormat(t)}
        </text>
      ))}
      <line x1={m.left} x2={width - m.right} y1={height - m.bottom} y2={height - m.bottom} stroke="#4f5866" />
      {[...points]
        .sort((a, b) => b.size - a.size)
        .map((p) => (
          <circle key={p.id} cx={x(clampX(p.x))} cy={y(p.y)} r={r(p.size)} fill={p.color} fillOpacity="0.7" stroke="#ffffff" strokeWidth="0.5">
            <title>{p.tooltip}</title>
          </circle>
        ))}
      {line && (
        <g>
          <polyline points={line.points.map(([a, b]) => `${x(a)},${y(b)}`).join(' ')} fill="none" stroke="#8a5a00" strokeDasharray="5 3" strokeWidth="2" />
          <text x={x(line.points[line.points.length - 1][0])} y={y(line.points[line.points.length - 1][1]) - 8} textAnchor="end" fontSize="11" fill="#8a5a00">
            {line.label}
          </text>
        </g>
      )}
      <text x={(m.left + width - m.right) / 2} y={height - 8} textAnchor="middle" fontSize="12" fill="#4f5866">
        {xTitle}
      </text>
      <text transform={`translate(14 ${(m.top + height - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="#4f5866">
        {yTitle}
      </text>
    </svg>
  );
}
