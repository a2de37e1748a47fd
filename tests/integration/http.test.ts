/**
 * The HTTP layer on the full database, route by route (handlers called as Next calls them):
 * - an occupation code: malformed → 400, well-formed but unknown → 404, on every route that takes one;
 * - one code per situation: a bad query string is invalid_query, a bad path parameter invalid_path,
 *   a bad body invalid_input, each with the field and the one body shape;
 * - every CSV the API writes is RFC 4180 (strict reader), formula-guarded, numbers untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { GET as getObserved } from '@/app/api/v1/observed/route';
import { GET as getOccupation } from '@/app/api/v1/occupations/[code]/route';
import { GET as getPaths } from '@/app/api/v1/occupations/[code]/paths/route';
import { GET as getOccupations } from '@/app/api/v1/occupations/route';
import { POST as postRoster } from '@/app/api/v1/roster/route';
import { POST as postEvaluate } from '@/app/api/v1/scenarios/evaluate/route';
import { GET as getExplain } from '@/app/api/v1/scenarios/explain/route';
import { GET as getTasks } from '@/app/api/v1/scenarios/tasks/route';
import { POST as postScore } from '@/app/api/v1/score/route';
import { GET as getSearch } from '@/app/api/v1/search/route';
import { GET as getSkills } from '@/app/api/v1/skills/route';
import { GET as getState } from '@/app/api/v1/states/[postal]/route';
import { GET as getStates } from '@/app/api/v1/states/route';
import { openApiDocument } from '@/lib/api/openapi';
import { readRfc4180 } from '../helpers/rfc4180';
import { releaseLabels } from '@/lib/releases';

/** The documented operation a request is for: its method and path, each path parameter put back as its {name}. */
function operation(req: Request, params: Record<string, string>) {
  const names = new Map(Object.entries(params).map(([name, value]) => [value, name]));
  const template = new URL(req.url).pathname.split('/').map((seg) => {
    const name = names.get(decodeURIComponent(seg));
    return name ? `{${name}}` : seg;
  });
  return `${req.method.toLowerCase()} ${template.join('/')}`;
}

/** Which documented operation answered each response, so the OpenAPI check below can look its errors up. */
const answeredBy = new WeakMap<Response, string>();
type Handler = (req: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>;
function traced<T extends Record<string, (req: Request, ctx: never) => Promise<Response>>>(handlers: T): T {
  const wrap = (fn: Handler): Handler => async (req, ctx) => {
    const res = await fn(req, ctx);
    answeredBy.set(res, operation(req, (await ctx?.params) ?? {}));
    return res;
  };
  return Object.fromEntries(Object.entries(handlers).map(([name, fn]) => [name, wrap(fn as Handler)])) as unknown as T;
}
const api = traced({ getObserved, getOccupation, getPaths, getOccupations, postRoster, postEvaluate, getExplain, getTasks, postScore, getSearch, getSkills, getState, getStates });

const U = 'http://localhost/api/v1';
const get = (p: string) => new Request(`${U}${p}`);
const post = (p: string, body: string, type = 'application/json') => new Request(`${U}${p}`, { method: 'POST', headers: { 'content-type': type }, body });
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const roster = 'Job Title,Headcount\nParalegal,3\nRegistered Nurse,5\n';

interface ErrorJson {
  error: { code: string; message: string; field: string | null; line: number | null; issues: Array<{ path: string; message: string }> };
}

/** Every (operation, status, code) an error test saw. */
const seen: Array<{ op: string; status: number; code: string }> = [];

async function failure(res: Response, status: number, code: string, field: string | null | RegExp) {
  expect(res.status).toBe(status);
  seen.push({ op: answeredBy.get(res)!, status, code });
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await res.json()) as ErrorJson;
  expect(Object.keys(body.error).sort()).toEqual(['code', 'field', 'issues', 'line', 'message']);
  expect(body.error.code).toBe(code);
  if (field instanceof RegExp) expect(body.error.field).toMatch(field);
  else expect(body.error.field).toBe(field);
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error;
}

