/**
 * POST /api/v1/roster: a roster (job title, headcount, optional department) → each row matched to an
 * occupation with its confidence and two alternatives, the organisation's exposure, and reskilling
 * paths for the most exposed roles. Accepts text/csv (raw body), multipart/form-data (field `file`)
 * and application/json `{ csv, overrides }` (corrections: row index → O*NET code).
 * `?format=csv` answers the matched roster as CSV. Processed in memory; nothing is stored.
 */
import { z } from 'zod';
import { onetCode, formatQuery, paramsObject, statePostal } from '@/lib/api/schemas';
import { workforceBenchmark } from '@/lib/queries/states';
import { toCsv } from '@/lib/export/csv';
import { HOURS_PER_YEAR } from '@/lib/roster/analyze';
import { parseRoster, ROSTER_LIMITS } from '@/lib/roster/parse';
import { sqlite } from '@/lib/queries/db';
import { AbortedError, analyzeRoster, checkOverrides, type RosterResult } from './analyze';
import { InputError, inputErrorResponse, mediaType, parseJson, readBody } from './http';
import { roundOrNull } from '@/lib/round';

export const dynamic = 'force-dynamic';

const rosterQuery = formatQuery.extend({ state: statePostal.optional() });

const CSV_TYPES = new Set(['text/csv', 'text/plain', 'text/tab-separated-values', 'application/csv']);
/** Room for the multipart envelope or JSON escaping around a roster at the byte limit. */
const MULTIPART_LIMIT = ROSTER_LIMITS.bytes + 64 * 1024;
const JSON_LIMIT = 2 * ROSTER_LIMITS.bytes + 256 * 1024;

const jsonBody = z.object({
  csv: z.string().max(ROSTER_LIMITS.bytes, `must be at most ${ROSTER_LIMITS.bytes} characters (2 MB)`),
  overrides: z
    .record(z.string().regex(/^\d{1,5}$/, 'keys must be row indexes (0-based)'), onetCode)
    .refine((o) => Object.keys(o).length <= ROSTER_LIMITS.rows, `at most ${ROSTER_LIMITS.rows} overrides`)
    .optional(),
});

async function readRoster(req: Request): Promise<{ input: string | Uint8Array; overrides: Record<string, string> }> {
  const type = mediaType(req);
  if (CSV_TYPES.has(type)) return { input: await readBody(req, ROSTER_LIMITS.bytes, 'the roster'), overrides: {} };
  if (type === 'multipart/form-data') {
    const bytes = await readBody(req, MULTIPART_LIMIT, 'the upload');
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, { headers: { 'content-type': req.headers.get('content-type')! } }).formData();
    } catch {
      throw new InputError('invalid_input', 'the multipart body is malformed', null, 'file');
    }
    const file = form.get('file');
    if (file === null) throw new InputError('invalid_input', 'the multipart body has no `file` field', null, 'file');
    if (typeof file === 'string') return { input: file, overrides: {} };
    if (file.size > ROSTER_LIMITS.bytes) throw new InputError('payload_too_large', `the file is ${file.size} bytes; the limit is ${ROSTER_LIMITS.bytes} bytes (2 MB)`, null, 'file');
    return { input: new Uint8Array(await file.arrayBuffer()), overrides: {} };
  }
  if (type === 'application/json') {
    const body = jsonBody.parse(parseJson(await readBody(req, JSON_LIMIT)));
    return { input: body.csv, overrides: body.overrides ?? {} };
  }
  throw new InputError('unsupported_media_type', `content type ${type ? `"${type}"` : '(none)'} is not accepted: send text/csv, multipart/form-data (field "file") or application/json { csv, overrides }`);
}

const CSV_COLUMNS = [
  'line', 'job_title', 'department', 'headcount', 'onet_soc_code', 'title', 'confidence', 'needs_review', 'corrected',
  'alpha', 'beta', 'gamma', 'exposed_hours_per_year', 'alternative_1_code', 'alternative_1_title', 'alternative_2_code', 'alternative_2_title',
] as const;

function rosterCsv(result: RosterResult): string {
  const r4 = (v: number | null) => roundOrNull(v, 4);
  const rows = result.rows.map((r) => ({
    line: r.line,
    job_title: r.job_title,
    department: r.department,
    headcount: r.headcount,
    onet_soc_code: r.onet_soc_code,
    title: r.title,
    confidence: r.confidence,
    needs_review: r.needs_review,
    corrected: r.corrected,
    alpha: r4(r.alpha),
    beta: r4(r.beta),
    gamma: r4(r.gamma),
    exposed_hours_per_year: r.beta === null ? null : Math.round(r.headcount * HOURS_PER_YEAR * r.beta),
    alternative_1_code: r.alternatives[0]?.onet_soc_code ?? null,
    alternative_1_title: r.alternatives[0]?.title ?? null,
    alternative_2_code: r.alternatives[1]?.onet_soc_code ?? null,
    alternative_2_title: r.alternatives[1]?.title ?? null,
  }));
  // Job titles and departments are the uploader's text: guard them against spreadsheet formulas.
  return toCsv(rows, CSV_COLUMNS, { guardFormulas: true });
}

/**
 * At most this many roster analyses run at once in one server process; more get a 503 JSON error
 * with Retry-After, so a burst of large uploads cannot starve every other request.
 */
export const MAX_ROSTER_JOBS = 2;
let running = 0;

function busy(): Response {
  return Response.json(
    { error: { code: 'unavailable', message: `${MAX_ROSTER_JOBS} roster analyses are already running on this server; try again in a few seconds`, line: null, field: null } },
    { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } },
  );
}

export async function POST(req: Request) {
  if (running >= MAX_ROSTER_JOBS) return busy();
  running++;
  try {
    const query = rosterQuery.safeParse(paramsObject(new URL(req.url).searchParams));
    if (!query.success) {
      const issue = query.error.issues[0];
      const field = String(issue?.path[0] ?? 'format');
      throw new InputError('invalid_query', `${field}: ${issue?.message ?? 'invalid'}`, null, field);
    }
    // The workforce the organisation is compared with: a state's (?state=CA) or the nation's.
    const benchmark = workforceBenchmark(query.data.state ?? null);
    if (!benchmark) throw new InputError('invalid_query', `state: no state ${query.data.state!.toUpperCase()} in this database`, null, 'state');
    const { input, overrides } = await readRoster(req);
    const { rows, skipped } = parseRoster(input);
    const db = sqlite();
    // request.signal aborts when the client disconnects: matching stops at its next slice.
    const result = await analyzeRoster(db, rows, checkOverrides(db, overrides, rows.length), req.signal);
    if (query.data.format === 'csv') {
      return new Response(rosterCsv(result), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="roster-matched.csv"', 'Cache-Control': 'no-store' },
      });
    }
    return Response.json({ ...result, skipped, benchmark }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    if (err instanceof AbortedError) return new Response(null, { status: 499 });
    return inputErrorResponse(err);
  } finally {
    running--;
  }
}
