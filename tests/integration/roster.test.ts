/**
 * POST /api/v1/roster against the full database: the route handler is called directly with a
 * standard Request, as Next calls it.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_ROSTER_JOBS, POST } from '@/app/api/v1/roster/route';
import { messify, parseTitleFile, rng } from '@/lib/search/eval';
import type { RosterResult } from '@/lib/roster/run';

const URL_ = 'http://localhost/api/v1/roster';
const sample = fs.readFileSync('tests/fixtures/rosters/sample.csv', 'utf8');
const typos = fs.readFileSync('tests/fixtures/rosters/typos.csv', 'utf8');

const post = (body: BodyInit | null, type: string | null, query = '', headers: Record<string, string> = {}) =>
  POST(new Request(URL_ + query, { method: 'POST', headers: { ...(type ? { 'content-type': type } : {}), ...headers }, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit));
const csv = (text: string | Uint8Array, query = '') => post(text as BodyInit, 'text/csv', query);
const json = (body: unknown, query = '') => post(JSON.stringify(body), 'application/json', query);

async function error(res: Response, status: number) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string; line: number | null; field: string | null } };
  expect(typeof body.error.message).toBe('string');
  return body.error;
}

describe('roster matching', () => {
  test('titles as people write them (abbreviations, typos) land on the right occupations, one row per input row in order', async () => {
    const res = await csv(typos);
    expect(res.status).toBe(200);
    const body = (await res.json()) as RosterResult;
    expect(body.rows.map((r) => [r.line, r.job_title, r.onet_soc_code])).toEqual([
      [2, 'RN', '29-1141.00'],
      [3, 'software enginer', '15-1252.00'],
      [4, 'data entry', '43-9021.00'],
      [5, 'paralegal', '23-2011.00'],
      [6, 'HR generalist', '13-1071.00'],
    ]);
    for (const r of body.rows) {
      expect(r.title).toBeTruthy();
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.beta).toBeGreaterThanOrEqual(0);
      expect(r.beta).toBeLessThanOrEqual(1);
      expect(r.alpha! <= r.beta! && r.beta! <= r.gamma!).toBe(true);
      expect(r.alternatives.length).toBeLessThanOrEqual(2);
      expect(r.alternatives.every((a) => a.onet_soc_code !== r.onet_soc_code)).toBe(true);
    }
    expect(body.summary).toMatchObject({ rows: 5, matched_rows: 5, headcount: 25, matched_headcount: 25 });
    expect(body.summary.by_department.map((d) => d.department).sort()).toEqual(['Clinical', 'Legal', 'Ops', 'People', 'Tech']);
  });

  test('the sample roster: summary, most exposed roles and their reskilling paths', async () => {
    const body = (await (await csv(sample)).json()) as RosterResult;
    expect(body.rows).toHaveLength(20);
    expect(body.rows.map((r) => r.job_title)).toEqual(sample.trim().split('\n').slice(1).map((l) => l.split(',')[0]));
    const s = body.summary;
    expect(s.matched_rows).toBe(20);
    expect(s.beta).toBeGreaterThan(0.2);
    expect(s.beta).toBeLessThan(0.8);
    expect(s.exposed_hours_per_year).toBeCloseTo(s.beta! * s.hours_per_year, 0);
    expect(body.paths).toHaveLength(3);
    expect(body.paths.map((p) => p.from.onet_soc_code)).toEqual(s.most_exposed_roles.slice(0, 3).map((r) => r.onet_soc_code));
    for (const p of body.paths) for (const t of p.paths) expect(t.beta).toBeLessThan(p.from.beta);
  });

  test('multipart upload (field "file") gives the same answer as text/csv', async () => {
    const form = new FormData();
    form.append('file', new Blob([typos], { type: 'text/csv' }), 'roster.csv');
    const res = await POST(new Request(URL_, { method: 'POST', body: form }));
    expect(res.status).toBe(200);
    const a = (await res.json()) as RosterResult;
    const b = (await (await csv(typos)).json()) as RosterResult;
    expect(a.rows.map((r) => r.onet_soc_code)).toEqual(b.rows.map((r) => r.onet_soc_code));
  });

  test('corrections (JSON overrides) replace a match and recompute the summary', async () => {
    const before = (await (await json({ csv: typos })).json()) as RosterResult;
    const res = await json({ csv: typos, overrides: { '1': '15-1251.00' } });
    expect(res.status).toBe(200);
    const after = (await res.json()) as RosterResult;
    expect(after.rows[1]).toMatchObject({ onet_soc_code: '15-1251.00', title: 'Computer Programmers', corrected: true, confidence: 1 });
    expect(after.rows[1].alternatives.map((a) => a.onet_soc_code)).toContain('15-1252.00');
    expect(after.rows.filter((_, i) => i !== 1).map((r) => r.onet_soc_code)).toEqual(before.rows.filter((_, i) => i !== 1).map((r) => r.onet_soc_code));
    expect(after.summary.beta).not.toBeCloseTo(before.summary.beta!, 6);
  });

  test('format=csv: the matched roster as CSV, user text guarded against formulas', async () => {
    const res = await csv('Job Title,Headcount,Department\n=HYPERLINK("http://evil"),2,@Ops\nParalegal,3,Legal\n', '?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="roster-matched.csv"/);
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('line,job_title,department,headcount,onet_soc_code,title,confidence,needs_review,corrected,alpha,beta,gamma,exposed_hours_per_year,alternative_1_code,alternative_1_title,alternative_2_code,alternative_2_title');
    expect(lines).toHaveLength(3);
    expect(lines[1].startsWith(`2,"'=HYPERLINK(""http://evil"")",'@Ops,2,`)).toBe(true);
    expect(lines[2]).toMatch(/^3,Paralegal,Legal,3,23-2011\.00,Paralegals and Legal Assistants,/);
  });
});

describe('matching a realistic roster (insurance, health care, tech, retail, logistics, trades)', () => {
  // tests/fixtures/matching/roster-eval.csv: 69 rows with the right 6-digit SOC written by hand (NONE: must stay unmatched).
  const lines = fs.readFileSync('tests/fixtures/matching/roster-eval.csv', 'utf8').trim().split('\n');
  const expected = lines.slice(1).map((l) => l.split(',')[3]);
  const roster = lines.map((l) => l.split(',').slice(0, 3).join(',')).join('\n');

  test('≥ 90% of rows on the right SOC, at most one wrong match unflagged, nonsense unmatched and flagged', async () => {
    const body = (await (await csv(roster)).json()) as RosterResult;
    expect(body.rows).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThanOrEqual(60);
    const got = body.rows.map((r) => r.onet_soc_code?.slice(0, 7) ?? 'NONE');
    const right = got.filter((g, i) => g === expected[i]).length;
    expect(right / expected.length).toBeGreaterThanOrEqual(0.9);
    const wrongUnflagged = body.rows.filter((r, i) => got[i] !== expected[i] && r.onet_soc_code !== null && !r.needs_review);
    expect(wrongUnflagged.map((r) => r.job_title).length).toBeLessThanOrEqual(1);
    const nonsense = body.rows[expected.indexOf('NONE')];
    expect(nonsense).toMatchObject({ onet_soc_code: null, beta: null, needs_review: true, confidence: 0 });
    expect(body.summary.unmatched_rows).toBe(1);
    expect(body.summary.matched_headcount).toBe(body.summary.headcount - nonsense.headcount);
    // the 120-person customer service row is right and not flagged
    expect(body.rows[0]).toMatchObject({ job_title: 'Customer Service Rep', onet_soc_code: '43-4051.00', needs_review: false });
  });

  test('format=csv says needs_review for flagged and unmatched rows', async () => {
    const text = await (await csv('Job Title,Headcount\nParalegal,2\nxqzv blorp,1\n', '?format=csv')).text();
    const [, para, junk] = text.trim().split('\n');
    expect(para).toMatch(/^2,Paralegal,,2,23-2011\.00,Paralegals and Legal Assistants,0\.9\d*,false,false,/);
    expect(junk).toMatch(/^3,xqzv blorp,,1,,,0,true,false,/);
  });
});

/** A roster of distinct HR-style titles made from O*NET's reported titles (seeded). */
async function bigRoster(rows: number, seed: number): Promise<string> {
  const titles = parseTitleFile(fs.readFileSync(`${process.env.ONET_DIR}/Sample of Reported Titles.txt`, 'utf8')).map((t) => t.title);
  const r = rng(seed);
  const out = ['Job Title,Headcount'];
  for (let i = 0; i < rows; i++) {
    out.push(`${messify(titles[Math.floor(r() * titles.length)], r).replace(/[",]/g, ' ')} ${i},1`);
    if (i % 2000 === 0) await new Promise((res) => setImmediate(res));
  }
  return `${out.join('\n')}\n`;
}

