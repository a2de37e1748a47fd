/**
 * Embed step: every task statement, DWA, occupation (title and description), alternate and reported
 * title, rubric exemplar and reference-label statement, through the cache, into the embeddings table.
 */
import type Database from 'better-sqlite3';
import { EmbeddingCache, embedWithCache } from '../embed/cache';
import { embedTexts } from '../embed/embedder';
import { insertMany } from '../build/insert';
import type { Rubric } from '../score/rubric';
import { toBlob } from '../score/vectors';

export interface EmbedSummary {
  texts: number;
  unique: number;
  embedded: number;
  ms: number;
  perKind: Record<string, number>;
}

export async function embedAll(
  sqlite: Database.Database,
  opts: { model: string; cacheFile: string; rubric: Rubric; onProgress?: (done: number, total: number) => void },
): Promise<EmbedSummary> {
  const t0 = performance.now();
  const items: Array<{ kind: string; ref: string; text: string }> = [];
  const add = (kind: string, rows: Array<{ ref: string | number; text: string }>) => {
    for (const r of rows) items.push({ kind, ref: String(r.ref), text: r.text });
  };
  add('task', sqlite.prepare('SELECT task_id ref, statement text FROM tasks ORDER BY task_id').all() as Array<{ ref: number; text: string }>);
  add('dwa', sqlite.prepare('SELECT dwa_id ref, title text FROM dwas ORDER BY dwa_id').all() as Array<{ ref: string; text: string }>);
  add('occupation', sqlite.prepare("SELECT onet_soc_code ref, title || '. ' || description text FROM occupations ORDER BY onet_soc_code").all() as Array<{ ref: string; text: string }>);
  add('title', sqlite.prepare('SELECT id ref, title text FROM occupation_titles ORDER BY id').all() as Array<{ ref: number; text: string }>);
  add('element', sqlite.prepare("SELECT element_id ref, name || ': ' || coalesce(description, name) text FROM elements ORDER BY element_id").all() as Array<{ ref: string; text: string }>);
  add('label', sqlite.prepare('SELECT task_id ref, statement text FROM reference_labels ORDER BY task_id').all() as Array<{ ref: number; text: string }>);
  opts.rubric.groups.forEach((g) => g.exemplars.forEach((e, i) => items.push({ kind: 'exemplar', ref: `${g.id}:${i}`, text: e })));

  const cache = new EmbeddingCache(opts.cacheFile);
  try {
    const { vectors, embedded } = await embedWithCache(
      items.map((i) => i.text),
      opts.model,
      cache,
      (texts, onProgress) => embedTexts(texts, { id: opts.model, onProgress }),
      opts.onProgress,
    );
    sqlite.prepare('DELETE FROM embeddings').run();
    insertMany(
      sqlite,
      'embeddings',
      items.map((it, i) => ({ kind: it.kind, ref: it.ref, text: it.text, vector: toBlob(vectors[i]) })),
    );
    const perKind: Record<string, number> = {};
    for (const it of items) perKind[it.kind] = (perKind[it.kind] ?? 0) + 1;
    return { texts: items.length, unique: new Set(items.map((i) => i.text)).size, embedded, ms: performance.now() - t0, perKind };
  } finally {
    cache.close();
  }
}
