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

/**
 * A chart's CSV: text cells guarded against formula injection (charts carry user text: roster titles,
 * departments, job descriptions); metadata as leading `#` comment lines (read with pandas `comment='#'` or R
 * `comment.char='#'`), then the header and rows.
 */
export function toChartCsv(meta: { title: string; source: string; permalink: string }, header: string[], rows: Cell[][]): string {
  const comments = [`# ${meta.title}`, `# Source: ${meta.source}`, `# Permalink: ${meta.permalink}`].map((l) => l.replace(/[\r\n]+/g, ' '));
  return comments.join('\r\n') + '\r\n' + toCsv(header.map((h) => String(guardFormula(h))), rows.map((r) => r.map(guardFormula)));
}
