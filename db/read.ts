import fs from 'node:fs';
import { env } from '../lib/env';
import { openReadonly, type ReadonlyDb } from './index';

/**
 * The app's one read-only connection per process. Kept on globalThis outside production so hot
 * reload does not leak handles. Reopens when the database file was replaced by a rebuild.
 */
const g = globalThis as unknown as { __atlasDb?: { db: ReadonlyDb; ino: number; path: string } };

export function getDb(): ReadonlyDb {
  const file = env().ATLAS_DB;
  const ino = fs.statSync(file, { throwIfNoEntry: false })?.ino ?? -1;
  const cur = g.__atlasDb;
  if (cur && cur.path === file && cur.ino === ino) return cur.db;
  const db = openReadonly(file);
  cur?.db.$client.close();
  g.__atlasDb = { db, ino, path: file };
  return db;
}
