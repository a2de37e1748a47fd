/**
 * Words first, meaning second: when the lexical search has no confident hit, the query is embedded
 * and the nearest titles fill in. The embedder is injected (lib/embed's embedQuery in the app), so
 * this stays testable and the app still answers if the model is missing or slow.
 */
import type Database from 'better-sqlite3';
import { searchOccupations, type SearchResult } from './query';
import { hasTitleEmbeddings, mergeResults, semanticSearch } from './semantic';

export const CONFIDENT = 0.6;
const EMBED_TIMEOUT_MS = 1500;

export type Embed = (text: string) => Promise<Float32Array>;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('embedding timed out')), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

export async function searchWithFallback(sqlite: Database.Database, q: string, limit: number, embed?: Embed): Promise<SearchResult[]> {
  const lexical = searchOccupations(sqlite, q, limit);
  if (!embed || (lexical[0]?.score ?? 0) >= CONFIDENT || q.trim().length < 3 || !hasTitleEmbeddings(sqlite)) return lexical;
  try {
    const v = await withTimeout(embed(q.slice(0, 200)), EMBED_TIMEOUT_MS);
    return mergeResults(lexical, semanticSearch(sqlite, v, limit), limit);
  } catch {
    return lexical;
  }
}