describe('an occupation code: malformed is a 400, well-formed but unknown a 404, on every route that takes one', () => {
  const MALFORMED = ['15-1252', 'DROP TABLE', '15-1252.000', 'x'];
  const UNKNOWN = '99-9999.00';

  test.each(MALFORMED)('/occupations/%s and its /paths → 400 invalid_path', async (code) => {
    await failure(await api.getOccupation(get(`/occupations/${code}`), params({ code })), 400, 'invalid_path', 'code');
    await failure(await api.getPaths(get(`/occupations/${code}/paths`), params({ code })), 400, 'invalid_path', 'code');
  });

  test.each(MALFORMED)('/scenarios/explain?codes=%s → 400 invalid_query', async (code) => {
    await failure(await api.getExplain(get(`/scenarios/explain?a=today&b=agents&codes=${encodeURIComponent(code)}`)), 400, 'invalid_query', /^codes/);
  });

  test.each(MALFORMED)('a roster override to %s → 400 invalid_input', async (code) => {
    await failure(await api.postRoster(post('/roster', JSON.stringify({ csv: roster, overrides: { '0': code } }))), 400, 'invalid_input', 'overrides.0');
  });

  it('the same unknown code is a 404 not_found everywhere', async () => {
    await failure(await api.getOccupation(get(`/occupations/${UNKNOWN}`), params({ code: UNKNOWN })), 404, 'not_found', 'code');
    await failure(await api.getPaths(get(`/occupations/${UNKNOWN}/paths`), params({ code: UNKNOWN })), 404, 'not_found', 'code');
    await failure(await api.getExplain(get(`/scenarios/explain?a=today&b=agents&codes=27-2042.00,${UNKNOWN}`)), 404, 'not_found', 'codes');
    await failure(await api.postRoster(post('/roster', JSON.stringify({ csv: roster, overrides: { '0': UNKNOWN } }))), 404, 'not_found', 'overrides.0');
  });

  it('a known code answers 200 on each of them', async () => {
    const code = '23-2011.00';
    expect((await api.getOccupation(get(`/occupations/${code}`), params({ code }))).status).toBe(200);
    expect((await api.getPaths(get(`/occupations/${code}/paths`), params({ code }))).status).toBe(200);
    expect((await api.getExplain(get(`/scenarios/explain?a=today&b=agents&codes=${code}`))).status).toBe(200);
    expect((await api.postRoster(post('/roster', JSON.stringify({ csv: roster, overrides: { '0': code } })))).status).toBe(200);
  });
});

describe('one code per situation', () => {
  test.each([
    ['occupations', () => api.getOccupations(get('/occupations?limit=abc')), 'limit'],
    ['skills', () => api.getSkills(get('/skills?sort=height')), 'sort'],
    ['states', () => api.getStates(get('/states?format=xml')), 'format'],
    ['states/CA', () => api.getState(get('/states/CA?format=xml'), params({ postal: 'CA' })), 'format'],
    ['paths', () => api.getPaths(get('/occupations/23-2011.00/paths?limit=abc'), params({ code: '23-2011.00' })), 'limit'],
    ['search', () => api.getSearch(get('/search')), 'q'],
    ['explain', () => api.getExplain(get('/scenarios/explain?a=today&b=agents&codes=23-2011.00&limit=99')), 'limit'],
    ['explain, an unreadable scenario', () => api.getExplain(get('/scenarios/explain?a=today&b=warp&codes=23-2011.00')), 'b'],
    ['tasks', () => api.getTasks(get('/scenarios/tasks?state=California')), 'state'],
    ['roster', () => api.postRoster(post('/roster?format=xml', roster, 'text/csv')), 'format'],
    ['skills, a parameter it does not take', () => api.getSkills(get('/skills?limit=2')), 'limit'],
    ['occupations/<code>, which takes no query (no CSV here)', () => api.getOccupation(get('/occupations/23-2011.00?format=csv'), params({ code: '23-2011.00' })), 'format'],
    ['scenarios/evaluate, a query beside the body', () => api.postEvaluate(post('/scenarios/evaluate?preset=agents', '{}')), 'preset'],
  ])('a bad query string on %s → 400 invalid_query naming the parameter', async (_n, call, field) => {
    await failure(await call(), 400, 'invalid_query', field);
  });

  test.each([
    ['scenarios/evaluate, a level out of range', () => api.postEvaluate(post('/scenarios/evaluate', '{"levels":{"writing":7}}')), 'levels.writing'],
    ['scenarios/evaluate, malformed JSON', () => api.postEvaluate(post('/scenarios/evaluate', '{"levels": {')), null],
    ['score, text not a string', () => api.postScore(post('/score', '{"text": 42}')), 'text'],
    ['roster, csv missing', () => api.postRoster(post('/roster', '{}')), 'csv'],
    ['roster, a bad headcount', () => api.postRoster(post('/roster', 'Job Title,Headcount\nParalegal,-3\n', 'text/csv')), 'Headcount'],
  ])('a bad body on %s → 400 invalid_input naming the field', async (_n, call, field) => {
    await failure(await call(), 400, 'invalid_input', field);
  });

  it('scenarios/evaluate takes a preset by id, as explain does, with fields beside it overriding it', async () => {
    const byId = (await (await api.postEvaluate(post('/scenarios/evaluate', '{"preset":"agents","movers":0}'))).json()) as { preset: string; scenario: { adoption: number }; summary: { share_of_work_exposed: number } };
    const today = (await (await api.postEvaluate(post('/scenarios/evaluate', '{"movers":0}'))).json()) as typeof byId;
    expect(byId.preset).toBe('agents');
    expect(byId.summary.share_of_work_exposed).toBeGreaterThan(today.summary.share_of_work_exposed + 0.02);
    const slower = (await (await api.postEvaluate(post('/scenarios/evaluate', '{"preset":"agents","adoption":0.5,"movers":0}'))).json()) as typeof byId;
    expect(slower.scenario.adoption).toBe(0.5);
    expect(slower.summary.share_of_work_exposed).toBeCloseTo(byId.summary.share_of_work_exposed / 2, 6);
    await failure(await api.postEvaluate(post('/scenarios/evaluate', '{"preset":"warp"}')), 400, 'invalid_input', 'preset');
  });

  it('a well-formed state that is not in the database is a 404 wherever a state is taken', async () => {
    await failure(await api.getState(get('/states/ZZ'), params({ postal: 'ZZ' })), 404, 'not_found', 'postal');
    await failure(await api.getTasks(get('/scenarios/tasks?state=ZZ')), 404, 'not_found', 'state');
    await failure(await api.postEvaluate(post('/scenarios/evaluate', '{"state":"ZZ"}')), 404, 'not_found', 'state');
    await failure(await api.postRoster(post('/roster?state=ZZ', roster, 'text/csv')), 404, 'not_found', 'state');
  });

  it('too large → 413, wrong content type → 415, with the same body', async () => {
    await failure(await api.postEvaluate(post('/scenarios/evaluate', JSON.stringify({ levels: {}, pad: 'x'.repeat(70_000) }))), 413, 'payload_too_large', null);
    await failure(await api.postScore(post('/score', JSON.stringify({ text: 'Write reports. '.repeat(2000) }))), 413, 'payload_too_large', 'text');
    await failure(await api.postScore(post('/score', 'text=hello', 'application/x-www-form-urlencoded')), 415, 'unsupported_media_type', null);
  });
});

