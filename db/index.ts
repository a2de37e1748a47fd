import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';

export type AtlasDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A connection that cannot write: the app's only kind. */
export type ReadonlyDb = AtlasDb & { readonly __readonly: true };

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'db/migrations');

/** Opens (creating) a database for a build script and applies the migrations. */
export function openForBuild(file: string): AtlasDb {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('temp_store = MEMORY');
  const db = drizzle(sqlite, { schema }) as AtlasDb;
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}

/** Opens an existing database read-only. */
export function openReadonly(file: string): ReadonlyDb {
  if (!fs.existsSync(file)) throw new Error(`database not found at ${file}: run \`npm run setup\` first`);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  return drizzle(sqlite, { schema }) as ReadonlyDb;
}

export { schema };
