import type Database from 'better-sqlite3';
import { getDb } from '../../db/read';

export type Sqlite = Database.Database;

/** The app's read-only raw handle (reopened by getDb when the file is rebuilt). */
export function sqlite(): Sqlite {
  return getDb().$client;
}

const statements = new WeakMap<Sqlite, Map<string, Database.Statement>>();
/** Prepared once per connection. */
export function stmt(db: Sqlite, sql: string): Database.Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

const memos = new WeakMap<Sqlite, Map<string, unknown>>();
/** Computed once per connection: the database is immutable while open, and a rebuild opens a new one. */
export function memo<T>(db: Sqlite, key: string, fn: () => T): T {
  let m = memos.get(db);
  if (!m) memos.set(db, (m = new Map()));
  if (!m.has(key)) m.set(key, fn());
  return m.get(key) as T;
}

export function hasRows(db: Sqlite, table: string): boolean {
  return memo(db, `hasRows:${table}`, () => {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?").get(table);
    return exists !== undefined && db.prepare(`SELECT 1 FROM "${table.replace(/"/g, '')}" LIMIT 1`).get() !== undefined;
  });
}
