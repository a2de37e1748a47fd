import type Database from 'better-sqlite3';

type Value = string | number | boolean | null | Buffer | bigint;

/** Inserts plain objects into `table` with one prepared statement (keys of the first row are the columns). */
export function insertMany(sqlite: Database.Database, table: string, rows: ReadonlyArray<Record<string, Value>>): number {
  if (rows.length === 0) return 0;
  const cols = Object.keys(rows[0]);
  const stmt = sqlite.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  // One parameter array, refilled per row: no allocation per row.
  const params: Array<string | number | bigint | Buffer | null> = new Array(cols.length);
  const run = sqlite.transaction((batch: ReadonlyArray<Record<string, Value>>) => {
    for (const r of batch) {
      for (let j = 0; j < cols.length; j++) params[j] = toSql(r[cols[j]]);
      stmt.run(params);
    }
  });
  run(rows);
  return rows.length;
}

function toSql(v: Value): string | number | bigint | Buffer | null {
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v === undefined ? null : v;
}
