import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { symmetricDomain } from '@/lib/charts/diverging';
import { AXIS_FORMATS, type DivergingSpec } from '@/lib/charts/spec';
import { edgeTick, GRID, INK, MUTED, valueTicks } from './common';

const ROW = 16;
/** Characters that fit in px at ~0.56 em per character. */
const room = (px: number, size = 11) => Math.max(6, Math.floor(px / (size * 0.56)));
const clipTo = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Diverging bars around a zero line with recharts: labels sit on the other side of the line from
 * their bar, so long names never collide with it (cut with … to the room there; the full name is in
 * the tooltip and the data table). `marker` draws a dashed reference (e.g. the national mean).
 */
export function DivergingRecharts({ spec, width }: { spec: DivergingSpec; width: number }) {
  const fmt = AXIS_FORMATS[spec.format];
  const margin = { top: 24, right: 16, bottom: 44, left: 16 };
  const height = margin.top + spec.data.length * ROW + margin.bottom;
  const domain = symmetricDomain(spec.data.map((d) => d.value));
  const zero = margin.left + (width - margin.left - margin.right) / 2;
  const half = Math.min(zero, width - zero);
  const clip = (s: string) => clipTo(s, Math.min(44, room(half - 20)));
  const head = (s: string) => clipTo(s, room(half - 12, 13.5));
  const rows = spec.data.map((d) => ({ key: d.key, value: d.value }));
  return (
    <BarChart layout="vertical" width={width} height={height} data={rows} margin={margin} barCategoryGap={2} accessibilityLayer={false}>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" domain={domain} ticks={valueTicks(domain, [margin.left, width - margin.right], fmt, width < 480 ? 4 : 6)} tick={edgeTick(width, fmt)} tickLine={false} axisLine={false} height={20} />
      <YAxis type="category" dataKey="key" hide />
      <ReferenceLine x={0} stroke={MUTED} />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(p: { x?: number; y?: number; width?: number; height?: number; index?: number }) => {
          const d = spec.data[p.index ?? 0];
          const x0 = Math.min(p.x ?? 0, (p.x ?? 0) + (p.width ?? 0));
          const pos = d.value >= 0;
          return (
            <g data-key={d.key}>
              <rect x={x0} y={p.y} width={Math.max(1, Math.abs(p.width ?? 0))} height={p.height} fill={d.color}>
                <title>{d.tooltip}</title>
              </rect>
              <text x={pos ? zero - 4 : zero + 4} y={(p.y ?? 0) + (p.height ?? 0) / 2} dy="0.32em" textAnchor={pos ? 'end' : 'start'} fontSize="11" fill={INK}>
                {clip(d.label)}
              </text>
            </g>
          );
        }}
      />
      <text x={zero - 8} y={14} textAnchor="end" fontSize="12" fontWeight="600" fill="#31688e">
        {head(`← ${spec.leftLabel}`)}
      </text>
      <text x={zero + 8} y={14} textAnchor="start" fontSize="12" fontWeight="600" fill="#6b4f00">
        {head(`${spec.rightLabel} →`)}
      </text>
      {spec.marker && Math.abs(spec.marker.value) <= domain[1] && (
        <ReferenceLine x={spec.marker.value} stroke="#8a5a00" strokeDasharray="4 3" label={{ value: spec.marker.label, position: 'bottom', offset: 24, fontSize: 11, fill: '#8a5a00' }} />
      )}
      <text x={width / 2} y={height - 4} textAnchor="middle" fontSize="12" fill={MUTED}>
        {clipTo(spec.xTitle, room(width - 8, 12.5))}
      </text>
    </BarChart>
  );
}
