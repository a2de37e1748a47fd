/**
 * A rebuild replaces the database by rename. A request that leased the data context before keeps
 * answering from the file it opened (its connection stays open until it releases the lease); the
 * next request gets a new context on the new file; the old connection closes once drained.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtomically } from '../../lib/build/atomic';

describe('database swap during a rebuild', () => {
  it('keeps leased contexts open until released, hands new requests the new file, then closes the old one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-swap-'));
    const file = path.join(dir, 'atlas.db');
    fs.copyFileSync(process.env.ATLAS_DB!, file);
    process.env.ATLAS_DB = file;
    const { currentData, dataStats, leaseData, withData } = await import('../../lib/data');
    const { getCounts } = await import('../../lib/queries/meta');
    const { allOccupations } = await import('../../lib/queries/occupations');
    const before = dataStats();
    const lease = leaseData();
    expect(getCounts(lease.data).occupations).toBe(1016);
    expect(dataStats().open).toBe(before.open + 1);
    const Database = (await import('better-sqlite3')).default;

    // Rebuild: a copy with one occupation fewer, renamed over the file while `lease` is held.
    await buildAtomically(file, async (tmp) => {
      fs.copyFileSync(process.env.ATLAS_DB!, tmp);
      const w = new Database(tmp);
      w.prepare("DELETE FROM occupations WHERE onet_soc_code = '11-1011.03'").run();
      w.close();
    });
    const next = currentData();
    expect(next).not.toBe(lease.data);
    expect(getCounts(next).occupations).toBe(1015);
    // The old lease still reads its own file, values derived from it included, and it was never closed under it.
    expect(lease.data.closed).toBe(false);
    expect(allOccupations(lease.data).length).toBe(1016);
    expect(dataStats().open).toBe(before.open + 2);
    // withData on the new file does not touch the old lease.
    expect(await withData(async (d) => (await Promise.resolve(d)).id)).toBe(next.id);
    lease.release();
    expect(lease.data.closed).toBe(true);
    expect(dataStats().open).toBe(before.open + 1);
    expect(() => lease.data.acquire()).toThrow(/closed/);
    next.retire();
    expect(dataStats().open).toBe(before.open);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
