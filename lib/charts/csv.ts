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
 * A chart's CSV: metadata as leading `#` comment lines (read with pandas `comment='#'` or R
 * `comment.char='#'`), then the header and rows.
 */
export function toChartCsv(meta: { title: string; source: string; permalink: string }, header: string[], rows: Cell[][]): string {
  const comments = [`# ${meta.title}`, `# Source: ${meta.source}`, `# Permalink: ${meta.permalink}`].map((l) => l.replace(/[\r\n]+/g, ' '));
  return comments.join('\r\n') + '\r\n' + toCsv(header, rows);
}