describe('bounded cost', () => {
  test(`at most ${MAX_ROSTER_JOBS} rosters at once: the next gets a 503 JSON error with Retry-After, and the slots free up`, async () => {
    const text = await bigRoster(3000, 1);
    const running = Array.from({ length: MAX_ROSTER_JOBS }, () => csv(text));
    const busy = await csv(typos);
    expect(busy.headers.get('retry-after')).toBe('5');
    const e = await error(busy, 503);
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/already running/);
    for (const r of await Promise.all(running)) expect(r.status).toBe(200);
    expect((await csv(typos)).status).toBe(200);
  });

  test('matching stops when the client disconnects (request.signal)', async () => {
    const text = await bigRoster(10_000, 2);
    const ctrl = new AbortController();
    const t = performance.now();
    const pending = POST(new Request(URL_, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: text, signal: ctrl.signal }));
    setTimeout(() => ctrl.abort(), 100);
    const res = await pending;
    const ms = performance.now() - t;
    expect(res.status).toBe(499);
    // the whole roster takes seconds; an abort ends it within a slice of the abort
    const next = await bigRoster(10_000, 3);
    const full = performance.now();
    expect((await csv(next)).status).toBe(200);
    expect(ms).toBeLessThan((performance.now() - full) / 2);
  });
});

