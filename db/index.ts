import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';

type Drizzle = BetterSQLite3Database<typeof schema>;

const WRITER = Symbol('atlas writer');
const READONLY = Symbol('atlas read-only');

/**
 * What reading code needs: drizzle's query builders, never insert/update/delete. Both kinds of
 * connection below are readers; only a build script's connection is a writer.
 */
export type Reader = Pick<Drizzle, 'select' | 'selectDistinct' | 'all' | 'get' | 'values' | '$count'>;

/** A build script's connection: migrated, writable. */
export type AtlasDb = Drizzle & { $client: Database.Database; readonly [WRITER]: true };

/** The app's only kind of connection: read-only (query_only), and not assignable where a writer is needed. */
export type ReadonlyDb = Reader & { $client: Pick<Database.Database, 'close' | 'open' | 'name'>; readonly [READONLY]: true };

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'db/migrations');

/** Opens (creating) a database for a build script and applies the migrations. */
export function openForBuild(file: string): AtlasDb {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('temp_store = MEMORY');
  const db = Object.assign(drizzle(sqlite, { schema }), { [WRITER]: true as const });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}

/** Opens an existing database read-only. */
export function openReadonly(file: string): ReadonlyDb {
  if (!fs.existsSync(file)) throw new Error(`database not found at ${file}: run \`npm run setup\` first`);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  return Object.assign(drizzle(sqlite, { schema }), { [READONLY]: true as const });
}

/**
 * A reader over a build script's open handle (e.g. the pipeline reading what it just wrote). The
 * reverse does not exist: nothing turns a read-only connection into a writer.
 */
export function readerOf(sqlite: Database.Database): Reader {
  return drizzle(sqlite, { schema });
}

export { schema };
