import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');

export function fullDb(): Database.Database {
  return new Database(process.env.ATLAS_DB!, { readonly: true, fileMustExist: true });
}

/** Runs one of the CLIs (scripts/<name>.ts) and returns its exit code and output. */
export function cli(name: string, args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [TSX, `scripts/${name}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function scalar<T = number>(db: Database.Database, sql: string, ...params: unknown[]): T {
  return (db.prepare(sql).get(...params) as Record<string, T>)[Object.keys(db.prepare(sql).get(...params) as object)[0]];
}
