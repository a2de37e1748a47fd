/**
 * POST /api/v1/roster: a roster (job title, headcount, optional department) → each row matched to an
 * occupation with its confidence and two alternatives, the organisation's exposure, and reskilling
 * paths for the most exposed roles. Accepts text/csv (raw body), multipart/form-data (field `file`)
 * and application/json `{ csv, overrides }` (corrections: row index → O*NET code).
 * `?format=csv` answers the matched roster as CSV. Processed in memory; nothing is stored.
 */
import { z } from 'zod';
import { onetCode, formatQuery, statePostal } from '@/lib/api/schemas';
import { csvResponse, found, HttpError, parseQuery, readUpload, route } from '@/lib/http';
import { workforceBenchmark } from '@/lib/queries/states';
import { parseRoster, ROSTER_LIMITS } from '@/lib/roster/parse';
import { ROSTER_TABLE_COLUMNS, rosterTable } from '@/lib/roster/table';
import { analyzeRoster, checkOverrides } from '@/lib/roster/run';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

const rosterQuery = formatQuery.extend({ state: statePostal.optional() });

/** Room for JSON escaping around a roster at the byte limit. */
const JSON_LIMIT = 2 * ROSTER_LIMITS.bytes + 256 * 1024;

const jsonBody = z.object({
  csv: z.string().max(ROSTER_LIMITS.bytes, `must be at most ${ROSTER_LIMITS.bytes} characters (2 MB)`),
  overrides: z
    .record(z.string().regex(/^\d{1,5}$/, 'keys must be row indexes (0-based)'), onetCode)
    .refine((o) => Object.keys(o).length <= ROSTER_LIMITS.rows, `at most ${ROSTER_LIMITS.rows} overrides`)
    .optional(),
});

/**
 * At most this many roster analyses run at once in one server process; more get a 503 JSON error
 * with Retry-After, so a burst of large uploads cannot starve every other request.
 */
export const MAX_ROSTER_JOBS = 2;
let running = 0;

export const POST = route(async (req) => {
  if (running >= MAX_ROSTER_JOBS) {
    throw new HttpError('unavailable', `${MAX_ROSTER_JOBS} roster analyses are already running on this server; try again in a few seconds`, { headers: { 'Retry-After': '5' } });
  }
  running++;
  try {
    const query = parseQuery(req, rosterQuery);
    // One data context for the whole request, streaming body included: a rebuild meanwhile never closes it.
    const db = requestData();
    // The workforce the organisation is compared with: a state's (?state=CA) or the nation's.
    const benchmark = found(workforceBenchmark(query.state ?? null, db), `state: no state ${query.state?.toUpperCase()} in this database`, 'state');
    const upload = await readUpload(req, { what: 'the roster', limit: ROSTER_LIMITS.bytes, field: 'file', json: { schema: jsonBody, limit: JSON_LIMIT, example: '{ csv, overrides }' } });
    const { input, overrides } = 'json' in upload ? { input: upload.json.csv, overrides: upload.json.overrides ?? {} } : { input: upload.file, overrides: {} };
    const { rows, skipped } = parseRoster(input);
    // request.signal aborts when the client disconnects: matching stops at its next slice (the layer answers 499).
    const result = await analyzeRoster(db, rows, checkOverrides(db, overrides, rows.length), req.signal);
    // Job titles and departments are the uploader's text: the one CSV writer guards them against formulas.
    if (query.format === 'csv') return csvResponse(rosterTable(result.rows), ROSTER_TABLE_COLUMNS, 'roster-matched.csv', { 'Cache-Control': 'no-store' });
    return Response.json({ ...result, skipped, benchmark }, { headers: { 'Cache-Control': 'no-store' } });
  } finally {
    running--;
  }
});
