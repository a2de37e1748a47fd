import './state-map.css';
import { MAP_HEIGHT, MAP_WIDTH, mapClasses, type MapScale, type StateShape } from '@/lib/charts/map-classes';
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

/** Relative luminance of a colour as d3 writes it ("rgb(r, g, b)" or "#rrggbb"). */
function luminance(c: string): number {
  const m = c.startsWith('#') ? [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)) : (c.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = m.map((v) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Choropleth of the states (plain SVG; rendered on the server, or in the browser by LazyStateMap). Every state links to its /states page, reachable by
 * keyboard with its value in its accessible name. The legend is drawn in the SVG (so PNG and SVG
 * exports carry it) and repeated as HTML below, readable at phone sizes.
 */
/** How legend values read: a share (35.1%) or a wage in thousands ($82k). Strings, so a server page can hand them to the browser. */
export type MapFormat = 'percent' | 'usd-thousands';
const FORMATS: Record<MapFormat, (v: number) => string> = { percent: (v) => pct(v, 1), 'usd-thousands': (v) => `$${Math.round(v / 1000)}k` };

export function StateMap({ shapes, values, format: kind, legendTitle, scale = 'quantile' }: { shapes: StateShape[]; values: StateValue[]; format: MapFormat; legendTitle: string; scale?: MapScale }) {
  const format = FORMATS[kind];
  const href = (postal: string) => `/states/${postal}`;
  const byFips = new Map(values.map((v) => [v.fips, v]));
  const { color, legend } = mapClasses(values.map((v) => v.value ?? Number.NaN), kind === 'percent' ? scale : 'quantile');
  const height = LEGEND_Y + 64;
  // Light (yellow-green) viridis colours carry dark labels; the darker ones white.
  const light = new Set(legend.filter((c) => luminance(c.color) > 0.35).map((c) => c.color));
  const sw = Math.min(120, Math.floor((MAP_WIDTH - 40) / Math.max(1, legend.length)));
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