describe('roster errors: 400 naming the line and field, 413, 415', () => {
  test('a bad headcount skips that row only, listing its line and column; the rest are analysed', async () => {
    const res = await csv('Job Title,Headcount\nParalegal,3\nRN,3\nClerk,lots\n');
    expect(res.status).toBe(200);
    const body = (await res.json()) as RosterResult & { skipped: Array<{ line: number; column: string; value: string; reason: string }> };
    expect(body.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(body.skipped).toEqual([{ line: 4, column: 'Headcount', value: 'lots', reason: 'headcount must be a positive number (got "lots")' }]);
  });

  test('when no row can be read, a 400 names the first bad line and column', async () => {
    const e = await error(await csv('Job Title,Headcount\nClerk,lots\nRN,ten\n'), 400);
    expect(e).toMatchObject({ code: 'invalid_input', line: 2, field: 'Headcount' });
    expect(e.message).toMatch(/^line 2: Headcount: headcount must be a positive number .*none of the 2 rows could be read/);
  });

  test.each([
    ['empty', '', null, /empty/],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]), null, /binary/],
    ['missing columns', 'Name,Salary\nA,1\n', 1, /no job-title column/],
    ['malformed quoting', 'Job Title,Headcount\nA,1\n"B,2\n', 3, /unterminated/],
    ['empty title (the only row)', 'Job Title,Headcount\n ,2\n', 2, /empty/],
  ])('%s', async (_n, body, line, message) => {
    const e = await error(await csv(body as string), 400);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(message);
  });

  test('a declared Content-Length over 2 MB is refused before reading', async () => {
    const e = await error(await post('Job Title,Headcount\nA,1\n', 'text/csv', '', { 'content-length': String(3 * 1024 * 1024) }), 413);
    expect(e.code).toBe('payload_too_large');
  });

  test('a body over 2 MB without Content-Length is refused while reading', async () => {
    const chunk = new TextEncoder().encode('Paralegal,1\n'.repeat(10_000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent > 4 * 1024 * 1024) c.close();
        else {
          sent += chunk.byteLength;
          c.enqueue(chunk);
        }
      },
    });
    await error(await post(stream, 'text/csv'), 413);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });

  test('more than 10,000 rows: 413', async () => {
    const e = await error(await csv(`Title,Count\n${'Clerk,1\n'.repeat(10_001)}`), 413);
    expect(e.message).toMatch(/10001 rows/);
  });

  test('oversized JSON csv and multipart files: 413', async () => {
    await error(await json({ csv: 'a'.repeat(2 * 1024 * 1024 + 1) }), 413);
    const form = new FormData();
    form.append('file', new Blob(['x'.repeat(2 * 1024 * 1024 + 10)]), 'big.csv');
    await error(await POST(new Request(URL_, { method: 'POST', body: form })), 413);
  });

  test.each([
    ['application/xml', '<roster/>'],
    ['image/png', 'x'],
    [null, new TextEncoder().encode('Job Title,Headcount\nA,1\n')], // a byte body gets no implied text/plain
  ])('content type %s: 415', async (type, body: BodyInit) => {
    const e = await error(await post(body, type), 415);
    expect(e.code).toBe('unsupported_media_type');
  });

  test.each([
    ['invalid JSON', '{"csv": ', null],
    ['csv missing', '{}', 'csv'],
    ['csv not a string', '{"csv": 3}', 'csv'],
    ['override key not an index', JSON.stringify({ csv: typos, overrides: { first: '23-2011.00' } }), 'overrides.first'],
    ['override not an O*NET code', JSON.stringify({ csv: typos, overrides: { '0': 'DROP TABLE' } }), 'overrides.0'],
    ['override row out of range', JSON.stringify({ csv: typos, overrides: { '99': '23-2011.00' } }), 'overrides.99'],
  ])('JSON body: %s → 400', async (_n, body, field) => {
    const e = await error(await post(body, 'application/json'), 400);
    expect(e.code).toBe('invalid_input');
    expect(e.field).toBe(field);
  });

  test('an override to a well-formed code of no scored occupation: 404, as on every route that takes a code', async () => {
    const e = await error(await json({ csv: typos, overrides: { '0': '00-0000.00' } }), 404);
    expect([e.code, e.field]).toEqual(['not_found', 'overrides.0']);
  });

  test('multipart without a file field, and a malformed multipart body: 400', async () => {
    const form = new FormData();
    form.append('other', 'x');
    expect((await error(await POST(new Request(URL_, { method: 'POST', body: form })), 400)).field).toBe('file');
    await error(await post('--nope\r\n\r\n', 'multipart/form-data; boundary=xyz'), 400);
  });

  test('unknown format: 400', async () => {
    expect((await error(await csv(typos, '?format=xml'), 400)).field).toBe('format');
  });

  test('the route keeps answering after bad input', async () => {
    expect((await csv(typos)).status).toBe(200);
  });
});

describe('roster latency', () => {
  test('a 100-row roster of distinct titles', async () => {
    const titles = ['Registered Nurse', 'Software Engineer', 'Data Entry Clerk', 'Paralegal', 'HR Generalist', 'Accountant', 'Cashier', 'Truck Driver', 'Janitor', 'Teacher'];
    const text = `Job Title,Headcount,Department\n${Array.from({ length: 100 }, (_, i) => `${titles[i % 10]} ${['', 'II', 'Senior', 'Lead', 'Assistant', 'Junior', 'III', 'Principal', 'Trainee', 'Associate'][Math.floor(i / 10)]},${1 + (i % 9)},D${i % 7}`).join('\n')}\n`;
    let t = performance.now();
    const res = await csv(text);
    const cold = performance.now() - t;
    expect(res.status).toBe(200);
    expect(((await res.json()) as RosterResult).rows).toHaveLength(100);
    t = performance.now();
    await json({ csv: text, overrides: { '0': '29-1141.00' } });
    const warm = performance.now() - t;
    console.log(`roster, 100 rows: first ${cold.toFixed(0)} ms, re-posted with a correction ${warm.toFixed(0)} ms`);
    expect(warm).toBeLessThan(500);
  });
});
