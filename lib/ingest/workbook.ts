/**
 * BLS workbooks (.xlsx) → tab-delimited text, read with read-excel-file (pure JavaScript, maintained).
 * The ingest itself reads only text files: a workbook is converted once, before the build, into a TSV
 * whose line N is the sheet's row N, so `file:line` errors still point at the workbook's row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { InputError } from './errors';

/** One cell as the text a TSV carries: numbers as JavaScript prints them, empty cells as ''. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  // A tab or line break inside a cell would split it in the TSV: BLS titles never need them.
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

/** Reads one sheet (by name; default the first) as rows of strings; a bad file is an InputError naming it. */
export async function readWorkbookSheet(file: string, sheet?: string): Promise<string[][]> {
  const name = path.basename(file);
  let rows: unknown[][];
  try {
    // trim: false keeps the leading spaces that show the hierarchy in Employment Projections titles.
    rows = (await (sheet === undefined ? readSheet(file, { trim: false }) : readSheet(file, sheet, { trim: false }))) as unknown[][];
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if ((e as Error).name === 'SheetNotFoundError' || /sheet/i.test(msg) && /not found/i.test(msg)) throw new InputError(name, undefined, `workbook has no sheet "${sheet}"`);
    throw new InputError(name, undefined, `not a readable .xlsx workbook (${msg})`);
  }
  return rows.map((r) => r.map(cellText));
}

/** Writes the sheet to `out` as TSV (LF line endings), atomically. */
export async function workbookToTsv(file: string, out: string, sheet?: string): Promise<number> {
  const rows = await readWorkbookSheet(file, sheet);
  const tmp = `${out}.tmp-${process.pid}`;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(tmp, rows.map((r) => r.join('\t')).join('\n') + '\n');
  fs.renameSync(tmp, out);
  return rows.length;
}
