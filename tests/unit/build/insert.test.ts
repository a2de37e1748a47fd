/**
 * insertMany: rows typed by a schema table, written through one prepared multi-row statement; each
 * column's driver mapping (booleans as 0/1), its default when a value is missing, all rows or none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { artifacts, occupationElements, occupationTitles } from '../../../db/schema';
import { insertMany } from '../../../lib/build/insert';
import { cleanTemp, tempDb } from '../ingest/helpers';

afterEach(cleanTemp);

describe('insertMany', () => {
  it('inserts every row and returns the count: booleans as 0/1, null as NULL, an autoincrement id assigned', () => {
    const { db, sqlite } = tempDb();
    const n = insertMany(db, occupationTitles, [
      { onet_soc_code: '11-1011.00', title: 'CEO', short_title: null, kind: 'alternate', shown_in_my_next_move: true },
      { onet_soc_code: '11-1011.00', title: 'Chief', kind: 'reported', shown_in_my_next_move: false },
    ]);
    expect(n).toBe(2);
    expect(sqlite.prepare('SELECT * FROM occupation_titles ORDER BY id').all()).toEqual([
      { id: 1, onet_soc_code: '11-1011.00', title: 'CEO', short_title: null, kind: 'alternate', shown_in_my_next_move: 1 },
      { id: 2, onet_soc_code: '11-1011.00', title: 'Chief', short_title: null, kind: 'reported', shown_in_my_next_move: 0 },
    ]);
  });

  it("gives a missing value the column's default, as drizzle's insert does", () => {
    const { db, sqlite } = tempDb();
    insertMany(db, occupationElements, [
      { onet_soc_code: '11-1011.00', element_id: '2.A.1.a', importance: 3.5, level: null },
      { onet_soc_code: '11-1011.00', element_id: '2.A.1.b', importance: null, level: 2, not_relevant: true },
    ]);
    expect(sqlite.prepare('SELECT element_id, importance, level, not_relevant FROM occupation_elements ORDER BY element_id').all()).toEqual([
      { element_id: '2.A.1.a', importance: 3.5, level: null, not_relevant: 0 },
      { element_id: '2.A.1.b', importance: null, level: 2, not_relevant: 1 },
    ]);
  });

  it('writes buffers as blobs, and many rows through full and partial statements alike', () => {
    const { db, sqlite } = tempDb();
    const rows = Array.from({ length: 64 * 3 + 5 }, (_, i) => ({ key: `k${i}`, format: 'raw', data: Buffer.from([i % 256, 7]) }));
    expect(insertMany(db, artifacts, rows)).toBe(rows.length);
    const back = sqlite.prepare('SELECT key, format, data FROM artifacts ORDER BY rowid').all();
    expect(back).toEqual(rows);
  });

  it('does nothing for no rows', () => {
    const { db } = tempDb();
    expect(insertMany(db, artifacts, [])).toBe(0);
  });

  it('writes all rows or none', () => {
    const { db, sqlite } = tempDb();
    const row = (key: string) => ({ key, format: 'raw', data: Buffer.from([1]) });
    expect(() => insertMany(db, artifacts, [row('a'), row('b'), row('a')])).toThrow(/UNIQUE constraint failed/);
    expect(sqlite.prepare('SELECT count(*) n FROM artifacts').get()).toEqual({ n: 0 });
  });

  it('rejects, at compile time, a row of the wrong shape', () => {
    const { db } = tempDb();
    // @ts-expect-error -- `format` is required and `data` must be a Buffer
    expect(() => insertMany(db, artifacts, [{ key: 'x', data: 'not a buffer' }])).toThrow(/NOT NULL constraint failed: artifacts.format/);
  });
});
