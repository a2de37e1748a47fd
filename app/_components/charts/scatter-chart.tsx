import { interpolateViridis } from 'd3-scale-chromatic';
import { scaleLinear, scaleLog, scaleSqrt } from 'd3-scale';
import { axisTitleLines, MIN_FONT, textWidth } from '@/lib/charts/labels';
import { XAxisTitle } from './axis-title';
import { YGrid } from './y-grid';

export interface Point {
  id: string;
  x: number;
  y: number;
  size: number;
  color: string;
  tooltip: string;
}

export interface ScatterLegend {
  /** what the viridis colour encodes, 0 → 1 */
  color?: { label: string; low: string; high: string };
  /** what circle area encodes, with reference values drawn as circles */
  size?: { label: string; values: number[]; format: (v: number) => string };
}

interface LegendItem {
  w: number;
  draw: (x: number, y: number) => React.ReactNode;
}

/** Legend items placed left to right, wrapping onto a new row when the chart is narrow. */
function placeLegend(items: LegendItem[], width: number, left: number): { nodes: React.ReactNode[]; height: number } {
  const rowH = 30;
  let x = left;
  let y = 4;
  const nodes: React.ReactNode[] = [];
  items.forEach((it, i) => {
    if (x > left && x + it.w > width - 8) {
      x = left;
      y += rowH;
    }
    nodes.push(<g key={i}>{it.draw(x, y)}</g>);
    x += it.w + 18;
  });
  return { nodes, height: items.length ? y + rowH : 0 };
}

/**
 * Scatter with area ∝ size and x optionally logarithmic, laid out at `width` (see Fit). A legend
 * above the plot says what colour, circle size and the dashed line mean (the line's label sits in
 * the legend, never on the points); `xMarker` draws a labelled vertical line (e.g. a top-code).
 * Largest points are drawn first so small ones stay visible.
 */
