import type Database from 'better-sqlite3';
import { insertMany } from '../build/insert';
import { readReference } from '../reference/import';

/** Imports reference labels and published indices (comparison only) into the database being built. */
export function importReference(sqlite: Database.Database, dir: string | undefined): { labels: number; indices: number; files: string[] } {
  sqlite.prepare('DELETE FROM reference_labels').run();
  sqlite.prepare('DELETE FROM reference_indices').run();
  if (!dir) return { labels: 0, indices: 0, files: [] };
  const ref = readReference(dir);
  const tx = sqlite.transaction(() => {
    insertMany(sqlite, 'reference_labels', ref.labels as unknown as Array<Record<string, string | number>>);
    insertMany(sqlite, 'reference_indices', ref.indices as unknown as Array<Record<string, string | number>>);
  });
  tx();
  return { labels: ref.labels.length, indices: ref.indices.length, files: ref.files };
}
