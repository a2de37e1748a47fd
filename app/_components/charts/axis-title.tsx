import { axisTitleLines, textWidth } from '@/lib/charts/labels';

/**
 * The x-axis title under a chart: centred under the plot when it fits there, else under the whole
 * chart, wrapped onto more lines when wider than the chart (see axisTitleLines for the room it needs).
 */
export function XAxisTitle({ title, width, left, right, bottom }: { title: string; width: number; left: number; right: number; bottom: number }) {
  const lines = axisTitleLines(title, width);
  const x = lines.length === 1 && textWidth(title, 12) <= width - left - right ? (left + width - right) / 2 : width / 2;
  return (
    <text x={x} y={bottom - 14 * (lines.length - 1)} textAnchor="middle" fontSize="12" fill="#4f5866">
      {lines.map((l, j) => (
        <tspan key={j} x={x} dy={j === 0 ? 0 : 14}>
          {l}
        </tspan>
      ))}
    </text>
  );
}
