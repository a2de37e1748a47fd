/**
 * Shared by the ingest, export and build unit tests: the tiny official-layout fixtures, temporary
 * copies of them to break one line at a time, and throwaway databases under the OS temp directory.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openForBuild, type AtlasDb } from '../../../db/index';
import { expect } from 'vitest';
import { ingest, type IngestSummary } from '../../../lib/ingest/build';
import { InputError } from '../../../lib/ingest/errors';

export const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
export const ONET_MINI = path.join(FIXTURES, 'onet-mini');
export const BLS_MINI = path.join(FIXTURES, 'bls-mini');

const made: string[] = [];
const open: Database.Database[] = [];

/** A fresh empty directory under os.tmpdir(), removed by cleanTemp(). */
export function tempDir(prefix = 'atlas-unit-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}

export function cleanTemp(): void {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Copies both fixture directories into a temp dir so a test can edit them. */
export function copyFixtures(): { onetDir: string; blsDir: string } {
  const root = tempDir();
  const onetDir = path.join(root, 'onet');
  const blsDir = path.join(root, 'bls');
  fs.cpSync(ONET_MINI, onetDir, { recursive: true });
  fs.cpSync(BLS_MINI, blsDir, { recursive: true });
  return { onetDir, blsDir };
}

/** Line ending a file uses (the O*NET release writes CRLF, the BLS conversions LF). */
function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Rewrites one file as lines (1-based numbers as editors show them), keeping its line endings. */
export function editLines(file: string, edit: (lines: string[]) => string[]): void {
  const text = fs.readFileSync(file, 'utf8');
  const eol = eolOf(text);
  const lines = text.split(eol);
  const trailing = lines.at(-1) === '';
  if (trailing) lines.pop();
  const out = edit(lines);
  fs.writeFileSync(file, out.join(eol) + (trailing ? eol : ''));
}

/** Replaces field `column` (by header name; header on line `headerLine`) of line `line` (1-based). */
export function setField(file: string, line: number, column: string, value: string, headerLine = 1): void {
  editLines(file, (lines) => {
    const header = lines[headerLine - 1].split('\t');
    const j = header.indexOf(column);
    if (j < 0) throw new Error(`test setup: no column ${column} in ${file}`);
    const cells = lines[line - 1].split('\t');
    cells[j] = value;
    lines[line - 1] = cells.join('\t');
    return lines;
  });
}

/** A migrated, empty database file under the temp directory (the writer and its connection). */
export function tempDb(): { file: string; db: AtlasDb; sqlite: Database.Database } {
  const file = path.join(tempDir('atlas-db-'), 'atlas.db');
  const db = openForBuild(file);
  open.push(db.$client);
  return { file, db, sqlite: db.$client };
}

/** Ingests the given (default: pristine) fixture dirs into a fresh temp database. */
export function ingestFixtures(dirs: { onetDir: string; blsDir: string } = { onetDir: ONET_MINI, blsDir: BLS_MINI }): {
  db: AtlasDb;
  sqlite: Database.Database;
  summary: IngestSummary;
  file: string;
} {
  const { file, db, sqlite } = tempDb();
  const summary = ingest(db, dirs);
  return { db, sqlite, summary, file };
}

export function all<T = Record<string, unknown>>(sqlite: Database.Database, sql: string, ...params: unknown[]): T[] {
  return sqlite.prepare(sql).all(...params) as T[];
}

export function one<T = number>(sqlite: Database.Database, sql: string, ...params: unknown[]): T {
  const row = sqlite.prepare(sql).get(...params) as Record<string, T>;
  return row[Object.keys(row)[0]];
}

/** The error `fn` throws (fails the test when it returns). */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, but none was thrown');
}

/**
 * Ingests a copy of the fixtures after `edit` (given the O*NET directory) and returns the InputError it
 * throws; `written` then checks the database it was writing into (e.g. that nothing was half-written).
 */
export function ingestFailure(edit: (onetDir: string) => void, written?: (sqlite: Database.Database) => void): InputError {
  const dirs = copyFixtures();
  edit(dirs.onetDir);
  const { db, sqlite } = tempDb();
  try {
    ingest(db, dirs);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    written?.(sqlite);
    return e as InputError;
  }
  throw new Error('ingest accepted the broken file');
}
