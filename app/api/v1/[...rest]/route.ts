/**
 * Any /api/v1 path no route handler has: a JSON 404 for every method. The proxy answers these first
 * (lib/api/routes.ts); this is the fallback for a route missing from its table.
 */
import { HttpError, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

const notFound = route((req) => {
  throw new HttpError('not_found', `no API route at ${new URL(req.url).pathname}: see /api/v1/openapi.json`);
});

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
