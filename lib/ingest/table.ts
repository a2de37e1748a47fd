import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { CsvSyntaxError, parseCsv } from './csv';
import { InputError } from './errors';
import { fastPathOf, NOT_SURE } from './fields';

/** One data row: its 1-based line number in the file and its cells keyed by header name. */
export interface RawRow {
  line: number;
  cells: Record<string, string>;
}

export interface RawTable {
  file: string;
  header: string[];
  rows: RawRow[];
}

export interface ReadOptions {
  /** Columns that must be present in the header (others are ignored). */
  columns: readonly string[];
  /** Find the header as the first line whose first cell matches (BLS files have title rows above). */
  headerStartsWith?: string | RegExp;
  /** Stop reading at the first line whose first cell matches (BLS tables end with footnotes). */
  footerStartsWith?: RegExp;
}

/** A validated row: the schema's output plus the row's 1-based line in the file. */
export type Row<S extends z.ZodObject> = z.output<S> & { line: number };

/**
 * Reads a tab-delimited text file (CRLF or LF) or a CSV into rows of strings, checking the header.
 * Workbooks are converted to TSV before the build (lib/ingest/workbook.ts), so the build stays synchronous.
 */
export function readTable(file: string, opts: ReadOptions): RawTable {
  const rows: RawRow[] = [];
  const { name, header } = scanTable(file, opts, (cells, line) => {
    const record: Record<string, string> = {};
    for (let j = 0; j < opts.columns.length; j++) record[opts.columns[j]] = cells[j];
    rows.push({ line, cells: record });
  });
  return { file: name, header, rows };
}

/**
 * readTable and parseRows in one pass, for the big files: each row's asked cells are validated as they
 * are read, column by column with the schema's own field parsers, and only the validated row is kept.
 * The schema's keys are the columns read (plus `alsoRequire`, checked in the header only). The file's
 * first bad line stops the read: readTable's errors for a malformed line, parseRows's
 * `<file>:<line>: column "X": reason (got "v")` for a bad value.
 */
export function readRows<S extends z.ZodObject>(
  file: string,
  schema: S,
  opts: Omit<ReadOptions, 'columns'> & { alsoRequire?: readonly string[] } = {},
): { file: string; rows: Array<Row<S>> } {
  const columns = Object.keys(schema.shape);
  const parse = rowParser(schema, columns);
  const rows: Array<Row<S>> = [];
  const name = path.basename(file);
  scanTable(file, { ...opts, columns: [...columns, ...(opts.alsoRequire ?? [])] }, (cells, line) => {
    rows.push(parse(cells, line, name));
  });
  return { file: name, rows };
}

/** Validates every row with a zod schema; the first bad row throws `<file>:<line>: column "X": reason (got "v")`. */
export function parseRows<S extends z.ZodObject>(table: RawTable, schema: S): Array<Row<S>> {
  const columns = Object.keys(schema.shape);
  const parse = rowParser(schema, columns);
  const cells: string[] = new Array(columns.length);
  return table.rows.map((row) => {
    for (let j = 0; j < columns.length; j++) cells[j] = row.cells[columns[j]];
    return parse(cells, row.line, table.file);
  });
}

/**
 * A row's cells (in `columns` order) → the schema's output with its line, or an InputError. When the
 * schema is a plain object of fields (no object-level checks), each field is parsed by its own zod
 * schema, and a cell value seen before in that column reuses its parsed value: the same result as
 * parsing the row object (zod reports the first failing key first), without the per-row objects zod
 * would allocate. Otherwise the whole row object goes through the schema.
 */
function rowParser<S extends z.ZodObject>(schema: S, columns: string[]): (cells: string[], line: number, file: string) => Row<S> {
  const fail = (file: string, line: number, col: string | undefined, message: string, got: string | undefined): never => {
    const where = col !== undefined ? `column "${col}": ` : '';
    throw new InputError(file, line, `${where}${message}${got !== undefined ? ` (got ${JSON.stringify(truncate(got))})` : ''}`);
  };
  if ((schema._zod.def.checks?.length ?? 0) > 0 || schema._zod.def.catchall !== undefined) {
    return (cells, line, file) => {
      const record: Record<string, string> = {};
      for (let j = 0; j < columns.length; j++) record[columns[j]] = cells[j];
      const r = schema.safeParse(record);
      if (!r.success) {
        const issue = r.error.issues[0];
        const col = issue.path.length > 0 ? String(issue.path[0]) : undefined;
        return fail(file, line, col, issue.message, col !== undefined ? record[col] : undefined);
      }
      return Object.assign(r.data as object, { line }) as Row<S>;
    };
  }
  const fields = columns.map((c) => fieldParser(schema.shape[c] as z.ZodType));
  return (cells, line, file) => {
    const out: Record<string, unknown> = {};
    for (let j = 0; j < columns.length; j++) {
      const v = fields[j].parse(cells[j]);
      if (v === FAILED) return fail(file, line, columns[j], fields[j].message, cells[j]);
      out[columns[j]] = v;
    }
    out.line = line;
    return out as Row<S>;
  };
}

