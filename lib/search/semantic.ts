/**
 * Semantic fallback for job-title search: cosine similarity of a query embedding (lib/embed) with
 * the stored embeddings of alternate/reported titles and occupations, best per occupation. The
 * vectors are unit-length float32, loaded once per connection into one contiguous matrix.
 */
import type Database from 'better-sqlite3';
import { round } from '../round';
import type { SearchResult } from './query';

interface Matrix {
  d: number;
  codes: string[];
  labels: string[];
  occTitle: Map<string, string>;
  data: Float32Array;
}

const cache = new WeakMap<Database.Database, Matrix | null>();

function load(sqlite: Database.Database): Matrix | null {
  if (cache.has(sqlite)) return cache.get(sqlite)!;
  const rows = sqlite
    .prepare(
      `SELECT t.onet_soc_code AS code, t.title AS label, e.vector FROM embeddings e JOIN occupation_titles t ON e.kind = 'title' AND t.id = CAST(e.ref AS INTEGER)
       UNION ALL
       SELECT o.onet_soc_code, o.title, e.vector FROM embeddings e JOIN occupations o ON e.kind = 'occupation' AND o.onet_soc_code = e.ref`,
    )
    .all() as Array<{ code: string; label: string; vector: Buffer }>;
  if (rows.length === 0) {
    cache.set(sqlite, null);
    return null;
  }
  const d = rows[0].vector.byteLength / 4;
  const data = new Float32Array(rows.length * d);
  rows.forEach((r, i) => data.set(new Float32Array(r.vector.buffer, r.vector.byteOffset, d), i * d));
  const occTitle = new Map((sqlite.prepare('SELECT onet_soc_code, title FROM occupations').all() as Array<{ onet_soc_code: string; title: string }>).map((o) => [o.onet_soc_code, o.title]));
  const m = { d, codes: rows.map((r) => r.code), labels: rows.map((r) => r.label), occTitle, data };
  cache.set(sqlite, m);
  return m;
}

const hasTitles = new WeakMap<Database.Database, boolean>();
/** True when the database holds title embeddings; asked once per connection (the file is read-only). */
export function hasTitleEmbeddings(sqlite: Database.Database): boolean {
  let v = hasTitles.get(sqlite);
  if (v === undefined) {
    v = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'embeddings'").get() !== undefined && sqlite.prepare("SELECT 1 FROM embeddings WHERE kind = 'title' LIMIT 1").get() !== undefined;
    hasTitles.set(sqlite, v);
  }
  return v;
}

/** Nearest occupations to a query vector by their titles; similarity in [0, 1] as score. */
export function semanticSearch(sqlite: Database.Database, query: Float32Array, limit = 10): SearchResult[] {
  const m = load(sqlite);
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
