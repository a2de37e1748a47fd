/**
 * Words first, meaning second: when the words of a query match no occupation title, the query is
 * embedded and the nearest titles are offered, but only when they are close in meaning
 * (SEMANTIC_FLOOR), always flagged for review, never as an exact match. The embedder is injected
 * (lib/embed's embedQuery in the app), so this stays testable and the app still answers if the
 * model is missing or slow. Nonsense has no close neighbour and gets no result.
 */
import { derived, type DataContext } from '../data/context';
import { round } from '../round';
import { matcherFor, type MatchResult, type SearchResult } from './matcher';
import { hasTitleEmbeddings, semanticSearch } from '../queries/semantic-search';

/** Cosine similarity a title must reach to be offered by meaning alone. */
export const SEMANTIC_FLOOR = 0.8;
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

/**
 * Bounded cost: the embedding path (≈ 10–20 ms of CPU: embed, then a scan of every title vector)
 * runs for one query at a time per process, and its answers are remembered (per query, 2,000 at
 * most), so repeated or concurrent unknown words cannot pile up work. A query that finds the
 * path busy gets the words-only answer (no result, with suggestions).
 */
const MAX_CACHED = 2000;
const SEMANTIC_ANSWERS = derived('semanticAnswers', () => new Map<string, SearchResult[]>());
let inFlight = 0;

async function nearest(data: DataContext, q: string, limit: number, embed: Embed): Promise<SearchResult[] | null> {
  const cache = data.get(SEMANTIC_ANSWERS);
  const key = `${limit}\u0000${q.trim().toLowerCase().replace(/\s+/g, ' ')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (inFlight >= 1) return null;
  inFlight++;
  try {
    const v = await withTimeout(embed(q.slice(0, 200)), EMBED_TIMEOUT_MS);
    const near = semanticSearch(data, v, limit).filter((r) => r.score >= SEMANTIC_FLOOR);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, near);
    return near;
  } finally {
    inFlight--;
  }
}

/** The matcher's answer, or (when words found nothing) the titles nearest in meaning, flagged. */
export async function matchWithFallback(data: DataContext, q: string, limit: number, embed?: Embed): Promise<MatchResult> {
  const lexical = matcherFor(data).match(q, { limit });
  if (lexical.results.length > 0 || !embed || q.trim().length < 3 || !hasTitleEmbeddings(data)) return lexical;
  try {
    const near = await nearest(data, q, limit, embed);
    if (!near || near.length === 0) return lexical;
    // Meaning alone is weak evidence: the confidence stays low and the answer is always flagged.
    return {
      results: near.map((r) => ({ ...r, score: round(r.score * 0.6, 3) })),
      confidence: round(Math.min(0.5, (near[0].score - SEMANTIC_FLOOR) * 2.5), 3),
      needs_review: true,
      reasons: ['no occupation title shares its words; these are the titles closest in meaning'],
      method: 'semantic',
    };
  } catch {
    return lexical;
  }
}

/** Ranked occupations only (pages that list results). */
export async function searchWithFallback(data: DataContext, q: string, limit: number, embed?: Embed): Promise<SearchResult[]> {
  return (await matchWithFallback(data, q, limit, embed)).results;
}
