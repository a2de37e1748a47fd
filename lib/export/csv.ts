/**
 * The one CSV writer (RFC 4180), for API answers, the export CLI and chart downloads in the browser:
 * CRLF line endings, one header row, a field quoted when it holds a comma, a quote, CR or LF (or
 * starts or ends with a space, which spreadsheets would otherwise trim), quotes doubled.
 * Every text cell, header included, is guarded against spreadsheet formulas (OWASP "CSV
 * injection"): text starting with = + - @, a tab or a carriage return gets a leading apostrophe.
 * Numbers are never touched, and neither is text that is just a signed number ("-0.05", "+12%"),
 * so the data stays numeric. Pure: no Node or DOM APIs.
 */
export type Cell = string | number | boolean | null | undefined;

const SIGNED_NUMBER = /^[+-](\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/** Text a spreadsheet would run as a formula, with a leading apostrophe; anything else as it is. */
export function guardFormula<T extends Cell>(v: T): T | string {
  if (typeof v !== 'string') return v;
  if (/^[=@\t\r]/.test(v) || (/^[+-]/.test(v) && !SIGNED_NUMBER.test(v))) return `'${v}`;
  return v;
}

/** One field, guarded and quoted as needed; null, undefined and non-finite numbers are empty. */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const s = guardFormula(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header row and rows of cells → CSV text, every line ending in CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  let out = `${header.map(csvField).join(',')}\r\n`;
  for (const r of rows) out += `${r.map(csvField).join(',')}\r\n`;
  return out;
}

/** Rows of flat objects → CSV, the columns in the order given (also the header). */
export function objectsToCsv<T extends object>(rows: readonly T[], columns: ReadonlyArray<keyof T & string>): string {
  return toCsv(columns, rows.map((r) => columns.map((c) => r[c] as Cell)));
}
