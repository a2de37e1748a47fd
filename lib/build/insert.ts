import type Database from 'better-sqlite3';

type Value = string | number | boolean | null | Buffer | bigint;
type SqlValue = string | number | bigint | Buffer | null;

/** Rows per INSERT statement: many rows per call cut the per-statement cost (SQLite allows 32,766 parameters). */
const ROWS_PER_STATEMENT = 64;

/**
 * Inserts plain objects into `table` in one transaction (keys of the first row are the columns),
 * ROWS_PER_STATEMENT rows per multi-row INSERT, with one parameter array refilled per statement.
 */
export function insertMany(sqlite: Database.Database, table: string, rows: ReadonlyArray<Record<string, Value>>): number {
  if (rows.length === 0) return 0;
  const cols = Object.keys(rows[0]);
  const perRow = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(32_766 / cols.length)));
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  const sql = (n: number) => `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES ${Array.from({ length: n }, () => tuple).join(', ')}`;
  const full = rows.length >= perRow ? sqlite.prepare(sql(perRow)) : null;
  const one = sqlite.prepare(sql(1));
  const run = sqlite.transaction(() => {
    const params: SqlValue[] = new Array(perRow * cols.length);
    let i = 0;
    for (; full && i + perRow <= rows.length; i += perRow) {
      let k = 0;
      for (let r = i; r < i + perRow; r++) {
        const row = rows[r];
        for (let j = 0; j < cols.length; j++) params[k++] = toSql(row[cols[j]]);
      }
      full.run(params);
    }
    const single: SqlValue[] = new Array(cols.length);
    for (; i < rows.length; i++) {
      for (let j = 0; j < cols.length; j++) single[j] = toSql(rows[i][cols[j]]);
      one.run(single);
    }
  });
  run();
  return rows.length;
}

function toSql(v: Value): SqlValue {
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v === undefined ? null : v;
}