describe('every CSV the API writes is guarded RFC 4180', () => {
  const TRIGGER = /^[=+\-@\t\r]/;
  const SIGNED_NUMBER = /^[+-](\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;
  const hostile = 'Job Title,Headcount,Department\n"=HYPERLINK(""http://x"",""click"")",2,@SUM(A1)\n-Paralegal,3,+Legal\n"Nurse, ""registered""",5,-2+3\n';

  const CSV_REQUESTS: Array<[string, () => Promise<Response>]> = [
    ['app/api/v1/occupations/route.ts', () => api.getOccupations(get('/occupations?format=csv'))],
    ['app/api/v1/observed/route.ts', () => api.getObserved(get('/observed?format=csv'))],
    ['app/api/v1/skills/route.ts', () => api.getSkills(get('/skills?format=csv'))],
    ['app/api/v1/states/route.ts', () => api.getStates(get('/states?format=csv'))],
    ['app/api/v1/states/[postal]/route.ts', () => api.getState(get('/states/CA?format=csv'), params({ postal: 'CA' }))],
    ['app/api/v1/roster/route.ts', () => api.postRoster(post('/roster?format=csv', hostile, 'text/csv'))],
  ];

  it('covers every route that writes CSV', () => {
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name === 'route.ts' && /csvResponse\(|text\/csv;/.test(fs.readFileSync(p, 'utf8'))) routes.push(path.relative(process.cwd(), p));
      }
    };
    walk(path.resolve('app/api'));
    expect(routes.sort()).toEqual(CSV_REQUESTS.map(([f]) => f).sort());
  });

  test.each(CSV_REQUESTS)('%s', async (_f, call) => {
    const res = await call();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = readRfc4180(await res.text());
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r).toHaveLength(rows[0].length);
    for (const cell of rows.flat()) if (TRIGGER.test(cell)) expect(SIGNED_NUMBER.test(cell), cell).toBe(true);
  });

  it('guards the uploaded text of a roster and keeps it otherwise whole', async () => {
    const rows = readRfc4180(await (await api.postRoster(post('/roster?format=csv', hostile, 'text/csv'))).text());
    const col = (name: string) => rows.slice(1).map((r) => r[rows[0].indexOf(name)]);
    expect(col('job_title')).toEqual(['\'=HYPERLINK("http://x","click")', "'-Paralegal", 'Nurse, "registered"']);
    expect(col('department')).toEqual(["'@SUM(A1)", "'+Legal", "'-2+3"]);
  });

  it('keeps numbers numbers: negative growth in the occupations CSV equals the JSON figure', async () => {
    const csv = readRfc4180(await (await api.getOccupations(get('/occupations?format=csv&sort=growth_pct&dir=asc&limit=20'))).text());
    const json = (await (await api.getOccupations(get('/occupations?sort=growth_pct&dir=asc&limit=20'))).json()) as { results: Array<{ onet_soc_code: string; growth_pct: number | null }> };
    const gi = csv[0].indexOf('growth_pct');
    const negative = json.results.filter((r) => r.growth_pct !== null && r.growth_pct < 0);
    expect(negative.length).toBeGreaterThan(5);
    for (const [i, r] of json.results.entries()) expect(csv[i + 1][gi]).toBe(r.growth_pct === null ? '' : String(r.growth_pct));
  });
});

describe('the OpenAPI document', () => {
  it('lists, for each operation, every error status and code the tests above saw it answer', () => {
    expect(seen.length).toBeGreaterThan(40);
    const doc = JSON.parse(JSON.stringify(openApiDocument('test', releaseLabels([])))) as { paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>> };
    for (const { op, status, code } of seen) {
      const [method, p] = op.split(' ');
      const response = doc.paths[p]?.[method]?.responses[String(status)];
      expect(response?.description.split(', '), `${op} ${status}`).toContain(code);
    }
  });
});
