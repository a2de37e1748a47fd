/**
 * GET /api/v1/search?q=&limit=: a job title as people write it → occupations, best first, with the
 * matcher's calibrated confidence, whether the match needs review (and why), and — when nothing
 * matches — suggestions to try instead (results is then empty: nonsense gets no occupations).
 */
import { searchQuery } from '@/lib/api/schemas';
import { HttpError, parseQuery, route } from '@/lib/http';
import { embedQueryLazy } from '@/lib/search/embed-query';
import { matchWithFallback } from '@/lib/search/hybrid';
import { matcherFor } from '@/lib/search/matcher';
import { hasSearchIndex } from '@/lib/search/query';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const { q, limit } = parseQuery(req, searchQuery);
  const db = requestData();
  if (!hasSearchIndex(db)) throw new HttpError('unavailable', 'the search index is not built: run `npm run setup`');
  const m = await matchWithFallback(db, q, limit, embedQueryLazy);
  return Response.json({
    results: m.results,
    confidence: m.confidence,
    needs_review: m.needs_review,
    reasons: m.reasons,
    method: m.method,
    suggestions: m.results.length === 0 ? matcherFor(db).suggest(q) : [],
  });
});
