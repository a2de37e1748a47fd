/**
 * The HTTP layer's taxonomy and readers: zod failures mapped by where they came from, one JSON body
 * shape, unknown errors hidden and logged once, bodies bounded whatever Content-Length says.
 */
import { afterEach, describe, expect, it, test, vi } from 'vitest';
import { z } from 'zod';
import { occupationsQuery, onetCode } from '@/lib/api/schemas';
import { ERROR_STATUS, errorResponse, HttpError, parsePath, parseQuery, readBody, readJson, route, toHttpError } from '@/lib/http';

async function caught(fn: () => unknown): Promise<HttpError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof HttpError) return e;
    throw e;
  }
  throw new Error('expected an HttpError');
}

const body = (res: Response) => res.json() as Promise<{ error: { code: string; message: string; field: string | null; line: number | null; issues: Array<{ path: string; message: string }> } }>;

afterEach(() => vi.restoreAllMocks());

describe('zod failures: one code per place', () => {
  it('query string → invalid_query naming the parameter', async () => {
    const e = await caught(() => parseQuery(new Request('http://x/api?limit=9999&dir=up'), occupationsQuery));
    expect([e.code, e.status]).toEqual(['invalid_query', 400]);
    expect(e.issues.map((i) => i.path).sort()).toEqual(['dir', 'limit']);
    expect(e.field).toBe(e.issues[0].path);
    expect(e.message).toBe(e.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  });

  it('a query parameter the route does not take is refused, naming it and the ones it takes (not ignored)', async () => {
    const schema = z.object({ format: z.enum(['json', 'csv']).default('json') });
    const e = await caught(() => parseQuery(new Request('http://x/api?format=csv&limit=2'), schema));
    expect([e.code, e.status, e.field]).toEqual(['invalid_query', 400, 'limit']);
    expect(e.message).toBe('limit: unknown parameter; this route takes format');
    expect(parseQuery(new Request('http://x/api?format=csv'), schema)).toEqual({ format: 'csv' });
    // A route that never reads its query string answers any parameter with the same 400, and otherwise as before.
    const handler = route(async () => Response.json({ ok: true }));
    const res = await handler(new Request('http://x/api?format=csv'));
    expect(res.status).toBe(400);
    expect((await body(res)).error).toMatchObject({ code: 'invalid_query', field: 'format', message: 'format: unknown parameter; this route takes no query parameters' });
    expect((await handler(new Request('http://x/api'))).status).toBe(200);
  });

  it('path parameter → invalid_path naming the parameter', async () => {
    const e = await caught(() => parsePath('code', '15-1252', onetCode));
    expect([e.code, e.status, e.field]).toEqual(['invalid_path', 400, 'code']);
    expect(e.message).toBe('code: must be an O*NET-SOC code like 15-1252.00');
  });

  it('body → invalid_input naming the field; an overlong string is a 413', async () => {
    const schema = z.object({ text: z.string().max(5), n: z.number() });
    const post = (b: string) => new Request('http://x/', { method: 'POST', body: b, headers: { 'content-type': 'application/json' } });
    const bad = await caught(() => readJson(post('{"text":"ok","n":"1"}'), schema, { limit: 100 }));
    expect([bad.code, bad.status, bad.field]).toEqual(['invalid_input', 400, 'n']);
    const long = await caught(() => readJson(post('{"text":"too long","n":1}'), schema, { limit: 100 }));
    expect([long.code, long.status, long.field]).toEqual(['payload_too_large', 413, 'text']);
    const broken = await caught(() => readJson(post('{"text":'), schema, { limit: 100 }));
    expect([broken.code, broken.field]).toEqual(['invalid_input', null]);
    expect(broken.message).toMatch(/not valid JSON/);
    const empty = await caught(() => readJson(post('  '), schema, { limit: 100, example: '{"text":"a"}' }));
    expect(empty.message).toBe('the request body is empty: send a JSON object like {"text":"a"}');
    const type = await caught(() => readJson(new Request('http://x/', { method: 'POST', body: 'text=a' }), schema, { limit: 100, requireJsonType: true }));
    expect([type.code, type.status]).toEqual(['unsupported_media_type', 415]);
  });
});

describe('bounded bodies', () => {
  const stream = (chunks: number, size: number) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < chunks; i++) c.enqueue(new Uint8Array(size));
        c.close();
      },
    });

  test.each([
    ['a declared length over the limit', { 'content-length': '2000' }, 'x'],
    ['no declared length, more bytes than the limit', {}, null],
    ['a false declared length', { 'content-length': '10' }, null],
  ])('%s → 413', async (_n, headers, text) => {
    const req = new Request('http://x/', { method: 'POST', headers, body: text ?? stream(10, 200), duplex: 'half' } as RequestInit);
    const e = await caught(() => readBody(req, 1000, 'the roster'));
    expect([e.code, e.status]).toEqual(['payload_too_large', 413]);
    expect(e.message).toMatch(/^the roster is .*the limit is 1000 bytes/);
  });

  it('reads a body within the limit whole', async () => {
    const req = new Request('http://x/', { method: 'POST', body: stream(4, 250), duplex: 'half' } as RequestInit);
    expect((await readBody(req, 1000)).byteLength).toBe(1000);
  });
});

describe('one JSON body, statuses from one table', () => {
  it('answers every code with its status and the same fields', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      const res = errorResponse(new HttpError(code as keyof typeof ERROR_STATUS, `a ${code}`, { field: 'f', line: 3 }));
      expect(res.status).toBe(status);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await body(res)).toEqual({ error: { code, message: `a ${code}`, field: 'f', line: 3, issues: [{ path: 'f', message: `a ${code}` }] } });
    }
  });

  it('hides unknown errors as a 500 without a stack, logged once; a missing database is a 503', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await route(() => {
      throw new Error('SQLITE_CORRUPT at /secret/path');
    })(new Request('http://x/'));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal error', field: null, line: null, issues: [] } });
    expect(text).not.toMatch(/secret|SQLITE|at /);
    expect(log).toHaveBeenCalledTimes(1);
    expect(toHttpError(new Error('database not found at /x')).status).toBe(503);
    // A stray zod error is ours (input is validated where it is read), so it is a 500 too.
    expect(toHttpError(z.string().safeParse(1).error).status).toBe(500);
  });

  it('passes extra headers (Retry-After on a 503)', () => {
    const res = errorResponse(new HttpError('unavailable', 'busy', { headers: { 'Retry-After': '5' } }));
    expect([res.status, res.headers.get('retry-after')]).toEqual([503, '5']);
  });

  it('answers a 499 without a body when the client has gone away', async () => {
    const ac = new AbortController();
    ac.abort();
    const res = await route(() => {
      throw new Error('the client disconnected');
    })(new Request('http://x/', { signal: ac.signal }));
    expect(res.status).toBe(499);
    expect(await res.text()).toBe('');
  });
});
