/**
 * Job-title search: thin entry points over the one matcher (matcher.ts), for callers that want
 * only the ranked occupations.
 */
import { derived, type DataContext } from '../data/context';
import { tableExists } from '../data/tables';
import { matcherFor, type SearchResult } from './matcher';

export type { SearchResult } from './matcher';

const INDEXED = derived('hasSearchIndex', ({ db }) => tableExists(db, 'search_titles'));

/** True when the database has the search index (built by buildSearchIndex at setup); asked once per file. */
export function hasSearchIndex(data: DataContext): boolean {
  return data.get(INDEXED);
}

/** Best occupations for a job title as people type it, best first; scores in [0, 1]; [] below the match floor. */
export function searchOccupations(data: DataContext, q: string, limit = 10): SearchResult[] {
  return matcherFor(data).match(q, { limit }).results;
}
