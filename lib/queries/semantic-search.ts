/**
 * Semantic fallback for job-title search: cosine similarity of a query embedding (lib/embed) with
 * the stored embeddings of alternate/reported titles and occupations, best per occupation. The
 * vectors are unit-length float32, loaded once per connection into one contiguous matrix.
 */
import { eq, sql } from 'drizzle-orm';
import { embeddings, occupations, occupationTitles } from '../../db/schema';
import { derived, type DataContext } from '../data/context';
import { tableExists } from '../data/tables';
import { round } from '../round';
import type { SearchResult } from '../search/query';

interface Matrix {
  d: number;
  codes: string[];
  labels: string[];
  occTitle: Map<string, string>;
  data: Float32Array;
}

const MATRIX = derived('titleVectors', ({ db }): Matrix | null => {
  const titles = db
    .select({ code: occupationTitles.onet_soc_code, label: occupationTitles.title, vector: embeddings.vector })
    .from(embeddings)
    .innerJoin(occupationTitles, sql`${embeddings.kind} = 'title' AND ${occupationTitles.id} = CAST(${embeddings.ref} AS INTEGER)`)
    .all();
  const occs = db
    .select({ code: occupations.onet_soc_code, label: occupations.title, vector: embeddings.vector })
    .from(embeddings)
    .innerJoin(occupations, sql`${embeddings.kind} = 'occupation' AND ${occupations.onet_soc_code} = ${embeddings.ref}`)
    .all();
  const rows = [...titles, ...occs];
  if (rows.length === 0) return null;
  const d = rows[0].vector.byteLength / 4;
  const data = new Float32Array(rows.length * d);
  rows.forEach((r, i) => data.set(new Float32Array(r.vector.buffer, r.vector.byteOffset, d), i * d));
  const occTitle = new Map(db.select({ code: occupations.onet_soc_code, title: occupations.title }).from(occupations).all().map((o) => [o.code, o.title]));
  return { d, codes: rows.map((r) => r.code), labels: rows.map((r) => r.label), occTitle, data };
});

const HAS_TITLES = derived(
  'hasTitleEmbeddings',
  ({ db }) =>
    tableExists(db, 'embeddings') &&
    db.select({ kind: embeddings.kind }).from(embeddings).where(eq(embeddings.kind, 'title')).limit(1).get() !== undefined,
);

/** True when the database holds title embeddings; asked once per file. */
export function hasTitleEmbeddings(data: DataContext): boolean {
  return data.get(HAS_TITLES);
}

/** Nearest occupations to a query vector by their titles; similarity in [0, 1] as score. */
export function semanticSearch(data: DataContext, query: Float32Array, limit = 10): SearchResult[] {
  const m = data.get(MATRIX);
  if (!m || query.length !== m.d) return [];
  let norm = 0;
  for (const x of query) norm += x * x;
  if (norm === 0) return [];
  const best = new Map<string, { sim: number; i: number }>();
  for (let i = 0, off = 0; i < m.codes.length; i++, off += m.d) {
    let dot = 0;
    for (let j = 0; j < m.d; j++) dot += m.data[off + j] * query[j];
    const cur = best.get(m.codes[i]);
    if (!cur || dot > cur.sim) best.set(m.codes[i], { sim: dot, i });
  }
  return [...best.entries()]
    .sort((a, b) => b[1].sim - a[1].sim)
    .slice(0, limit)
    .map(([code, b]) => ({ onet_soc_code: code, title: m.occTitle.get(code) ?? code, matched_title: m.labels[b.i], score: round(Math.max(0, Math.min(1, b.sim)), 3) }));
}
