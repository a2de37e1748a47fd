import './state-map.css';
import { MAP_HEIGHT, MAP_WIDTH, mapClasses, type StateShape } from '@/lib/charts/map-classes';
import { pct } from '@/lib/charts/format';

export interface StateValue {
  fips: string;
  postal: string;
  name: string;
  value: number | null;
  /** What a screen reader and the tooltip say, e.g. "California: 35% (rank 12 of 51)". */
  label: string;
}

const LEGEND_Y = MAP_HEIGHT + 12;

/**
 * Choropleth of the states (plain SVG; rendered on the server, or in the browser by LazyStateMap). Every state links to its /states page, reachable by
 * keyboard with its value in its accessible name. The legend is drawn in the SVG (so PNG and SVG
 * exports carry it) and repeated as HTML below, readable at phone sizes.
 */
/** How legend values read: a share (35.1%) or a wage in thousands ($82k). Strings, so a server page can hand them to the browser. */
export type MapFormat = 'percent' | 'usd-thousands';
const FORMATS: Record<MapFormat, (v: number) => string> = { percent: (v) => pct(v, 1), 'usd-thousands': (v) => `$${Math.round(v / 1000)}k` };

export function StateMap({ shapes, values, format: kind, legendTitle }: { shapes: StateShape[]; values: StateValue[]; format: MapFormat; legendTitle: string }) {
  const format = FORMATS[kind];
  const href = (postal: string) => `/states/${postal}`;
  const byFips = new Map(values.map((v) => [v.fips, v]));
  const { color, legend } = mapClasses(values.map((v) => v.value ?? Number.NaN));
  const height = LEGEND_Y + 64;
  // The two lightest viridis classes carry dark labels; the darker ones white.
  const light = new Set(legend.slice(-2).map((c) => c.color));
  const sw = 120;
  const x0 = (MAP_WIDTH - sw * legend.length) / 2;
  return (
    <div className="state-map">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${height}`} width={MAP_WIDTH} height={height} role="group" aria-label={`Map: ${legendTitle} by state`} xmlns="http://www.w3.org/2000/svg">
        {shapes.map((s) => {
          const v = byFips.get(s.fips);
          const fill = color(v?.value ?? null);
          const shape = (
            <path d={s.d} fill={fill} stroke="#ffffff" strokeWidth={1} strokeLinejoin="round">
              <title>{v?.label ?? `${s.name}: no data`}</title>
            </path>
          );
          return (
            <g key={s.fips} className="state">
              {v ? (
                <a href={href(v.postal)} aria-label={v.label}>
                  {shape}
                </a>
              ) : (
                shape
              )}
              {s.label && v && (
                <text x={s.label[0]} y={s.label[1]} dy="0.35em" textAnchor="middle" fontSize={15} fontWeight={600} fill={light.has(fill) ? '#111111' : '#ffffff'} pointerEvents="none" aria-hidden="true" className="state-label">
                  {v.postal}
                </text>
              )}
            </g>
          );
        })}
        <g aria-hidden="true" className="export-legend">
          <text x={MAP_WIDTH / 2} y={LEGEND_Y + 8} textAnchor="middle" fontSize={18} fill="#1b1f24">
            {legendTitle}
          </text>
          {legend.map((c, i) => (
            <g key={c.color}>
              <rect x={x0 + i * sw} y={LEGEND_Y + 18} width={sw - 4} height={16} fill={c.color} />
              <text x={x0 + i * sw + (sw - 4) / 2} y={LEGEND_Y + 54} textAnchor="middle" fontSize={17} fill="#4f5866">
                {format(c.from)}–{format(c.to)}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <ul className="map-legend" aria-label={`Legend: ${legendTitle}`}>
        {legend.map((c) => (
          <li key={c.color}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            {format(c.from)}–{format(c.to)}
          </li>
        ))}
      </ul>
    </div>
  );
}
