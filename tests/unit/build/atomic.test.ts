/**
 * buildAtomically: a failed build leaves the target byte for byte as it was and no temporary files; a
 * successful one replaces it. Also with a real SQLite build (openForBuild + ingest of the fixtures).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openForBuild } from '../../../db/index';
import { buildAtomically } from '../../../lib/build/atomic';
import { ingest } from '../../../lib/ingest/build';
import { BLS_MINI, cleanTemp, copyFixtures, ONET_MINI, setField, tempDir } from '../ingest/helpers';

afterEach(cleanTemp);

function setup() {
  const dir = tempDir();
  const target = path.join(dir, 'atlas.db');
  const before = Buffer.from('the old database\n\u0000\u0001binary');
  fs.writeFileSync(target, before);
  return { dir, target, before };
}

describe('buildAtomically', () => {
  it('leaves the target untouched and removes the temporary files when the build throws', async () => {
    const { dir, target, before } = setup();
    let tmpSeen = '';
    await expect(
      buildAtomically(target, (tmp) => {
        tmpSeen = tmp;
        fs.writeFileSync(tmp, 'half-built');
        fs.writeFileSync(`${tmp}-journal`, 'journal');
        fs.writeFileSync(`${tmp}-wal`, 'wal');
        throw new Error('build failed');
      }),
    ).rejects.toThrow('build failed');
    expect(path.dirname(tmpSeen)).toBe(dir);
    expect(tmpSeen).not.toBe(target);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['atlas.db']);
  });

  it('does the same when an async build rejects', async () => {
    const { dir, target, before } = setup();
    await expect(
      buildAtomically(target, async (tmp) => {
        fs.writeFileSync(tmp, 'half-built');
        await new Promise((r) => setTimeout(r, 5));
        throw new Error('async failure');
      }),
    ).rejects.toThrow('async failure');
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['atlas.db']);
  });

  it('replaces the target with the build and returns its result', async () => {
    const { dir, target } = setup();
    const result = await buildAtomically(target, (tmp) => {
      fs.writeFileSync(tmp, 'the new database');
      return 42;
    });
    expect(result).toBe(42);
    expect(fs.readFileSync(target, 'utf8')).toBe('the new database');
    expect(fs.readdirSync(dir)).toEqual(['atlas.db']);
  });

  it('starts from a copy of another file when asked, without changing that file', async () => {
    const { dir, target } = setup();
    const base = path.join(dir, 'base.db');
    fs.writeFileSync(base, 'base');
    await buildAtomically(target, (tmp) => fs.appendFileSync(tmp, '+step'), { startFrom: base });
    expect(fs.readFileSync(target, 'utf8')).toBe('base+step');
    expect(fs.readFileSync(base, 'utf8')).toBe('base');
    expect(fs.readdirSync(dir).sort()).toEqual(['atlas.db', 'base.db']);
  });

  it('creates the target directory', async () => {
    const target = path.join(tempDir(), 'a', 'b', 'atlas.db');
    await buildAtomically(target, (tmp) => fs.writeFileSync(tmp, 'x'));
    expect(fs.readFileSync(target, 'utf8')).toBe('x');
  });

  it('keeps a readable old database when ingest fails on a bad row, and replaces it when ingest succeeds', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'atlas.db');
    await buildAtomically(target, (tmp) => {
      const db = openForBuild(tmp);
      ingest(db, { onetDir: ONET_MINI, blsDir: BLS_MINI });
      db.$client.close();
    });
    const before = fs.readFileSync(target);

    const broken = copyFixtures();
    setField(path.join(broken.onetDir, 'Task Statements.txt'), 5, 'Task Type', 'Sometimes');
    await expect(
      buildAtomically(target, (tmp) => {
        const db = openForBuild(tmp);
        try {
          ingest(db, broken);
        } finally {
          db.$client.close();
        }
      }),
    ).rejects.toThrow('Task Statements.txt:5: column "Task Type"');
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['atlas.db']);
    const old = new Database(target, { readonly: true });
    expect((old.prepare('SELECT count(*) n FROM tasks').get() as { n: number }).n).toBe(22);
    old.close();
  });
});

describe('temporary files of killed builds', () => {
  it('removes those whose process no longer runs, and never one of a live build', async () => {
    const { spawn, spawnSync } = await import('node:child_process');
    const { removeStaleTemps } = await import('../../../lib/build/atomic');
    const { dir, target, before } = setup();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const names = [
        `atlas.db.tmp-${dead}-1700000000000`,
        `atlas.db.tmp-${dead}-1700000000000-journal`,
        `atlas.db.tmp-${live.pid}-1700000000001`,
        `atlas.db.tmp-${live.pid}-1700000000001-wal`,
        `atlas.db.tmp-${process.pid}-1700000000002`,
        `other.db.tmp-${dead}-1700000000003`,
        'atlas.db.tmp-notapid',
      ];
      for (const n of names) fs.writeFileSync(path.join(dir, n), 'x');
      const removed = removeStaleTemps(target);
      expect(removed.map((f) => path.basename(f)).sort()).toEqual(names.slice(0, 2).sort());
      expect(fs.readdirSync(dir).sort()).toEqual(['atlas.db', ...names.slice(2)].sort());
      expect(fs.readFileSync(target).equals(before)).toBe(true);
      // buildAtomically does it before building, and says so.
      fs.writeFileSync(path.join(dir, `atlas.db.tmp-${dead}-1700000000009`), 'x');
      const heard: string[] = [];
      await buildAtomically(target, (tmp) => fs.writeFileSync(tmp, 'new'), { onStaleRemoved: (f) => heard.push(...f) });
      expect(heard.map((f) => path.basename(f))).toEqual([`atlas.db.tmp-${dead}-1700000000009`]);
      expect(fs.readdirSync(dir).sort()).toEqual(['atlas.db', ...names.slice(2)].sort());
    } finally {
      live.kill('SIGKILL');
    }
  });
});
