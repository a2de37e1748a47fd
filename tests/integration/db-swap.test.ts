/**
 * A rebuild replaces the database by rename: a reader keeps answering from the file it opened, and
 * the app's connection (db/read.ts) switches to the new file on its next request.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtomically } from '../../lib/build/atomic';

describe('database swap during a rebuild', () => {
  it('keeps old readers working and hands new requests the new file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-swap-'));
    const file = path.join(dir, 'atlas.db');
    fs.copyFileSync(process.env.ATLAS_DB!, file);
    process.env.ATLAS_DB = file;
    const { getDb } = await import('../../db/read');
    const first = getDb();
    const count = (db: ReturnType<typeof getDb>) => (db.$client.prepare('SELECT count(*) n FROM occupations').get() as { n: number }).n;
    expect(count(first)).toBe(1016);
    const Database = (await import('better-sqlite3')).default;
    const reader = new Database(file, { readonly: true });

    // Rebuild: a copy with one occupation fewer, renamed over the file while `first` is open.
    await buildAtomically(file, async (tmp) => {
      fs.copyFileSync(process.env.ATLAS_DB!, tmp);
      const w = new Database(tmp);
      w.prepare("DELETE FROM occupations WHERE onet_soc_code = '11-1011.03'").run();
      w.close();
    });
    const second = getDb();
    expect(second).not.toBe(first);
    expect(count(second)).toBe(1015);
    // A reader that opened the old file keeps answering from it (rename replaced the directory entry, not the inode).
    expect((reader.prepare('SELECT count(*) n FROM occupations').get() as { n: number }).n).toBe(1016);
    reader.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
