/**
 * The data context (lib/data) and the reader/writer types (db/index.ts), on a database built from the
 * fixtures: derived values are computed once per context, a retired context closes only when its last
 * lease is released, and a read-only connection can be used neither as a writer nor to write.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openForBuild, openReadonly, readerOf, type AtlasDb, type Reader, type ReadonlyDb } from '@/db';
import { occupations } from '@/db/schema';
import { DataContext, derived, derivedBy } from '@/lib/data';
import { cleanTemp, ingestFixtures } from '../ingest/helpers';

afterEach(cleanTemp);

function fixtureFile(): string {
  const { file, sqlite } = ingestFixtures();
  sqlite.close();
  return file;
}

describe('DataContext', () => {
  it('computes a derived value once per context, and again for another context of the same file', () => {
    const file = fixtureFile();
    let builds = 0;
    const COUNT = derived('test:count', ({ db }) => {
      builds++;
      return db.select({ code: occupations.onet_soc_code }).from(occupations).all().length;
    });
    const a = DataContext.open(file);
    expect(a.get(COUNT)).toBe(8);
    expect(a.get(COUNT)).toBe(8);
    expect(builds).toBe(1);
    const b = DataContext.open(file);
    expect(b.get(COUNT)).toBe(8);
    expect(builds).toBe(2);
    a.close();
    b.close();
  });

  it('keys a family of derived values by its key', () => {
    const file = fixtureFile();
    const seen: string[] = [];
    const title = derivedBy('test:title', ({ db }, code) => {
      seen.push(code);
      return db.select({ title: occupations.title }).from(occupations).where(sql`${occupations.onet_soc_code} = ${code}`).get()?.title ?? null;
    });
    const d = DataContext.open(file);
    expect(title(d, '11-1011.00')).toBe('Chief Executives');
    expect(title(d, '11-1011.00')).toBe('Chief Executives');
    expect(title(d, '99-9999.00')).toBeNull();
    expect(title(d, '99-9999.00')).toBeNull();
    expect(seen).toEqual(['11-1011.00', '99-9999.00']);
    d.close();
  });

  it('a retired context stays open while leased and closes with its last release', () => {
    const d = DataContext.open(fixtureFile());
    d.acquire();
    d.acquire();
    d.retire();
    expect(d.closed).toBe(false);
    expect(d.db.select({ code: occupations.onet_soc_code }).from(occupations).all()).toHaveLength(8);
    d.release();
    expect(d.closed).toBe(false);
    d.release();
    expect(d.closed).toBe(true);
    expect(d.db.$client.open).toBe(false);
    expect(() => d.acquire()).toThrow(/closed/);
    expect(() => d.release()).toThrow(/released more often/);
  });

  it('an idle context closes as soon as it is retired, and drops its derived values', () => {
    const d = DataContext.open(fixtureFile());
    const ROWS = derived('test:rows', ({ db }) => db.select().from(occupations).all());
    d.get(ROWS);
    let closed = 0;
    d.onClose = () => closed++;
    d.retire();
    expect(d.closed).toBe(true);
    expect(closed).toBe(1);
    expect(() => d.get(ROWS)).toThrow(/closed/);
  });
});

describe('readers and writers', () => {
  it('a read-only connection refuses to write at run time', () => {
    const db = openReadonly(fixtureFile());
    expect(() => db.all(sql`DELETE FROM occupations RETURNING onet_soc_code`)).toThrow(/readonly|read-only|query_only|attempt to write/i);
    expect(db.select({ code: occupations.onet_soc_code }).from(occupations).all()).toHaveLength(8);
    db.$client.close();
  });

  it('the type system keeps the two apart (checked by tsc, which compiles the tests)', () => {
    const file = fixtureFile();
    const writer: AtlasDb = openForBuild(file);
    const reader: ReadonlyDb = openReadonly(file);
    const needsWriter = (w: AtlasDb) => w;
    const needsReadonly = (r: ReadonlyDb) => r;
    const reads = (r: Reader) => r.select({ code: occupations.onet_soc_code }).from(occupations).all().length;

    // @ts-expect-error a read-only connection is not a writer
    needsWriter(reader);
    // @ts-expect-error nor assignable to one
    const w2: AtlasDb = reader;
    // @ts-expect-error it has no insert, update or delete
    void reader.insert;
    // @ts-expect-error a writer is not the app's read-only connection either
    needsReadonly(writer);

    // Both can read.
    expect(reads(reader)).toBe(8);
    expect(reads(writer)).toBe(8);
    expect(reads(readerOf(writer.$client))).toBe(8);
    expect(w2).toBe(reader);
    writer.$client.close();
    reader.$client.close();
  });
});