export function ScatterChart({ points, width = 640, height = 360, xTitle, yTitle, xFormat, yFormat, xLog = false, xDomain, yDomain = [0, 1], line, legend, xMarker }: { points: Point[]; width?: number; height?: number; xTitle: string; yTitle: string; xFormat: (v: number) => string; yFormat: (v: number) => string; xLog?: boolean; xDomain?: [number, number]; yDomain?: [number, number]; line?: { points: Array<[number, number]>; label: string }; legend?: ScatterLegend; xMarker?: { value: number; label: string } }) {
  const fs = MIN_FONT;
  const r = scaleSqrt().domain([0, Math.max(1, ...points.map((p) => p.size))]).range([1.5, width < 480 ? 10 : 14]);
  const items: LegendItem[] = [];
  if (legend?.color) {
    const c = legend.color;
    const w = textWidth(c.label, fs) + 8 + textWidth(c.low, fs) + 4 + 70 + 4 + textWidth(c.high, fs);
    items.push({
      w,
      draw: (x, y) => {
        const rx = x + textWidth(c.label, fs) + 8 + textWidth(c.low, fs) + 4;
        return (
          <>
            <text x={x} y={y + 14} fontSize={fs} fill="#1b1f24">{c.label}</text>
            <text x={rx - 4} y={y + 14} textAnchor="end" fontSize={fs} fill="#4f5866">{c.low}</text>
            {[0, 0.25, 0.5, 0.75, 1].map((v, i) => (
              <rect key={v} x={rx + i * 14} y={y + 5} width={14} height={11} fill={interpolateViridis(v)} />
            ))}
            <text x={rx + 74} y={y + 14} fontSize={fs} fill="#4f5866">{c.high}</text>
          </>
        );
      },
    });
  }
  if (legend?.size) {
    const s = legend.size;
    const circles = s.values.map((v) => ({ v, rad: r(v), tw: textWidth(s.format(v), fs) }));
    const w = textWidth(s.label, fs) + 8 + circles.reduce((t, c) => t + 2 * c.rad + 4 + c.tw + 10, 0);
    items.push({
      w,
      draw: (x, y) => {
        let cx = x + textWidth(s.label, fs) + 8;
        return (
          <>
            <text x={x} y={y + 14} fontSize={fs} fill="#1b1f24">{s.label}</text>
            {circles.map((c) => {
              const at = cx + c.rad;
              cx += 2 * c.rad + 4 + c.tw + 10;
              return (
                <g key={c.v}>
                  <circle cx={at} cy={y + 10} r={c.rad} fill="#9aa3ad" fillOpacity="0.6" stroke="#4f5866" strokeWidth="0.5" />
                  <text x={at + c.rad + 4} y={y + 14} fontSize={fs} fill="#4f5866">{s.format(c.v)}</text>
                </g>
              );
            })}
          </>
        );
      },
    });
  }
  if (line) {
    items.push({
      w: 30 + textWidth(line.label, fs),
      draw: (x, y) => (
        <>
          <line x1={x} x2={x + 24} y1={y + 10} y2={y + 10} stroke="#8a5a00" strokeDasharray="5 3" strokeWidth="2" />
          <text x={x + 30} y={y + 14} fontSize={fs} fill="#8a5a00">{line.label}</text>
        </>
      ),
    });
  }
  const lg = placeLegend(items, width, 8);
  const extra = 14 * (axisTitleLines(xTitle, width).length - 1);
  const m = { top: 12 + lg.height, right: 16, bottom: 44 + extra, left: 56 };
  const h = height + lg.height + extra;
  const xs = points.map((p) => p.x);
  const dom: [number, number] = xDomain ?? [Math.min(...xs), Math.max(...xs)];
  const clampX = (v: number) => Math.max(dom[0], Math.min(dom[1], v));
  const x = (xLog ? scaleLog() : scaleLinear()).domain(dom).range([m.left, width - m.right]);
  if (!xLog) x.nice();
  const y = scaleLinear().domain(yDomain).range([h - m.bottom, m.top]).nice();
  const xtAll = xLog ? x.ticks(8).filter((t) => [1, 2, 3, 5].includes(Math.round(t / 10 ** Math.floor(Math.log10(t))))) : x.ticks(6);
  // Drop ticks whose labels would touch on a narrow chart.
  const xt: number[] = [];
  for (const t of xtAll) if (xt.length === 0 || x(t) - x(xt[xt.length - 1]) >= textWidth(xFormat(t), fs) + 8) xt.push(t);
  return (
    <svg viewBox={`0 0 ${width} ${h}`} width={width} height={h} role="img" aria-label={`${yTitle} against ${xTitle}`} xmlns="http://www.w3.org/2000/svg">
      {lg.nodes}
      <YGrid ticks={y.ticks(5)} y={y} left={m.left} right={width - m.right} format={yFormat} />
      {xt.map((t) => (
        <text key={`x${t}`} x={x(t)} y={h - m.bottom + 14} textAnchor="middle" fontSize={fs} fill="#4f5866">
          {xFormat(t)}
        </text>
      ))}
      <line x1={m.left} x2={width - m.right} y1={h - m.bottom} y2={h - m.bottom} stroke="#4f5866" />
      {xMarker && (
        <g>
          <line x1={x(clampX(xMarker.value))} x2={x(clampX(xMarker.value))} y1={m.top} y2={h - m.bottom} stroke="#4f5866" strokeDasharray="2 3" />
          <text x={x(clampX(xMarker.value)) - 4} y={m.top + 10} textAnchor="end" fontSize={fs} fill="#4f5866">
            {xMarker.label}
          </text>
        </g>
      )}
      {[...points]
        .sort((a, b) => b.size - a.size)
        .map((p) => (
          <circle key={p.id} cx={x(clampX(p.x))} cy={y(p.y)} r={r(p.size)} fill={p.color} fillOpacity="0.7" stroke="#ffffff" strokeWidth="0.5">
            <title>{p.tooltip}</title>
          </circle>
        ))}
      {line && <polyline points={line.points.map(([a, b]) => `${x(a)},${y(b)}`).join(' ')} fill="none" stroke="#8a5a00" strokeDasharray="5 3" strokeWidth="2" />}
      <XAxisTitle title={xTitle} width={width} left={m.left} right={m.right} bottom={h - 8} />
      <text transform={`translate(14 ${(m.top + h - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="#4f5866">
        {yTitle}
      </text>
    </svg>
  );
}
