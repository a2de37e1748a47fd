import { layoutDiverging, type DivergingItem } from '@/lib/charts/diverging';

export interface DivergingDatum extends DivergingItem {
  color: string;
  tooltip: string;
}

/**
 * Diverging bars around a zero line (server-rendered SVG): labels sit on the other side of the line,
 * so long names never collide with their bar. `marker` draws a dashed reference (e.g. the national mean).
 */
export function DivergingChart({
  data,
  width = 760,
  xFormat,
  xTitle,
  leftLabel,
  rightLabel,
  marker,
}: {
  data: DivergingDatum[];
  width?: number;
  xFormat: (v: number) => string;
  xTitle: string;
  leftLabel: string;
  rightLabel: string;
  marker?: { value: number; label: string };
}) {
  const L = layoutDiverging(data, { width });
  // Labels sit between the zero line and the far edge: cut them (with …) to the room there, at ~6.2 px per 11 px character.
  const room = (px: number, size = 11) => Math.max(6, Math.floor(px / (size * 0.56)));
  const clipTo = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const clip = (s: string) => clipTo(s, Math.min(44, room(Math.min(L.zero, L.width - L.zero) - 20)));
  const head = (s: string) => clipTo(s, room(Math.min(L.zero, L.width - L.zero) - 12, 13.5)); // bold 12 px
  const axisY = L.height - L.bottom;
  return (
    <svg viewBox={`0 0 ${L.width} ${L.height}`} width={L.width} height={L.height} role="img" aria-label={`${xTitle}: ${leftLabel} to the left, ${rightLabel} to the right`} xmlns="http://www.w3.org/2000/svg">
      <text x={L.zero - 8} y={14} textAnchor="end" fontSize="12" fontWeight="600" fill="#31688e">
        {head(`← ${leftLabel}`)}
      </text>
      <text x={L.zero + 8} y={14} textAnchor="start" fontSize="12" fontWeight="600" fill="#6b4f00">
        {head(`${rightLabel} →`)}
      </text>
      {L.ticks.map((t, i) => (
        <g key={t.value}>
          <line x1={t.x} x2={t.x} y1={L.top - 4} y2={axisY} stroke={t.value === 0 ? '#4f5866' : '#e3e6ea'} />
          {/* The outermost ticks sit at the edges: anchor them inwards so they are never cut. */}
          <text x={t.x} y={axisY + 14} textAnchor={i === 0 && t.x - L.x(-L.extent) < 30 ? 'start' : i === L.ticks.length - 1 && L.x(L.extent) - t.x < 30 ? 'end' : 'middle'} fontSize="11" fill="#4f5866">
            {xFormat(t.value)}
          </text>
        </g>
      ))}
      {L.bars.map((b) => (
        <g key={b.item.key} data-key={b.item.key}>
          <rect x={b.x0} y={b.y + 2} width={Math.max(1, b.x1 - b.x0)} height={L.row - 4} fill={b.item.color}>
            <title>{b.item.tooltip}</title>
          </rect>
          <text x={b.labelX} y={b.y + L.row / 2} dy="0.32em" textAnchor={b.labelAnchor} fontSize="11" fill="#1b1f24">
            {clip(b.item.label)}
          </text>
        </g>
      ))}
      {marker && Math.abs(marker.value) <= L.extent && (
        <g>
          <line x1={L.x(marker.value)} x2={L.x(marker.value)} y1={L.top - 4} y2={axisY} stroke="#8a5a00" strokeDasharray="4 3" />
          <text x={L.x(marker.value)} y={axisY + 28} textAnchor="middle" fontSize="11" fill="#8a5a00">
            {marker.label}
          </text>
        </g>
      )}
      <text x={L.width / 2} y={L.height - 4} textAnchor="middle" fontSize="12" fill="#4f5866">
        {clipTo(xTitle, room(L.width - 8, 12.5))}
      </text>
    </svg>
  );
}
