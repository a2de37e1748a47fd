/**
 * Scenario charts as plain SVG from props (server- or client-rendered, exportable by ChartFrame).
 * Colours: Okabe–Ito blue and orange, distinguishable with every common colour-vision deficiency;
 * bars also differ in position and carry labels, so colour is never the only cue.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { YGrid } from '../_components/charts/y-grid';
import { columnLabels, MIN_FONT, textWidth, wrapLabel } from '@/lib/charts/labels';

export const COLOR_A = '#0072B2';
export const COLOR_B = '#E69F00';
export const COLOR_UP = '#D55E00';
export const COLOR_DOWN = '#0072B2';

const compactNum = (v: number) => {
  const a = Math.abs(v);
  const s = a >= 1e6 ? `${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M` : a >= 1e3 ? `${Math.round(a / 1e3)}k` : String(Math.round(a));
  return v < 0 ? `−${s}` : s;
};

export interface BandPair {
  label: string;
  a: number;
  b: number;
}

/** Workers by exposure band: A and B side by side in each band. */
export function BandPairChart({ data, width = 720, height: h0 = 300 }: { data: BandPair[]; width?: number; height?: number }) {
  const x = scaleBand<string>().domain(data.map((d) => d.label)).range([56, width - 12]).paddingInner(0.25).paddingOuter(0.1);
  const lab = columnLabels(data.map((d) => d.label), x.bandwidth() / 0.75, MIN_FONT);
  const m = { top: 26, right: 12, bottom: lab.height + 24, left: 56 };
  const height = h0 + lab.height - 19;
  const inner = scaleBand<string>().domain(['a', 'b']).range([0, x.bandwidth()]).padding(0.08);
  const max = Math.max(1, ...data.flatMap((d) => [d.a, d.b]));
  const y = scaleLinear().domain([0, max]).nice().range([height - m.bottom, m.top]);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label="Workers by exposure band, scenario A and B" xmlns="http://www.w3.org/2000/svg">
      <YGrid ticks={y.ticks(5)} y={y} left={m.left} right={width - m.right} format={compactNum} />
      {data.map((d) => (
        <g key={d.label} transform={`translate(${x(d.label)},0)`}>
          {(['a', 'b'] as const).map((k) => (
            <rect key={k} x={inner(k)} y={y(d[k])} width={inner.bandwidth()} height={Math.max(0, y(0) - y(d[k]))} fill={k === 'a' ? COLOR_A : COLOR_B}>
              <title>{`Exposure ${d.label}: scenario ${k.toUpperCase()} ${Math.round(d[k]).toLocaleString('en-US')} workers`}</title>
            </rect>
          ))}
          <text x={x.bandwidth() / 2} y={height - m.bottom + 14} textAnchor={lab.rotate ? 'end' : 'middle'} transform={lab.rotate ? `rotate(-40 ${x.bandwidth() / 2} ${height - m.bottom + 14})` : undefined} fontSize="11" fill="#1b1f24">{d.label}</text>
        </g>
      ))}
      <text x={(m.left + width - m.right) / 2} y={height - 8} textAnchor="middle" fontSize="12" fill="#4f5866">Exposure (beta) of the occupation</text>
      <text x={12} y={14} fontSize="12" fill="#4f5866">Workers</text>
      <g transform={`translate(${width - m.right - 190},8)`} fontSize="12" fill="#1b1f24">
        <rect width="12" height="12" fill={COLOR_A} />
        <text x="16" y="10">Scenario A</text>
        <rect x="100" width="12" height="12" fill={COLOR_B} />
        <text x="116" y="10">Scenario B</text>
      </g>
    </svg>
  );
}

