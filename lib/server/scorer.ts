/**
 * The run-time text scorer for route handlers: one TextScorer per open database (getDb reopens the
 * connection when a rebuild replaces the file, i.e. when its inode changes, so keying on the
 * connection keys on the inode), plus the embedding pipeline, both loaded lazily and shared by
 * concurrent requests through a cached promise.
 */
import type Database from 'better-sqlite3';
import { getDb } from '../../db/read';
import { embedTexts, getExtractor } from '../embed/embedder';
import { TextScorer, type ScoredText } from '../score/runtime';

const g = globalThis as unknown as { __atlasScorer?: { client: Database.Database; scorer: Promise<TextScorer> } };

export function getScorer(): Promise<TextScorer> {
  const client = getDb().$client;
  const cur = g.__atlasScorer;
  if (cur && cur.client === client) return cur.scorer;
  // Loading is synchronous (~0.4 s); wrapping it keeps one load per connection and lets a failure retry.
  const scorer = Promise.resolve().then(() => TextScorer.load(client));
  g.__atlasScorer = { client, scorer };
  scorer.catch(() => {
    if (g.__atlasScorer?.scorer === scorer) g.__atlasScorer = undefined;
  });
  return scorer;
}

/** Embeds and scores texts like O*NET tasks, with `nearest` O*NET tasks as evidence for each. */
export async function scoreTexts(texts: string[], opts: { nearest?: number } = {}): Promise<ScoredText[]> {
  if (texts.length === 0) return [];
  const [scorer, vectors] = await Promise.all([getScorer(), embedTexts(texts)]);
  return scorer.score(texts, vectors, opts);
}

/** Starts loading the model and the scorer without waiting (e.g. at the first request of a page). */
export function warmScorer(): void {
  getScorer().catch(() => {});
  getExtractor().catch(() => {});
}
