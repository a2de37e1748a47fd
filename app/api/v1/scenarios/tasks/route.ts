import type { NextRequest } from 'next/server';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { scenarioPayload } from '@/app/_scenarios/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { paramsObject, statePostal } from '@/lib/api/schemas';
import { stateScope } from '@/lib/queries/states';
import { cached } from '@/lib/server/cache';

export const dynamic = 'force-dynamic';

const query = z.object({ state: statePostal.optional() });

/**
 * The prepared per-task arrays in compact binary form (lib/scenarios/payload.ts), fetched once by
 * the scenarios page so that it can evaluate scenarios in the browser while a slider moves.
 * `?state=CA` weights occupations by that state's workforce (BLS state release) instead of the nation's.
 * Sent as a gzip file (≈ 0.6 MB → 0.3 MB), compressed once per database: Next strips a
 * content-encoding header set by a route handler, so the client inflates it itself
 * (DecompressionStream).
 */
export function GET(req: NextRequest) {
  try {
    const { state } = query.parse(paramsObject(req.nextUrl.searchParams));
    const scope = state ? stateScope(state) : null;
    if (state && !scope) throw new ApiError('not_found', `no state ${state.toUpperCase()} in this database`);
    const { bytes, tag } = scenarioPayload(scope);
    const etag = `"scn-${tag}-${scope?.postal ?? 'US'}"`;
    const headers = { 'content-type': 'application/gzip', 'cache-control': 'public, max-age=0, must-revalidate', etag };
    if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    const gz = cached(`scenario-payload-gzip:${scope?.postal ?? 'US'}`, () => new Uint8Array(gzipSync(bytes, { level: 9 })));
    return new Response(gz, { headers });
  } catch (err) {
    return errorResponse(err);
  }
}
