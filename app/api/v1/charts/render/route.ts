import { ApiError, errorResponse } from '@/lib/api/errors';
import { chartRequestSchema } from '@/lib/charts/spec';
import { renderChart } from '@/app/_components/charts/chart-renderer';
import { bodyErrorResponse, parseJson, readBodyLimited, TooLarge } from '../../scenarios/_lib/http';

export const dynamic = 'force-dynamic';

/** A chart spec with every point and label fits well within this (the largest, 923 occupations in a scatter, is ≈ 200 KB). */
const MAX_BYTES = 512 * 1024;

/** Draws { spec, width } with recharts (server-side) and answers the SVG: how a chart is redrawn at the width the browser shows it at. */
export async function POST(req: Request) {
  try {
    const { spec, width } = chartRequestSchema.parse(parseJson(await readBodyLimited(req, MAX_BYTES)));
    const drawn = await renderChart(spec, width);
    return new Response(drawn.svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'no-store' } });
  } catch (err) {
    if (err instanceof TooLarge) return errorResponse(new ApiError('payload_too_large', `the request body is larger than ${MAX_BYTES / 1024} KB`));
    return bodyErrorResponse(err);
  }
}
