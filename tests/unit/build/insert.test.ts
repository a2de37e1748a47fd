/** insertMany: one prepared statement for plain objects, booleans as 0/1, undefined as NULL. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertMany } from '../../../lib/build/insert';

describe('insertMany', () => {
  it('inserts every row and returns the count, converting booleans and undefined', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, "name with space" TEXT, flag INTEGER, v REAL, b BLOB)');
    const n = insertMany(db, 't', [
      { id: 1, 'name with space': 'a', flag: true, v: 1.5, b: Buffer.from([1, 2]) },
      { id: 2, 'name with space': null, flag: false, v: undefined as unknown as null, b: null },
    ]);
    expect(n).toBe(2);
    expect(db.prepare('SELECT * FROM t ORDER BY id').all()).toEqual([
      { id: 1, 'name with space': 'a', flag: 1, v: 1.5, b: Buffer.from([1, 2]) },
      { id: 2, 'name with space': null, flag: 0, v: null, b: null },
    ]);
    db.close();
  });

  it('does nothing for no rows', () => {
    const db = new Database(':memory:');
    expect(insertMany(db, 'no_such_table', [])).toBe(0);
    db.close();
  });

  it('writes all rows or none', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
    expect(() => insertMany(db, 't', [{ id: 1 }, { id: 2 }, { id: 1 }])).toThrow(/UNIQUE constraint failed/);
    expect((db.prepare('SELECT count(*) n FROM t').get() as { n: number }).n).toBe(0);
    db.close();
  });
});
