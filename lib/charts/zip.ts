import { strToU8, zipSync } from 'fflate';
import { toCsv, type Cell } from '../export/csv';
import { chartReadme, type ChartMeta } from './csv';

/** A chart's data as a ZIP: the plain CSV beside a README with title, source, permalink and credits. */
export function chartZip(meta: ChartMeta, name: string, header: string[], rows: Cell[][], credits: string[]): Uint8Array {
  const file = `${name}.csv`;
  return zipSync({ [file]: strToU8(toCsv(header, rows)), 'README.txt': strToU8(chartReadme(meta, header, file, rows.length, credits)) }, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
