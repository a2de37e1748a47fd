/**
 * What travels beside a chart's CSV: title, source and permalink (the CSV itself is written by the one
 * writer, lib/export/csv, plain: one header row then the rows, text guarded against formulas).
 */
export interface ChartMeta {
  title: string;
  source: string;
  /** absolute URL that reopens the view, or null when the view cannot be reopened (e.g. an uploaded roster) */
  permalink: string | null;
  /** said instead of a permalink when there is none */
  permalinkNote?: string;
  subtitle?: string;
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
