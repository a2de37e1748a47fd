import { toCsv, type Cell } from '../charts/csv';

/** Rows of flat objects → CSV download response (column order from `columns`). */
export function csvResponse<T extends object>(rows: T[], columns: Array<keyof T & string>, filename: string): Response {
  const body = toCsv(columns, rows.map((r) => columns.map((c) => r[c] as Cell)));
  return new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
  });
}
