import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DataContext } from '@/lib/data';

/** The compiled commands' runner (what `npm run <name>` runs). */
export const RUN = path.resolve('tooling/run.mjs');

export function fullDb(): Database.Database {
  return new Database(process.env.ATLAS_DB!, { readonly: true, fileMustExist: true });
}

/** The full database as the app reads it: one data context (lib/data) the caller closes. */
export function fullData(): DataContext {
  return DataContext.open(process.env.ATLAS_DB!);
}

/** Runs one of the CLIs as `npm run <name>` does (compiled, tooling/run.mjs) and returns its exit code and output. */
export function cli(name: string, args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [RUN, name, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function scalar<T = number>(db: Database.Database, sql: string, ...params: unknown[]): T {
  return (db.prepare(sql).get(...params) as Record<string, T>)[Object.keys(db.prepare(sql).get(...params) as object)[0]];
}
