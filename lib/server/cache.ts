/**
 * Process-wide lazy singletons for the in-memory data behind scenarios and reskilling paths.
 * Each is built once per open database: getDb() reopens the connection when a rebuild replaces the
 * file (its inode changes), so keying on the connection and the inode picks up a rebuilt database.
 * Kept on globalThis so hot reload in development does not rebuild them on every edit.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { getDb } from '../../db/read';
import { env } from '../env';
import { loadPathData } from '../paths/load';
import type { PathData } from '../paths/paths';
import type { StateScope } from '../queries/states';
import { loadScenarioData, withWorkforce, type ScenarioData } from '../scenarios/load';

interface Entry<T> {
  client: Database.Database;
  ino: number;
  value: T;
}

const g = globalThis as unknown as { __atlasCache?: Map<string, Entry<unknown>> };

function inode(): number {
  return fs.statSync(env().ATLAS_DB, { throwIfNoEntry: false })?.ino ?? -1;
}

/** The value for `key`, built by `build` from the current connection at most once per database file. */
export function cached<T>(key: string, build: (sqlite: Database.Database) => T): T {
  const client = getDb().$client;
  const ino = inode();
  const map = (g.__atlasCache ??= new Map());
  const cur = map.get(key) as Entry<T> | undefined;
  if (cur && cur.client === client && cur.ino === ino) return cur.value;
  const value = build(client);
  map.set(key, { client, ino, value });
  return value;
}

/** Task probabilities, attribution profiles and labour figures for scenarios (~200 ms once). */
export function scenarioData(): ScenarioData {
  return cached('scenarios', loadScenarioData);
}

/** Scenario data weighted by one state's workforce (BLS state release) instead of the nation's. */
export function scenarioDataFor(scope: StateScope | null): ScenarioData {
  return scope ? cached(`scenarios:${scope.postal}`, () => withWorkforce(scenarioData(), scope.labor)) : scenarioData();
}

/** Skill/knowledge and task profiles for reskilling paths (~250 ms once). */
export function pathData(): PathData {
  return cached('paths', loadPathData);
}

/** A short tag of the database file, for ETags of derived payloads. */
export function dataTag(): string {
  const st = fs.statSync(env().ATLAS_DB, { throwIfNoEntry: false });
  return st ? `${st.ino.toString(36)}-${Math.round(st.mtimeMs).toString(36)}` : 'none';
}
