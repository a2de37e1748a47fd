import { exposureColor, textOn } from '@/lib/charts/color';
import { compact, pct } from '@/lib/charts/format';
import { layoutTreemap, type TreemapLeaf } from '@/lib/charts/treemap';

/** Occupations by group, area ∝ employment, colour = beta (viridis). Each cell links to its occupation. */
export function TreemapChart({ leaves, width = 960, height = 560 }: { leaves: TreemapLeaf[]; width?: number; height?: number }) {
  const { groups, leaves: rects } = layoutTreemap(leaves, width, height);
  return (
    <svg style={{ maxWidth: "none" }} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label="Treemap of occupations by group, sized by employment and coloured by exposure" xmlns="http://www.w3.org/2000/svg">
      {groups.map((g) => (
        <g key={g.group}>
          <rect x={g.x0} y={g.y0} width={g.x1 - g.x0} height={g.y1 - g.y0} fill="#2b2f36" />
          {g.x1 - g.x0 > 40 && (
            <text x={g.x0 + 3} y={g.y0 + 10} fontSize="9" fill="#ffffff">
              {g.label.replace(/ Occupations$/, '').slice(0, Math.floor((g.x1 - g.x0) / 5))}
            </text>
          )}
        </g>
      ))}
      {rects.map((r) => {
        const w = r.x1 - r.x0;
        const h = r.y1 - r.y0;
        return (
          <a key={r.id} href={`/occupations/${r.id}`}>
            <rect x={r.x0} y={r.y0} width={w} height={h} fill={exposureColor(r.value)}>
              <title>{`${r.label}: beta ${pct(r.value)}, ${compact(r.size)} workers`}</title>
            </rect>
            {w > 60 && h > 14 && (
              <text x={r.x0 + 3} y={r.y0 + 11} fontSize="9" fill={textOn(r.value)} pointerEvents="none">
                {r.label.slice(0, Math.floor(w / 5))}
              </text>
            )}
          </a>
        );
      })}
    </svg>
  );
}
