import type { AtlasDb } from '../../db';
import { referenceIndices, referenceLabels } from '../../db/schema';
import { insertMany } from '../build/insert';
import { readReference } from '../reference/import';

/** Imports reference labels and published indices (comparison only) into the database being built. */
export function importReference(db: AtlasDb, dir: string | undefined): { labels: number; indices: number; files: string[] } {
  db.delete(referenceLabels).run();
  db.delete(referenceIndices).run();
  if (!dir) return { labels: 0, indices: 0, files: [] };
  const ref = readReference(dir);
  db.$client.transaction(() => {
    insertMany(db, referenceLabels, ref.labels);
    insertMany(db, referenceIndices, ref.indices);
  })();
  return { labels: ref.labels.length, indices: ref.indices.length, files: ref.files };
}
