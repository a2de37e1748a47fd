/** The pipeline CLIs on the full data: atomic builds, precise errors, rubric-only mode, caching. */
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-pipeline-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the real O*NET directory (symlinks) with one file rewritten. */
function onetWith(file: string, edit: (lines: string[]) => string[]): string {
  const src = process.env.ONET_DIR!;
  const dir = fs.mkdtempSync(path.join(tmp, 'onet-'));
  for (const f of fs.readdirSync(src)) if (f !== file) fs.symlinkSync(path.join(src, f), path.join(dir, f));
  const lines = fs.readFileSync(path.join(src, file), 'utf8').split('\r\n');
  fs.writeFileSync(path.join(dir, file), edit(lines).join('\r\n'));
  return dir;
}

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('setup and ingest CLIs', () => {
  const db = path.join(tmp, 'atlas.db');

  it('builds a rubric-only database when REFERENCE_DIR is unset', () => {
    const r = cli('setup', ['--db', db], { REFERENCE_DIR: '' });
    expect(r.status, r.stderr).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    expect((sqlite.prepare("SELECT count(*) n FROM task_scores WHERE method = 'rubric'").get() as { n: number }).n).toBe(18796);
    expect((sqlite.prepare('SELECT count(*) n FROM reference_labels').get() as { n: number }).n).toBe(0);
    sqlite.close();
    // Everything was embedded before (the shared cache): a re-run embeds nothing new.
    expect(r.stderr).toMatch(/, 0 new, rest from cache/);
  });

  it('does nothing when run again on unchanged inputs, and rebuilds with --force', () => {
    const before = sha(db);
    const again = cli('setup', ['--db', db], { REFERENCE_DIR: '' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/up to date with its inputs and code: nothing to do/);
    expect(sha(db)).toBe(before);
    const forced = cli('setup', ['--db', db, '--force'], { REFERENCE_DIR: '' });
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(/embedded .* 0 new, rest from cache/);
  });

  it('stops on a bad row with file:line, exit 1, and leaves the previous database untouched', () => {
    const before = sha(db);
    const onet = onetWith('Task Statements.txt', (lines) => {
      lines[100] = lines[100].replace(/^([^\t]+)\t\d+/, '$1\tabc');
      return lines;
    });
    const r = cli('ingest', ['--db', db, '--onet', onet]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: Task Statements\.txt:101: column "Task ID": expected a whole number \(got "abc"\)/);
    expect(sha(db)).toBe(before);
    expect(fs.readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('names a missing required file', () => {
    const onet = onetWith('Task Statements.txt', (l) => l);
    fs.rmSync(path.join(onet, 'Occupation Data.txt'));
    const r = cli('ingest', ['--db', db, '--onet', onet]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Occupation Data\.txt: required O\*NET file is missing/);
  });

  it('rejects a task whose occupation is unknown, naming the line', () => {
    const onet = onetWith('Task Statements.txt', (lines) => {
      lines[5] = lines[5].replace(/^[^\t]+/, '99-9999.99');
      return lines;
    });
    const r = cli('ingest', ['--db', db, '--onet', onet]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Task Statements\.txt:6: column "O\*NET-SOC Code": unknown occupation 99-9999\.99/);
  });
});
