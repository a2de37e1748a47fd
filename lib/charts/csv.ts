/** CSV (RFC 4180): fields quoted when they hold a comma, quote or line break; null is empty. */
export type Cell = string | number | boolean | null | undefined;

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  const lines = [header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return lines.join('\r\n') + '\r\n';
}

/**
 * Text cells a spreadsheet would run as a formula (leading = + - @, or a tab or carriage return before
 * one) get a leading apostrophe (OWASP "CSV injection"). Numbers, and text that is just a signed number
 * ("-0.05", "+12%"), are left alone so the data stays numeric.
 */
export function guardFormula(v: Cell): Cell {
  if (typeof v !== 'string') return v;
  if (/^[=@\t\r]/.test(v)) return `'${v}`;
  if (/^[+-]/.test(v) && !/^[+-](\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(v)) return `'${v}`;
  return v;
}

export interface ChartMeta {
  title: string;
  source: string;
  /** absolute URL that reopens the view, or null when the view cannot be reopened (e.g. an uploaded roster) */
  permalink: string | null;
  /** said instead of a permalink when there is none */
  permalinkNote?: string;
  subtitle?: string;
}

/**
 * A chart's CSV, plain: one header row, then the rows, nothing else, so Excel, pandas and R read it
 * as it is. Text cells are guarded against formula injection (charts carry user text: roster
 * titles, departments, job descriptions). Title, source and permalink travel beside it (chartReadme).
 */
export function toChartCsv(header: string[], rows: Cell[][]): string {
  return toCsv(header.map((h) => String(guardFormula(h))), rows.map((r) => r.map(guardFormula)));
}

/** The README that travels with a chart's CSV (in the ZIP download): what it is, where from, how to reopen it. */
export function chartReadme(meta: ChartMeta, header: string[], file: string, rows: number, credits: string[]): string {
  const one = (s: string) => s.replace(/[\r\n]+/g, ' ');
  return [
    one(meta.title),
    ...(meta.subtitle ? [one(meta.subtitle)] : []),
    '',
    `File: ${file} (${rows} rows; comma-separated, UTF-8, one header row)`,
    `Columns: ${header.join(', ')}`,
    `Source: ${one(meta.source)}`,
    meta.permalink ? `Permalink: ${meta.permalink}` : `Permalink: none. ${one(meta.permalinkNote ?? 'This view is not stored.')}`,
    '',
    ...credits,
    '',
  ].join('\r\n');
}