/** What a field parser returns for a bad cell (its `message` then says why). */
const FAILED: unique symbol = Symbol('failed');

/** Bounds of the per-column memo (values kept; misses before a column's hit rate is judged). */
const MEMO_MAX = 50_000;
const MEMO_PROBE = 20_000;

/**
 * One cell → its parsed value, or FAILED with zod's message in `message`: the schema's fast path
 * when it has one and is sure (lib/ingest/fields.ts), else zod, memoised by the cell's text for
 * primitive results (zod field schemas are pure: the same text always parses to the same value).
 */
function fieldParser(schema: z.ZodType): { parse: (cell: string) => unknown; message: string } {
  const fast = fastPathOf(schema);
  const memo = new Map<string, unknown>();
  let misses = 0;
  let hits = 0;
  let useMemo = true;
  const self = { parse, message: '' };
  return self;
  function parse(cell: string): unknown {
    if (fast) {
      const v = fast(cell);
      if (v !== NOT_SURE) return v;
    }
    if (useMemo) {
      const v = memo.get(cell);
      if (v !== undefined || memo.has(cell)) {
        hits++;
        return v;
      }
      // After MEMO_PROBE misses, a column that hit in fewer than one lookup in four stops looking:
      // mostly distinct values (free text), where the lookup costs more than it saves.
      if (++misses === MEMO_PROBE && hits < misses / 3) {
        useMemo = false;
        memo.clear();
      }
    }
    const r = schema.safeParse(cell);
    if (!r.success) {
      self.message = r.error.issues[0].message;
      return FAILED;
    }
    const v = r.data;
    if (useMemo && memo.size < MEMO_MAX && (v === null || typeof v !== 'object')) memo.set(cell, v);
    return v;
  }
}

/**
 * Finds the header, checks it, then calls `onRow` with each data row's asked cells (in
 * `opts.columns` order; the array is reused between calls) and its 1-based line. Tab-delimited text
 * is scanned in place: only the asked cells are cut out of each line.
 */
function scanTable(file: string, opts: ReadOptions, onRow: (cells: string[], line: number) => void): { name: string; header: string[] } {
  const lower = file.toLowerCase();
  const name = path.basename(file);
  if (lower.endsWith('.xlsx')) throw new InputError(name, undefined, 'a workbook: convert it to TSV first (blsTablesDir in lib/ingest/bls.ts; npm run setup does it)');
  const lines: LineSource = lower.endsWith('.csv') ? arrayLines(csvLines(file)) : textLines(file);
  const start = opts.headerStartsWith;
  let headerIdx = start === undefined ? 0 : -1;
  if (start !== undefined) {
    for (let i = 0; i < lines.count && headerIdx < 0; i++) {
      const first = lines.firstCell(i).trim();
      if (typeof start === 'string' ? first === start : start.test(first)) headerIdx = i;
    }
  }
  if (headerIdx < 0 || lines.count === 0) {
    throw new InputError(name, undefined, `no header row found${start ? ` (expected one starting with ${String(start)})` : ''}`);
  }
  const header = lines.cells(headerIdx).map((h) => h.trim());
  const missing = opts.columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError(name, headerIdx + 1, `header is missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}; found ${header.map((h) => `"${h}"`).join(', ')}`);
  }
  const index = opts.columns.map((c) => header.indexOf(c));
  const maxIndex = Math.max(...index);
  const cells: string[] = new Array(index.length).fill('');
  for (let i = headerIdx + 1; i < lines.count; i++) {
    // The common row (as many fields as the header, a first cell) takes the fast path; any other is
    // split whole and checked as below.
    if (!opts.footerStartsWith && lines.fastCells(i, index, header.length, cells)) {
      onRow(cells, i + 1);
      continue;
    }
    const all = lines.cells(i);
    if (opts.footerStartsWith?.test(all[0]?.trim() ?? '')) break;
    if (all.length === 1 && all[0] === '') continue; // blank line
    if (all[0] === '' && all.every((c) => c.trim() === '')) continue; // a row of empty cells
    if (all.length < header.length && all.length <= maxIndex) {
      throw new InputError(name, i + 1, `expected ${header.length} tab-separated fields, found ${all.length}`);
    }
    // More fields than the header: a stray tab would silently shift or cut a value. Trailing empty
    // cells (spreadsheets pad rows) are harmless.
    if (all.length > header.length && all.slice(header.length).some((c) => c.trim() !== '')) {
      throw new InputError(name, i + 1, `expected ${header.length} tab-separated fields, found ${all.length} (a stray tab?)`);
    }
    for (let j = 0; j < index.length; j++) cells[j] = all[index[j]] ?? '';
    onRow(cells, i + 1);
  }
  return { name, header };
}

