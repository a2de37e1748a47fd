/**
 * Builds the job-title search table inside the database being built (the app opens it read-only):
 *   search_titles   one row per distinct (occupation, normalised title): O*NET title, short title,
 *                   alternate and reported titles, with an employment prior for tie-breaking.
 * The matcher (matcher.ts) reads it once per open database into an in-memory index.
 */
import type Database from 'better-sqlite3';
import { normalizeTitle } from '../search/normalize';

import { TITLE_KINDS, type TitleKind } from '../../db/schema/search';

export { TITLE_KINDS, type TitleKind };

const KIND_RANK: Record<TitleKind, number> = { title: 0, short: 1, alternate: 2, reported: 3 };

function tableExists(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = ?").get(name) !== undefined;
}

/** Creates (or recreates) the search tables; returns the number of titles indexed. */
export function buildSearchIndex(sqlite: Database.Database): number {
  const hasLabor = tableExists(sqlite, 'occupation_labor');
  const occs = sqlite
    .prepare(
      hasLabor
        ? 'SELECT o.onet_soc_code AS code, o.title, l.employment FROM occupations o LEFT JOIN occupation_labor l USING (onet_soc_code)'
        : 'SELECT onet_soc_code AS code, title, NULL AS employment FROM occupations',
    )
    .all() as Array<{ code: string; title: string; employment: number | null }>;
  const titles = sqlite
    .prepare('SELECT onet_soc_code AS code, title, short_title, kind FROM occupation_titles')
    .all() as Array<{ code: string; title: string; short_title: string | null; kind: 'alternate' | 'reported' }>;

  // Best kind wins when one normalised title appears several times for an occupation.
  const rows = new Map<string, { code: string; title: string; norm: string; kind: TitleKind }>();
  const add = (code: string, title: string, kind: TitleKind) => {
    const norm = normalizeTitle(title);
    if (!norm) return;
    const key = `${code}\u0000${norm}`;
    const cur = rows.get(key);
    if (!cur || KIND_RANK[kind] < KIND_RANK[cur.kind]) rows.set(key, { code, title: title.trim(), norm, kind });
  };
  const occTitle = new Map<string, string>();
  const prior = new Map<string, number>();
  for (const o of occs) {
    occTitle.set(o.code, o.title);
    // log-scaled employment in [0, 1]: a gentle preference for common occupations on ties.
    prior.set(o.code, o.employment && o.employment > 0 ? Math.min(1, Math.log10(o.employment + 1) / 7) : 0);
    add(o.code, o.title, 'title');
  }
  for (const t of titles) {
    if (!occTitle.has(t.code)) continue;
    add(t.code, t.title, t.kind);
    if (t.short_title) add(t.code, t.short_title, 'short');
  }

  sqlite.exec(`
    DROP TABLE IF EXISTS search_vocab;
    DROP TABLE IF EXISTS search_fts;
    DROP TABLE IF EXISTS search_trigram;
    DROP TABLE IF EXISTS search_titles;
    CREATE TABLE search_titles (
      id INTEGER PRIMARY KEY,
      onet_soc_code TEXT NOT NULL,
      occupation_title TEXT NOT NULL,
      title TEXT NOT NULL,
      norm TEXT NOT NULL,
      kind TEXT NOT NULL,
      prior REAL NOT NULL
    );
    CREATE INDEX search_titles_norm_idx ON search_titles (norm);
  `);
  const insert = sqlite.prepare('INSERT INTO search_titles (id, onet_soc_code, occupation_title, title, norm, kind, prior) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const sorted = [...rows.values()].sort((a, b) => a.code.localeCompare(b.code) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.norm.localeCompare(b.norm));
  sqlite.transaction(() => {
    sorted.forEach((r, i) => insert.run(i + 1, r.code, occTitle.get(r.code)!, r.title, r.norm, r.kind, prior.get(r.code) ?? 0));
  })();
  return sorted.length;
}
