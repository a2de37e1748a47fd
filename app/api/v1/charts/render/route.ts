import { chartRequestSchema } from '@/lib/charts/spec';
import { readJson, route } from '@/lib/http';
import { renderChart } from '@/app/_components/charts/chart-renderer';

export const dynamic = 'force-dynamic';

/** A chart spec with every point and label fits well within this (the largest, 923 occupations in a scatter, is ≈ 200 KB). */
const MAX_BYTES = 512 * 1024;

/** Draws { spec, width } with recharts (server-side) and answers the SVG: how a chart is redrawn at the width the browser shows it at. */
export const POST = route(async (req) => {
  const { spec, width } = await readJson(req, chartRequestSchema, { limit: MAX_BYTES, example: '{ "spec": {…}, "width": 600 }' });
  const drawn = await renderChart(spec, width);
  return new Response(drawn.svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'no-store' } });
});
