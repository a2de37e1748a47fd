import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { statePostal } from '@/lib/api/schemas';
import { found, parseQuery, route } from '@/lib/http';
import { stateScope } from '@/lib/queries/states';
import { scenarioPayload } from '@/lib/scenarios/payload-cache';
import { derivedBy } from '@/lib/data';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

const gzipped = derivedBy('scenarioPayloadGzip', (data, postal) => new Uint8Array(gzipSync(scenarioPayload(data, postal === '' ? null : stateScope(postal, data)).bytes, { level: 9 })));

const query = z.object({ state: statePostal.optional() });

/**
 * The prepared per-task arrays in compact binary form (lib/scenarios/payload.ts), fetched once by
 * the scenarios page so that it can evaluate scenarios in the browser while a slider moves.
 * `?state=CA` weights occupations by that state's workforce (BLS state release) instead of the nation's.
 * Sent as a gzip file (≈ 0.6 MB → 0.3 MB), compressed once per database: Next strips a
 * content-encoding header set by a route handler, so the client inflates it itself
 * (DecompressionStream).
 */
export const GET = route((req) => {
  const { state } = parseQuery(req, query);
  const data = requestData();
  const scope = state ? found(stateScope(state, data), `state: no state ${state.toUpperCase()} in this database`, 'state') : null;
  const { tag } = scenarioPayload(data, scope);
  const etag = `"scn-${tag}-${scope?.postal ?? 'US'}"`;
  const headers = { 'content-type': 'application/gzip', 'cache-control': 'public, max-age=0, must-revalidate', etag };
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const gz = gzipped(data, scope?.postal ?? '');
  return new Response(gz, { headers });
});
