import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { CsvSyntaxError, parseCsv } from './csv';
import { InputError } from './errors';

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

/**
 * Reads a tab-delimited text file (CRLF or LF) or a CSV into rows of strings, checking the header.
 * Workbooks are converted to TSV before the build (lib/ingest/workbook.ts), so the build stays synchronous.
 */
export function readTable(file: string, opts: ReadOptions): RawTable {
  const lower = file.toLowerCase();
  const name = path.basename(file);
  if (lower.endsWith('.xlsx')) throw new InputError(name, undefined, 'a workbook: convert it to TSV first (blsTablesDir in lib/ingest/bls.ts; npm run setup does it)');
  // Text lines stay strings until their row is read (split one at a time: less memory held, less GC).
  const lines: Array<string | string[]> = lower.endsWith('.csv') ? csvLines(file) : textLines(file);
  const cellsAt = (i: number): string[] => {
    const l = lines[i];
    return typeof l === 'string' ? l.split('\t') : l;
  };
  const firstCell = (i: number): string => {
    const l = lines[i];
    return (typeof l === 'string' ? l.slice(0, (l.indexOf('\t') + 1 || l.length + 1) - 1) : (l[0] ?? '')).trim();
  };
  const start = opts.headerStartsWith;
  let headerIdx = start === undefined ? 0 : -1;
  if (start !== undefined) {
    for (let i = 0; i < lines.length && headerIdx < 0; i++) if (typeof start === 'string' ? firstCell(i) === start : start.test(firstCell(i))) headerIdx = i;
  }
  if (headerIdx < 0 || lines.length === 0) {
    throw new InputError(name, undefined, `no header row found${start ? ` (expected one starting with ${String(start)})` : ''}`);
  }
  const header = cellsAt(headerIdx).map((h) => h.trim());
  const missing = opts.columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError(name, headerIdx + 1, `header is missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}; found ${header.map((h) => `"${h}"`).join(', ')}`);
  }
  const index = opts.columns.map((c) => header.indexOf(c));
  const maxIndex = Math.max(...index);
  const rows: RawRow[] = [];
  for (let i = headerIdx + 1; i < lines.length; i++) {
    const cells = cellsAt(i);
    if (opts.footerStartsWith?.test(cells[0]?.trim() ?? '')) break;
    if (cells.length === 1 && cells[0] === '') continue; // blank line
    if (cells[0] === '' && cells.every((c) => c.trim() === '')) continue; // a row of empty cells
    if (cells.length < header.length && cells.length <= maxIndex) {
      throw new InputError(name, i + 1, `expected ${header.length} tab-separated fields, found ${cells.length}`);
    }
    // More fields than the header: a stray tab would silently shift or cut a value. Trailing empty
    // cells (spreadsheets pad rows) are harmless.
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      throw new InputError(name, i + 1, `expected ${header.length} tab-separated fields, found ${cells.length} (a stray tab?)`);
    }
    const record: Record<string, string> = {};
    for (let j = 0; j < index.length; j++) record[opts.columns[j]] = cells[index[j]] ?? '';
    rows.push({ line: i + 1, cells: record });
  }
  return { file: name, header, rows };
}

function textLines(file: string): string[] {
  const buf = fs.readFileSync(file);
  if (buf.includes(0)) throw new InputError(path.basename(file), undefined, 'binary content (NUL byte): not a tab-delimited text file');
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
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

/** Validates every row with a zod schema; the first bad row throws `<file>:<line>: column "X": reason (got "v")`. */
export function parseRows<S extends z.ZodType>(table: RawTable, schema: S): Array<z.output<S> & { line: number }> {
  const out: Array<z.output<S> & { line: number }> = [];
  for (const row of table.rows) {
    const r = schema.safeParse(row.cells);
    if (!r.success) {
      const issue = r.error.issues[0];
      const col = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      const got = col !== undefined ? row.cells[col] : undefined;
      const where = col !== undefined ? `column "${col}": ` : '';
      throw new InputError(table.file, row.line, `${where}${issue.message}${got !== undefined ? ` (got ${JSON.stringify(truncate(got))})` : ''}`);
    }
    const data = r.data as z.output<S> & { line: number };
    data.line = row.line;
    out.push(data);
  }
  return out;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
