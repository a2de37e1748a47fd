import { gzipSync } from 'node:zlib';
import { scenarioPayload } from '@/app/_scenarios/server';
import { errorResponse } from '@/lib/api/errors';
import { cached } from '@/lib/server/cache';

export const dynamic = 'force-dynamic';

/**
 * The prepared per-task arrays in compact binary form (app/_scenarios/payload.ts), fetched once by
 * the scenarios page so that it can evaluate scenarios in the browser while a slider moves.
 * Sent as a gzip file (≈ 0.6 MB → 0.3 MB), compressed once per database: Next strips a
 * content-encoding header set by a route handler, so the client inflates it itself
 * (DecompressionStream).
 */
export function GET(req: Request) {
  try {
    const { bytes, tag } = scenarioPayload();
    const etag = `"scn-${tag}"`;
    const headers = { 'content-type': 'application/gzip', 'cache-control': 'public, max-age=0, must-revalidate', etag };
    if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    const gz = cached('scenario-payload-gzip', () => new Uint8Array(gzipSync(bytes, { level: 9 })));
    return new Response(gz, { headers });
  } catch (err) {
    return errorResponse(err);
  }
}
