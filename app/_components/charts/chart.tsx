import type { ChartSpec } from '@/lib/charts/spec';
import { renderChart } from './chart-renderer';
import { FitChart } from './fit-chart';

/**
 * A recharts chart on a server-rendered page: drawn here at `guess` (the width it usually has on a
 * desktop), then redrawn by the browser's FitChart when the box it sits in is another width.
 */
export async function Chart({ spec, max = 820, guess = max }: { spec: ChartSpec; max?: number; guess?: number }) {
  const first = await renderChart(spec, Math.min(max, guess)).catch((e: unknown) => {
    console.error(e);
    return undefined;
  });
  return <FitChart spec={spec} max={max} initial={first && { svg: first.svg, width: first.width }} />;
}