/** B − A per band: workers gained (above the axis) or lost (below). */
export function BandDiffChart({ data, width = 720, height: h0 = 240 }: { data: Array<{ label: string; diff: number }>; width?: number; height?: number }) {
  const x = scaleBand<string>().domain(data.map((d) => d.label)).range([56, width - 12]).padding(0.3);
  const lab = columnLabels(data.map((d) => d.label), x.bandwidth() / 0.7, MIN_FONT);
  const m = { top: 14, right: 12, bottom: lab.height + 24, left: 56 };
  const height = h0 + lab.height - 19;
  const valueFits = (v: number) => textWidth(`+${compactNum(v)}`, MIN_FONT) <= x.bandwidth() / 0.7 - 2;
  const ext = Math.max(1, ...data.map((d) => Math.abs(d.diff)));
  const y = scaleLinear().domain([-ext * 1.15, ext * 1.15]).nice().range([height - m.bottom, m.top]);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label="Change in workers by exposure band, B minus A" xmlns="http://www.w3.org/2000/svg">
      {y.ticks(5).map((t) => (
        <g key={t}>
          <line x1={m.left} x2={width - m.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? '#4f5866' : '#e3e6ea'} />
          <text x={m.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize="11" fill="#4f5866">{compactNum(t)}</text>
        </g>
      ))}
      {data.map((d) => {
        const y0 = y(0);
        const y1 = y(d.diff);
        return (
          <g key={d.label}>
            <rect x={x(d.label)} y={Math.min(y0, y1)} width={x.bandwidth()} height={Math.abs(y1 - y0)} fill={d.diff >= 0 ? COLOR_UP : COLOR_DOWN}>
              <title>{`Exposure ${d.label}: ${d.diff >= 0 ? '+' : ''}${Math.round(d.diff).toLocaleString('en-US')} workers (B − A)`}</title>
            </rect>
            {Math.abs(d.diff) >= 1 && valueFits(d.diff) && (
              <text x={(x(d.label) ?? 0) + x.bandwidth() / 2} y={d.diff >= 0 ? y1 - 4 : y1 + 12} textAnchor="middle" fontSize="11" fill="#1b1f24">
                {d.diff > 0 ? '+' : ''}
                {compactNum(d.diff)}
              </text>
            )}
            <text x={(x(d.label) ?? 0) + x.bandwidth() / 2} y={height - m.bottom + 14} textAnchor={lab.rotate ? 'end' : 'middle'} transform={lab.rotate ? `rotate(-40 ${(x(d.label) ?? 0) + x.bandwidth() / 2} ${height - m.bottom + 14})` : undefined} fontSize="11" fill="#1b1f24">{d.label}</text>
          </g>
        );
      })}
      <text x={(m.left + width - m.right) / 2} y={height - 8} textAnchor="middle" fontSize="12" fill="#4f5866">{width < 480 ? 'Beta band: workers in B − A' : 'Exposure (beta) band · bars: workers in B minus workers in A'}</text>
    </svg>
  );
}

export interface MoverBar {
  label: string;
  change: number;
  note: string;
}

/** Occupations whose exposure changes most from A to B (diverging around zero); labels wrap, and sit above their bar on narrow charts. */
export function MoversChart({ data, width = 720 }: { data: MoverBar[]; width?: number }) {
  const fs = MIN_FONT;
  const LINE = 14;
  const stacked = width < 520;
  const lw = stacked ? width - 16 : Math.min(300, width * 0.42);
  const m = { top: 8, right: 60, bottom: 40, left: stacked ? 12 : lw + 8 };
  const bar = 14;
  let acc = m.top;
  const rows = data.map((d) => {
    const lines = wrapLabel(d.label, lw - 8, fs);
    const h = stacked ? lines.length * LINE + bar + 8 : Math.max(bar + 8, lines.length * LINE + 6);
    const y0 = acc;
    acc += h;
    return { d, lines, h, y0 };
  });
  const height = Math.max(acc, m.top + 22) + m.bottom;
  const ext = Math.max(0.01, ...data.map((d) => Math.abs(d.change)));
  const x = scaleLinear().domain([Math.min(0, ...data.map((d) => d.change)) < 0 ? -ext : 0, ext]).nice().range([m.left, width - m.right]);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label="Occupations whose exposure changes most from A to B" xmlns="http://www.w3.org/2000/svg">
      {x.ticks(width < 400 ? 3 : 5).map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={m.top} y2={height - m.bottom} stroke={t === 0 ? '#4f5866' : '#e3e6ea'} />
          <text x={x(t)} y={height - m.bottom + 14} textAnchor="middle" fontSize={fs} fill="#4f5866">{t > 0 ? '+' : ''}{t.toFixed(2)}</text>
        </g>
      ))}
      {rows.map(({ d, lines, h, y0 }, i) => {
        const x0 = x(0);
        const x1 = x(d.change);
        const barY = stacked ? y0 + lines.length * LINE + 2 : y0 + (h - bar) / 2;
        const tx = stacked ? m.left : m.left - 8;
        const ty = stacked ? y0 + LINE - 3 : y0 + (h - lines.length * LINE) / 2 + LINE - 3;
        return (
          <g key={`${i}-${d.label}`}>
            <text x={tx} y={ty} textAnchor={stacked ? 'start' : 'end'} fontSize={fs} fill="#1b1f24">
              {lines.map((l, j) => (
                <tspan key={j} x={tx} dy={j === 0 ? 0 : LINE}>{l}</tspan>
              ))}
            </text>
            <rect x={Math.min(x0, x1)} y={barY} width={Math.abs(x1 - x0)} height={bar} fill={d.change >= 0 ? COLOR_UP : COLOR_DOWN}>
              <title>{d.note}</title>
            </rect>
            <text x={Math.max(x0, x1) + 4} y={barY + bar / 2} dy="0.32em" fontSize={fs} fill="#1b1f24">{d.change > 0 ? '+' : ''}{d.change.toFixed(3)}</text>
          </g>
        );
      })}
      <text x={(m.left + width - m.right) / 2} y={height - 8} textAnchor="middle" fontSize="12" fill="#4f5866">Change in exposure (beta), B − A</text>
    </svg>
  );
}
