/** The path graph: source → targets on an exposure axis (layout in graph-layout.ts). */
import { exposureColor } from '@/lib/charts/color';
import type { GraphLayout } from './graph-layout';

const clip = (s: string, n = 44) => (s.length > n ? `${s.slice(0, n - 2)}…` : s);

export function PathGraph({ layout: l, sourceTitle, sourceBeta }: { layout: GraphLayout; sourceTitle: string; sourceBeta: number }) {
  return (
    <svg viewBox={`0 0 ${l.width} ${l.height}`} width={l.width} height={l.height} role="img" aria-label={`Reskilling paths from ${sourceTitle} to less exposed occupations`} xmlns="http://www.w3.org/2000/svg" data-testid="path-graph">
      <rect x={l.marginBand.x0} y={8} width={Math.max(0, l.marginBand.x1 - l.marginBand.x0)} height={l.axisY - 8} fill="#f1e4c8" opacity="0.7">
        <title>Excluded: within the exposure margin of the source</title>
      </rect>
      {l.ticks.map((t) => (
        <g key={t.value}>
          <line x1={t.x} x2={t.x} y1={8} y2={l.axisY} stroke="#e3e6ea" />
          <text x={t.x} y={l.axisY + 14} textAnchor="middle" fontSize="11" fill="#4f5866">{t.label}</text>
        </g>
      ))}
      <text x={(l.labelWidth + l.width) / 2} y={l.height - 22} textAnchor="middle" fontSize="12" fill="#4f5866">
        Exposure (beta) → more exposed
      </text>
      <text x={l.width / 2} y={l.height - 6} textAnchor="middle" fontSize="11" fill="#4f5866">
        Shaded: within the margin, not a path · link width: score
      </text>
      {l.targets.map((t) => (
        <g key={t.code}>
          <path d={t.link} fill="none" stroke="#31688e" strokeOpacity="0.45" strokeWidth={t.linkWidth}>
            <title>{`${t.title}: score ${t.score.toFixed(2)}`}</title>
          </path>
          <line x1={l.labelWidth - 2} x2={t.x - t.r} y1={t.y} y2={t.y} stroke="#c8ccd2" strokeDasharray="2 3" />
          <text x={l.labelWidth - 6} y={t.y} dy="0.32em" textAnchor="end" fontSize="12" fill="#1b1f24">
            {clip(t.title)}
          </text>
          <circle cx={t.x} cy={t.y} r={t.r} fill={exposureColor(t.beta)} stroke="#1b1f24" strokeWidth="0.75">
            <title>{`${t.title}: beta ${t.beta.toFixed(2)}, ${Math.round(t.employment).toLocaleString('en-US')} workers`}</title>
          </circle>
          <text x={t.x + t.r + 3} y={t.y} dy="0.32em" fontSize="10" fill="#4f5866">{t.beta.toFixed(2)}</text>
        </g>
      ))}
      <circle cx={l.source.x} cy={l.source.y} r={l.source.r + 2} fill={exposureColor(sourceBeta)} stroke="#1b1f24" strokeWidth="1.5" />
      <text x={l.source.x + l.source.r + 8} y={l.source.y - 8} fontSize="12" fontWeight="700" fill="#1b1f24">{clip(sourceTitle, 22)}</text>
      <text x={l.source.x + l.source.r + 8} y={l.source.y + 8} fontSize="11" fill="#4f5866">beta {sourceBeta.toFixed(2)} (source)</text>
    </svg>
  );
}