/** The lines of a file, by 0-based index. */
interface LineSource {
  count: number;
  cells(i: number): string[];
  firstCell(i: number): string;
  /**
   * When line i has exactly `width` fields and a non-empty first one, puts the fields at `index`
   * into `out` and returns true; otherwise returns false (and `out` is unspecified).
   */
  fastCells(i: number, index: readonly number[], width: number, out: string[]): boolean;
}

function arrayLines(rows: string[][]): LineSource {
  return {
    count: rows.length,
    cells: (i) => rows[i],
    firstCell: (i) => rows[i][0] ?? '',
    fastCells: () => false,
  };
}

/** Tab-delimited text, split into lines on LF or CRLF (a lone CR stays in its cell), read in place. */
function textLines(file: string): LineSource {
  const buf = fs.readFileSync(file);
  if (buf.includes(0)) throw new InputError(path.basename(file), undefined, 'binary content (NUL byte): not a tab-delimited text file');
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Line i spans text[starts[i], ends[i]).
  const starts: number[] = [];
  const ends: number[] = [];
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) {
      starts.push(pos);
      ends.push(text.length);
      break;
    }
    starts.push(pos);
    ends.push(nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
    pos = nl + 1;
  }
  // Where each field ends, filled per line.
  let bounds = new Int32Array(64);
  // The first tab at or after the last position asked: each tab is searched for once, so a file
  // with few tabs is not rescanned to its end for every line.
  let nextTab = -1;
  let askedFrom = 0;
  const tabFrom = (p: number): number => {
    if (nextTab < p || p < askedFrom) {
      askedFrom = p;
      const t = text.indexOf('\t', p);
      nextTab = t < 0 ? text.length : t;
    }
    return nextTab;
  };
  return {
    count: starts.length,
    cells: (i) => text.slice(starts[i], ends[i]).split('\t'),
    firstCell: (i) => {
      const tab = text.indexOf('\t', starts[i]);
      return text.slice(starts[i], tab < 0 || tab > ends[i] ? ends[i] : tab);
    },
    fastCells: (i, index, width, out) => {
      const s = starts[i];
      const e = ends[i];
      if (e === s || text.charCodeAt(s) === 9) return false; // blank, or an empty first cell
      if (bounds.length < width + 1) bounds = new Int32Array(width + 1);
      let n = 0;
      let p = s;
      bounds[0] = s - 1;
      while (n < width) {
        const tab = tabFrom(p);
        if (tab >= e) break;
        bounds[++n] = tab;
        p = tab + 1;
      }
      if (n !== width - 1) return false; // not `width` fields
      bounds[width] = e;
      for (let j = 0; j < index.length; j++) out[j] = text.slice(bounds[index[j]] + 1, bounds[index[j] + 1]);
      return true;
    },
  };
}

function csvLines(file: string): string[][] {
  const name = path.basename(file);
  const buf = fs.readFileSync(file);
  if (buf.includes(0)) throw new InputError(name, undefined, 'binary content (NUL byte): not a CSV file');
  try {
    // Index by line so blank physical lines keep their numbers.
    const out: string[][] = [];
    for (const r of parseCsv(buf.toString('utf8'))) {
      while (out.length < r.line - 1) out.push(['']);
      out.push(r.fields);
    }
    return out;
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new InputError(name, e.line, e.message);
    throw e;
  }
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
