import { Column, getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AtlasDb } from '../../db';

type SqlValue = string | number | bigint | Buffer | null;

/** Rows per INSERT statement: many rows per call cut the per-statement cost (SQLite allows 32,766 parameters). */
const ROWS_PER_STATEMENT = 64;

/**
 * Inserts rows into a table of the schema in one transaction, typed by the table (a row of the wrong
 * shape does not compile). Columns and their SQL names come from the table; values go through each
 * column's own driver mapping (booleans as 0/1, JSON as text), a missing value takes the column's
 * default as drizzle's insert would (else NULL). Bulk loads use one prepared multi-row statement of
 * ROWS_PER_STATEMENT rows, with one parameter array refilled per call: drizzle's insert builder would
 * build a query per call.
 */
export function insertMany<T extends SQLiteTable>(db: AtlasDb, table: T, rows: ReadonlyArray<T['$inferInsert']>): number {
  if (rows.length === 0) return 0;
  const sqlite = db.$client;
  // Generated columns take no value (drizzle's own insert leaves them out too).
  const columns = Object.entries(getTableColumns(table) as Record<string, Column>).filter(([, c]) => c.generated === undefined || c.generated.type === 'byDefault');
  const keys = columns.map(([k]) => k);
  const convert = columns.map(([, c]) => converter(c));
  const width = keys.length;
  const perRow = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(32_766 / width)));
  const tuple = `(${keys.map(() => '?').join(', ')})`;
  const head = `INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES `;
  const sql = (n: number) => head + Array.from({ length: n }, () => tuple).join(', ');
  const full = rows.length >= perRow ? sqlite.prepare(sql(perRow)) : null;
  const one = sqlite.prepare(sql(1));
  const fill = (params: SqlValue[], at: number, row: Record<string, unknown>) => {
    for (let j = 0; j < width; j++) params[at + j] = convert[j](row[keys[j]]);
  };
  sqlite.transaction(() => {
    const params: SqlValue[] = new Array(perRow * width);
    let i = 0;
    for (; full && i + perRow <= rows.length; i += perRow) {
      for (let r = 0; r < perRow; r++) fill(params, r * width, rows[i + r] as Record<string, unknown>);
      full.run(params);
    }
    const single: SqlValue[] = new Array(width);
    for (; i < rows.length; i++) {
      fill(single, 0, rows[i] as Record<string, unknown>);
      one.run(single);
    }
  })();
  return rows.length;
}

/** A column's value → the parameter SQLite gets: its driver mapping, its default when missing. */
function converter(c: Column): (v: unknown) => SqlValue {
  const identity = c.mapToDriverValue === Column.prototype.mapToDriverValue;
  const map = identity ? (v: unknown) => v as SqlValue : (v: unknown) => c.mapToDriverValue(v) as SqlValue;
  const missing = (): SqlValue => {
    const d = c.defaultFn ? c.defaultFn() : c.default;
    if (d === undefined || d === null) return null;
    if (is(d, SQL)) throw new Error(`insertMany: column "${c.name}" has an SQL default; give it a value`);
    return map(d);
  };
  return (v) => (v === undefined ? missing() : v === null ? null : map(v));
}
