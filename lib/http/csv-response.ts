import { objectsToCsv } from '../export/csv';

/** Rows of flat objects → a CSV download (the one guarded RFC 4180 writer; column order from `columns`). */
export function csvResponse<T extends object>(rows: readonly T[], columns: ReadonlyArray<keyof T & string>, filename: string, headers: Record<string, string> = {}): Response {
  return new Response(objectsToCsv(rows, columns), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, ...headers },
  });
}
