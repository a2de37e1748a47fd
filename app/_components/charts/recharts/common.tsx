/** Shared look of the recharts charts: axis text at 11 px (charts are drawn at the size shown), muted ink. */
export const INK = '#1b1f24';
export const MUTED = '#4f5866';
export const GRID = '#e3e6ea';
export const LINE = 14;
export const AXIS_TEXT = { fontSize: 11, fill: MUTED } as const;

/** The y-axis title, turned 90° at the left edge. */
export function YAxisTitle({ title, top, bottom }: { title: string; top: number; bottom: number }) {
  return (
    <text transform={`translate(14 ${(top + bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill={MUTED}>
      {title}
    </text>
  );
}
