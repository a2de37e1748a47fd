/** Horizontal grid lines with their value labels on the left: shared by the column, scatter and scenario charts. */
export function YGrid({ ticks, y, left, right, format }: { ticks: number[]; y: (v: number) => number; left: number; right: number; format: (v: number) => string }) {
  return (
    <>
      {ticks.map((t) => (
        <g key={`y${t}`}>
          <line x1={left} x2={right} y1={y(t)} y2={y(t)} stroke="#e3e6ea" />
          <text x={left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize="11" fill="#4f5866">
            {format(t)}
          </text>
        </g>
      ))}
    </>
  );
}
