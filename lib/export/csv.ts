/** CSV writing (RFC 4180): quotes fields with commas, quotes or newlines; guards spreadsheet formulas. */
export type Cell = string | number | boolean | null | undefined;

export function csvCell(v: Cell, opts: { guardFormulas?: boolean } = {}): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  let s = v;
  // A cell starting with = + - @ (or tab/CR) is run as a formula by spreadsheets: neutralise user text.
  if (opts.guardFormulas && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T extends Record<string, Cell>>(rows: readonly T[], columns: readonly (keyof T & string)[], opts: { guardFormulas?: boolean } = {}): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c], opts)).join(','));
  return `${lines.join('\n')}\n`;
}
