/**
 * Roster CSV (or TSV) parsing: a header row with a job-title column and a headcount column (names
 * matched flexibly), optionally a department. Every row is validated: a row with a bad cell ("ten"
 * in Headcount, an empty title) is skipped and listed once (line, column, value, reason) while the
 * rest are processed, so the user can fix those lines and run again. Problems with the file as a
 * whole (no header columns, bad quoting, limits, binary) and a file where no row can be read throw a
 * RosterError naming the line, the column and the reason. Nothing is stored.
 */
import { HttpError } from '../http/errors';
import { CsvSyntaxError, parseCsv } from '../ingest/csv';

export const ROSTER_LIMITS = { bytes: 2 * 1024 * 1024, rows: 10_000, titleChars: 200, headcount: 10_000_000 } as const;

/** A roster that cannot be read: an HTTP input error (400, or 413 beyond a limit) naming the line and column. */
export class RosterError extends HttpError {
  constructor(
    line: number | null,
    field: string | null,
    readonly reason: string,
    status: 400 | 413 = 400,
  ) {
    super(status === 413 ? 'payload_too_large' : 'invalid_input', `${line !== null ? `line ${line}: ` : ''}${field ? `${field}: ` : ''}${reason}`, { line, field });
    this.name = 'RosterError';
  }
}

export interface RosterRow {
  line: number;
  job_title: string;
  headcount: number;
  department: string | null;
}

/** A row left out, and why: listed to the user so they can fix the line and run again. */
export interface SkippedRow {
  line: number;
  column: string;
  value: string;
  reason: string;
}

export interface ParsedRoster {
  rows: RosterRow[];
  columns: { job_title: string; headcount: string; department: string | null };
  skipped: SkippedRow[];
}

const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const TITLE = ['job title', 'title', 'job', 'role', 'position', 'job name', 'occupation', 'job role', 'position title'];
const COUNT = ['headcount', 'head count', 'count', 'employees', 'number of employees', 'n', 'fte', 'ftes', 'staff', 'people', 'workers', 'number'];
const DEPT = ['department', 'dept', 'team', 'division', 'unit', 'function', 'org', 'business unit'];

function find(header: string[], names: string[]): number {
  const h = header.map(norm);
  for (const n of names) {
    const i = h.indexOf(n);
    if (i >= 0) return i;
  }
  return -1;
}

export function parseRoster(input: string | Uint8Array): ParsedRoster {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (bytes > ROSTER_LIMITS.bytes) throw new RosterError(null, null, `the file is ${bytes} bytes; the limit is ${ROSTER_LIMITS.bytes} bytes (2 MB)`, 413);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if (input.includes(0)) throw new RosterError(null, null, 'the file is binary (it contains NUL bytes), not CSV text');
    text = new TextDecoder('utf-8', { fatal: false }).decode(input);
  }
  if (text.includes('\u0000')) throw new RosterError(null, null, 'the file is binary (it contains NUL bytes), not CSV text');
  if (text.trim() === '') throw new RosterError(null, null, 'the roster is empty');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records;
  try {
    records = parseCsv(text, delimiter).filter((r) => r.fields.some((f) => f.trim() !== ''));
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new RosterError(e.line, null, e.message);
    throw e;
  }
  if (records.length === 0) throw new RosterError(null, null, 'the roster is empty');
  const header = records[0].fields.map((h) => h.trim());
  const ti = find(header, TITLE);
  const ci = find(header, COUNT);
  const di = find(header, DEPT);
  if (ti < 0) throw new RosterError(records[0].line, 'job title', `no job-title column in the header (expected one of: ${TITLE.slice(0, 5).join(', ')}); found ${header.map((h) => JSON.stringify(h)).join(', ')}`);
  if (ci < 0) throw new RosterError(records[0].line, 'headcount', `no headcount column in the header (expected one of: ${COUNT.slice(0, 5).join(', ')}); found ${header.map((h) => JSON.stringify(h)).join(', ')}`);
  const body = records.slice(1);
  if (body.length === 0) throw new RosterError(null, null, 'the roster has a header but no rows');
  if (body.length > ROSTER_LIMITS.rows) throw new RosterError(null, null, `the roster has ${body.length} rows; the limit is ${ROSTER_LIMITS.rows}`, 413);
  const rows: RosterRow[] = [];
  const skipped: SkippedRow[] = [];
  const cut = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
  for (const r of body) {
    const rawTitle = r.fields[ti] ?? '';
    const rawCount = r.fields[ci] ?? '';
    const title = rawTitle.trim();
    const count = rawCount.trim().replace(/[,_\s]/g, '');
    const skip = (column: string, value: string, reason: string) => skipped.push({ line: r.line, column, value: cut(value), reason });
    if (title === '') skip(header[ti], rawTitle, 'the job title is empty');
    else if (title.length > ROSTER_LIMITS.titleChars) skip(header[ti], rawTitle, `the job title is longer than ${ROSTER_LIMITS.titleChars} characters`);
    else if (!/^\d+(\.\d+)?$/.test(count)) skip(header[ci], rawCount, `headcount must be a positive number (got ${JSON.stringify(cut(rawCount))})`);
    else if (Number(count) <= 0 || Number(count) > ROSTER_LIMITS.headcount) skip(header[ci], rawCount, `headcount must be between 0 and ${ROSTER_LIMITS.headcount.toLocaleString('en-US')} (got ${count})`);
    else {
      const dept = di >= 0 ? (r.fields[di] ?? '').trim() : '';
      rows.push({ line: r.line, job_title: title, headcount: Number(count), department: dept === '' ? null : dept.slice(0, 100) });
    }
  }
  if (rows.length === 0) {
    const f = skipped[0];
    throw new RosterError(f.line, f.column, skipped.length === 1 ? f.reason : `${f.reason}; none of the ${skipped.length} rows could be read`);
  }
  return { rows, columns: { job_title: header[ti], headcount: header[ci], department: di >= 0 ? header[di] : null }, skipped };
}
