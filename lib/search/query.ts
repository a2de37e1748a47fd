/**
 * Job-title search: thin entry points over the one matcher (matcher.ts), for callers that want
 * only the ranked occupations.
 */
import type Database from 'better-sqlite3';
import { matcherFor, type SearchResult } from './matcher';

export type { SearchResult } from './matcher';

/** True when the database has the search index (built by buildSearchIndex at setup); asked once per connection. */
const indexed = new WeakMap<Database.Database, boolean>();
export function hasSearchIndex(sqlite: Database.Database): boolean {
  let v = indexed.get(sqlite);
  if (v === undefined) indexed.set(sqlite, (v = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_titles'").get() !== undefined));
  return v;
}

/** Best occupations for a job title as people type it, best first; scores in [0, 1]; [] below the match floor. */
export function searchOccupations(sqlite: Database.Database, q: string, limit = 10): SearchResult[] {
  return matcherFor(sqlite).match(q, { limit }).results;
}
