/**
 * Embed step: every task statement, DWA, occupation (title and description), alternate and reported
 * title, rubric exemplar and reference-label statement, through the cache, into the embeddings table.
 */
import { asc, sql } from 'drizzle-orm';
import type { AtlasDb } from '../../db';
import { dwas, elements, embeddings, occupations, occupationTitles, referenceLabels, tasks } from '../../db/schema';
import { EmbeddingCache, embedWithCache } from './embed-cache';
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
  db: AtlasDb,
  opts: { model: string; cacheFile: string; rubric: Rubric; onProgress?: (done: number, total: number) => void },
): Promise<EmbedSummary> {
  const t0 = performance.now();
  type Kind = (typeof embeddings.$inferInsert)['kind'];
  const items: Array<{ kind: Kind; ref: string; text: string }> = [];
  const add = (kind: Kind, rows: Array<{ ref: string | number; text: string }>) => {
    for (const r of rows) items.push({ kind, ref: String(r.ref), text: r.text });
  };
  add('task', db.select({ ref: tasks.task_id, text: tasks.statement }).from(tasks).orderBy(asc(tasks.task_id)).all());
  add('dwa', db.select({ ref: dwas.dwa_id, text: dwas.title }).from(dwas).orderBy(asc(dwas.dwa_id)).all());
  add('occupation', db.select({ ref: occupations.onet_soc_code, text: sql<string>`${occupations.title} || '. ' || ${occupations.description}` }).from(occupations).orderBy(asc(occupations.onet_soc_code)).all());
  add('title', db.select({ ref: occupationTitles.id, text: occupationTitles.title }).from(occupationTitles).orderBy(asc(occupationTitles.id)).all());
  add('element', db.select({ ref: elements.element_id, text: sql<string>`${elements.name} || ': ' || coalesce(${elements.description}, ${elements.name})` }).from(elements).orderBy(asc(elements.element_id)).all());
  add('label', db.select({ ref: referenceLabels.task_id, text: referenceLabels.statement }).from(referenceLabels).orderBy(asc(referenceLabels.task_id)).all());
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
    db.delete(embeddings).run();
    insertMany(
      db,
      embeddings,
      items.map((it, i) => ({ kind: it.kind, ref: it.ref, text: it.text, vector: toBlob(vectors[i]) })),
    );
    const perKind: Record<string, number> = {};
    for (const it of items) perKind[it.kind] = (perKind[it.kind] ?? 0) + 1;
    return { texts: items.length, unique: new Set(items.map((i) => i.text)).size, embedded, ms: performance.now() - t0, perKind };
  } finally {
    cache.close();
  }
}
