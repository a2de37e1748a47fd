import { exposureColor, textOn } from '@/lib/charts/color';
import { compact, pct } from '@/lib/charts/format';
import { layoutTreemap, type TreemapLeaf } from '@/lib/charts/treemap';

/** Occupations by group, area ∝ employment, colour = beta (viridis). Each cell links to its occupation. */
export function TreemapChart({ leaves, width = 960, height }: { leaves: TreemapLeaf[]; width?: number; height?: number }) {
  // Taller than wide on phones, so cells stay big enough to name (text is drawn at 11 px).
  const h = height ?? Math.round(Math.max(420, Math.min(600, width * 0.62), width < 500 ? width * 1.3 : 0));
  const { groups, leaves: rects } = layoutTreemap(leaves, width, h);
  const fit = (s: string, w: number) => {
    const n = Math.floor((w - 6) / 6);
    return s.length <= n ? s : `${s.slice(0, Math.max(1, n - 1))}…`;
  };
  return (
    <svg viewBox={`0 0 ${width} ${h}`} width={width} height={h} role="group" aria-label="Treemap of occupations by group, sized by employment and coloured by exposure" xmlns="http://www.w3.org/2000/svg">
      {groups.map((g) => (
        <g key={g.group}>
          <rect x={g.x0} y={g.y0} width={g.x1 - g.x0} height={g.y1 - g.y0} fill="#2b2f36" />
          {g.x1 - g.x0 > 48 && (
            <text x={g.x0 + 3} y={g.y0 + 12} fontSize="11" fill="#ffffff">
              {fit(g.label.replace(/ Occupations$/, ''), g.x1 - g.x0)}
            </text>
          )}
        </g>
      ))}
      {rects.map((r) => {
        const w = r.x1 - r.x0;
        const hh = r.y1 - r.y0;
        return (
          <a key={r.id} href={`/occupations/${r.id}`}>
            <rect x={r.x0} y={r.y0} width={w} height={hh} fill={exposureColor(r.value)}>
              <title>{`${r.label}: beta ${pct(r.value)}, ${r.sizeText ?? `${compact(r.size)} workers`}`}</title>
            </rect>
            {w > 70 && hh > 16 && (
              <text x={r.x0 + 3} y={r.y0 + 12} fontSize="11" fill={textOn(r.value)} pointerEvents="none">
                {fit(r.label, w)}
              </text>
            )}
          </a>
        );
      })}
    </svg>
  );
}
