/**
 * Geography on the full data: the 51 OEWS state areas, every state worker allocated once (checked
 * against the file itself, read here independently), and the states API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as getState } from '@/app/api/v1/states/[postal]/route';
import { GET as getStates } from '@/app/api/v1/states/route';
import { parseCsv } from '@/lib/ingest/csv';
import { fullDb, scalar } from './helpers';

const FILE = path.join(process.env.BLS_DIR ?? path.resolve('../shared/data/bls'), 'state_M2025_dl.tsv');

/** TOT_EMP per AREA and per AREA|OCC_CODE, straight from the TSV (empty and marker cells count 0). */
function fileTotals() {
  const [header, ...lines] = fs.readFileSync(FILE, 'utf8').trim().split(/\r?\n/).map((l) => l.split('\t'));
  const col = (n: string) => header.indexOf(n);
  const byArea = new Map<string, number>();
  const byRow = new Map<string, number>();
  for (const c of lines) {
    if (c[col('O_GROUP')] !== 'detailed') continue;
    const n = /^\d+$/.test(c[col('TOT_EMP')]) ? Number(c[col('TOT_EMP')]) : 0;
    byArea.set(c[col('AREA')], (byArea.get(c[col('AREA')]) ?? 0) + n);
    byRow.set(`${c[col('AREA')]}|${c[col('OCC_CODE')]}`, n);
  }
  return { byArea, byRow };
}

describe.runIf(fs.existsSync(FILE))('OEWS state estimates on the full data', () => {
  const db = fullDb();
  const { byArea, byRow } = fileTotals();

  it('ingests the 51 areas (50 states and DC) and every detailed row', () => {
    expect(scalar(db, 'SELECT count(*) FROM state_areas')).toBe(51);
    expect(byArea.size).toBe(51);
    expect(scalar(db, 'SELECT count(*) FROM state_oews')).toBe(35223);
    expect(scalar(db, "SELECT release FROM state_areas WHERE postal = 'CA'")).toBe('OEWS May 2025 state');
  });

  it("matches each state's employment to the file", () => {
    const areas = db.prepare('SELECT area, employment FROM state_areas').all() as Array<{ area: string; employment: number }>;
    for (const a of areas) expect(a.employment, a.area).toBe(byArea.get(a.area));
  });

  it('allocates every matched row exactly once, split among the O*NET codes that share it', () => {
    const rows = db.prepare('SELECT area, oews_code, sum(employment) AS allocated, count(*) AS codes, max(oews_sharers) AS sharers, min(oews_sharers) AS min_sharers FROM state_labor GROUP BY area, oews_code').all() as Array<{ area: string; oews_code: string; allocated: number | null; codes: number; sharers: number; min_sharers: number }>;
    expect(rows.length).toBeGreaterThan(30000);
    for (const r of rows) {
      expect(r.codes).toBe(r.sharers);
      expect(r.min_sharers).toBe(r.sharers);
      expect(r.allocated ?? 0).toBeCloseTo(byRow.get(`${r.area}|${r.oews_code}`)!, 6);
    }
    // Nothing is counted twice: allocated state employment never exceeds the state's, and the U.S. sum
    // of the allocation equals the file's sum of the rows it matched.
    const allocatedUs = scalar(db, 'SELECT sum(employment) FROM state_labor');
    const fileUs = [...byArea.values()].reduce((s, n) => s + n, 0);
    expect(allocatedUs).toBeLessThanOrEqual(fileUs + 1e-6);
    expect(allocatedUs / fileUs).toBeGreaterThan(0.99);
    // Registered Nurses (29-1141) are one BLS row split among O*NET's nurse occupations, in every state.
    const rn = db.prepare("SELECT count(DISTINCT onet_soc_code) n, sum(employment) e FROM state_labor WHERE area = '06' AND oews_code = '29-1141'").get() as { n: number; e: number };
    expect(rn.n).toBeGreaterThan(1);
    expect(rn.e).toBeCloseTo(byRow.get('06|29-1141')!, 6);
  });

  it('serves every state with a figure between the least and most exposed occupations, and the U.S. as their sum', async () => {
    const res = await getStates(new NextRequest('http://localhost/api/v1/states'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { release: string; us: { employment: number; beta: number }; results: Array<{ postal: string; beta: number; share50: number; rank_beta: number }> };
    expect(body.release).toBe('OEWS May 2025 state');
    expect(body.results).toHaveLength(51);
    expect(new Set(body.results.map((s) => s.rank_beta)).size).toBe(51);
    for (const s of body.results) {
      expect(s.beta).toBeGreaterThan(0.1);
      expect(s.beta).toBeLessThan(0.9);
      expect(s.share50).toBeGreaterThanOrEqual(0);
    }
    expect(body.us.employment).toBe([...byArea.values()].reduce((s, n) => s + n, 0));
    const betas = body.results.map((s) => s.beta);
    expect(body.us.beta).toBeGreaterThan(Math.min(...betas));
    expect(body.us.beta).toBeLessThan(Math.max(...betas));
  });

  it('serves the states as CSV, one row per state', async () => {
    const res = await getStates(new NextRequest('http://localhost/api/v1/states?format=csv'));
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = parseCsv(await res.text());
    expect(rows[0].fields).toContain('postal');
    expect(rows).toHaveLength(52);
  });

  it('serves one state (any case) and 404s unknown codes with JSON errors', async () => {
    const ctx = (postal: string) => ({ params: Promise.resolve({ postal }) });
    const ok = await getState(new NextRequest('http://localhost/api/v1/states/ca'), ctx('ca'));
    expect(ok.status).toBe(200);
    const ca = (await ok.json()) as { state: { name: string }; most_exposed: Array<{ beta: number; employment: number }>; by_major_group: unknown[] };
    expect(ca.state.name).toBe('California');
    expect(ca.most_exposed.length).toBe(10);
    for (const o of ca.most_exposed) expect(o.employment).toBeGreaterThanOrEqual(500);
    expect(ca.by_major_group.length).toBeGreaterThan(15);
    // A well-formed postal code of no state is a 404; a malformed one a 400 naming the parameter.
    for (const [code, status, error] of [['ZZ', 404, 'not_found'], ['C1', 400, 'invalid_path'], ['CAL', 400, 'invalid_path']] as const) {
      const res = await getState(new NextRequest(`http://localhost/api/v1/states/${code}`), ctx(code));
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: error, field: 'postal' });
    }
    const bad = await getState(new NextRequest('http://localhost/api/v1/states/CA?format=xml'), ctx('CA'));
    expect(bad.status).toBe(400);
  });
});

