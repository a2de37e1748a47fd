import type { NextRequest } from 'next/server';
import { errorResponse, ApiError } from '@/lib/api/errors';
import { paramsObject, searchQuery } from '@/lib/api/schemas';
import { sqlite } from '@/lib/queries/db';
import { embedQueryLazy } from '@/lib/search/embed-query';
import { searchWithFallback } from '@/lib/search/hybrid';
import { hasSearchIndex } from '@/lib/search/query';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  try {
    const { q, limit } = searchQuery.parse(paramsObject(req.nextUrl.searchParams));
    const db = sqlite();
    if (!hasSearchIndex(db)) throw new ApiError('unavailable', 'the search index is not built: run `npm run setup`');
    return Response.json({ results: await searchWithFallback(db, q, limit, embedQueryLazy) });
  } catch (err) {
    return errorResponse(err);
  }
}
