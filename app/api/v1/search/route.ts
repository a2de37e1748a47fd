import type { NextRequest } from 'next/server';
import { errorResponse, ApiError } from '@/lib/api/errors';
import { paramsObject, searchQuery } from '@/lib/api/schemas';
import { sqlite } from '@/lib/queries/db';
import { hasSearchIndex, searchOccupations } from '@/lib/search/query';

export const dynamic = 'force-dynamic';

export function GET(req: NextRequest) {
  try {
    const { q, limit } = searchQuery.parse(paramsObject(req.nextUrl.searchParams));
    const db = sqlite();
    if (!hasSearchIndex(db)) throw new ApiError('unavailable', 'the search index is not built: run `npm run setup`');
    return Response.json({ results: searchOccupations(db, q, limit) });
  } catch (err) {
    return errorResponse(err);
  }
}