describe.runIf(fs.existsSync(FILE))('scenarios and rosters for one state', () => {
  const post = (body: unknown) => new Request('http://localhost/api/v1/scenarios/evaluate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it("weights a scenario by the state's workers, and refuses an unknown state", async () => {
    const { POST } = await import('@/app/api/v1/scenarios/evaluate/route');
    const us = (await (await POST(post({}))).json()) as { workforce: { state: string | null; release: string }; summary: { workers_covered: number; share_of_work_exposed: number } };
    const wy = (await (await POST(post({ state: 'wy' }))).json()) as { workforce: { state: string; name: string; release: string }; summary: { workers_covered: number; share_of_work_exposed: number } };
    expect(us.workforce).toMatchObject({ state: null, release: 'OEWS May 2023 national' });
    expect(wy.workforce).toEqual({ state: 'WY', name: 'Wyoming', release: 'OEWS May 2025 state' });
    // Today's scenario reproduces the state's own figures: its scored workers and its mean beta.
    const db = fullDb();
    const scored = scalar(db, "SELECT sum(l.employment) FROM state_labor l JOIN state_areas a USING (area) JOIN occupation_scores s USING (onet_soc_code) WHERE a.postal = 'WY'");
    expect(wy.summary.workers_covered).toBeCloseTo(scored, 0);
    expect(wy.summary.workers_covered).toBeLessThan(us.summary.workers_covered / 100);
    const res = await getStates(new NextRequest('http://localhost/api/v1/states'));
    const wyState = ((await res.json()) as { results: Array<{ postal: string; beta: number }> }).results.find((s) => s.postal === 'WY')!;
    expect(wy.summary.share_of_work_exposed).toBeCloseTo(wyState.beta, 3);
    const bad = await POST(post({ state: 'ZZ' }));
    expect(bad.status).toBe(404);
    const worse = await POST(post({ state: 'Wyoming' }));
    expect(worse.status).toBe(400);
  });

  it("serves the browser's task payload for a state, and 404s an unknown one", async () => {
    const { GET } = await import('@/app/api/v1/scenarios/tasks/route');
    const us = await GET(new NextRequest('http://localhost/api/v1/scenarios/tasks'));
    const ca = await GET(new NextRequest('http://localhost/api/v1/scenarios/tasks?state=CA'));
    expect(us.status).toBe(200);
    expect(ca.status).toBe(200);
    expect(ca.headers.get('etag')).not.toBe(us.headers.get('etag'));
    expect(Buffer.from(await ca.arrayBuffer()).equals(Buffer.from(await us.arrayBuffer()))).toBe(false);
    expect((await GET(new NextRequest('http://localhost/api/v1/scenarios/tasks?state=ZZ'))).status).toBe(404);
  });

  it("compares a roster with the state's workforce", async () => {
    const { POST } = await import('@/app/api/v1/roster/route');
    const csv = 'Job Title,Headcount\nRegistered Nurse,10\nSoftware Developer,5\n';
    const send = (q: string) => POST(new Request(`http://localhost/api/v1/roster${q}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv }));
    const ca = (await (await send('?state=ca')).json()) as { benchmark: { state: string; name: string; beta: number; release: string }; summary: { beta: number } };
    const us = (await (await send('')).json()) as { benchmark: { state: null; name: string; beta: number; release: string }; summary: { beta: number } };
    expect(ca.benchmark).toMatchObject({ state: 'CA', name: 'California', release: 'OEWS May 2025 state' });
    expect(us.benchmark).toMatchObject({ state: null, name: 'United States', release: 'OEWS May 2023 national' });
    expect(ca.summary.beta).toBe(us.summary.beta);
    expect(ca.benchmark.beta).not.toBe(us.benchmark.beta);
    // No state ZZ: a 404 as on the scenario routes; a malformed state a 400.
    const bad = await send('?state=ZZ');
    expect(bad.status).toBe(404);
    expect(((await bad.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'not_found', field: 'state' });
    const worse = await send('?state=California');
    expect(worse.status).toBe(400);
    expect(((await worse.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'invalid_query', field: 'state' });
  });
});

describe('state outlines for maps drawn in the browser', () => {
  it('serves the 51 outlines once for every map, cacheable for a day', async () => {
    const { GET } = await import('@/app/api/v1/geo/states/route');
    const res = await GET(new Request('http://localhost/api/v1/geo/states'));
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    const body = (await res.json()) as { width: number; height: number; states: Array<{ fips: string; d: string }> };
    expect(body).toMatchObject({ width: 975, height: 610 });
    expect(body.states).toHaveLength(51);
    expect(body.states.every((s) => /^M/.test(s.d))).toBe(true);
  });
});
