import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentSecurityPolicy, newNonce } from '../../../lib/api/csp';
import { cacheableRequest, nonceOf, pageCache, type PageCache } from '../../../server/page-cache';

/**
 * A stand-in for Next.js's handler that behaves as it does for our pages: the nonce comes from the
 * request's CSP (set per request), goes on every script tag, and the page streams in several chunks.
 */
let renders = 0;
function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const url = req.url ?? '/';
  if (url.startsWith('/missing')) {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>not found</p>');
    return;
  }
  const nonce = newNonce();
  res.setHeader('content-security-policy', contentSecurityPolicy(nonce, { embed: false }));
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('vary', 'rsc, Accept-Encoding');
  if (url.startsWith('/cookie')) res.setHeader('set-cookie', 'a=b');
  res.write(`<html><head><script nonce="${nonce}" src="/_next/a.js"></script></head>`);
  if (url.startsWith('/broken')) {
    // A render that failed after streaming began: 200, an error boundary and its digest in the page data.
    res.end(`<body><script nonce="${nonce}">self.__next_f.push([1,"{\\"digest\\":\\"123\\"}"])</script></body></html>`);
    return;
  }
  if (url.startsWith('/cut')) {
    res.end('<body><p>half a page');
    return;
  }
  setTimeout(() => {
    res.write(`<body><p>${url} render ${renders}</p>${'x'.repeat(url.startsWith('/big') ? 4000 : 10)}`);
    res.end(`<script nonce="${nonce}">self.__next_f.push([1,"${url}"])</script></body></html>`);
  }, 5);
}

let dir: string;
let db: string;
let server: http.Server;
let base: string;
let cache: PageCache;

async function start(opts: { maxBytes?: number; ttlMs?: number } = {}) {
  cache = pageCache(fakeNext, { dbFile: db, maxBytes: opts.maxBytes ?? 1 << 20, ttlMs: opts.ttlMs ?? 60_000 });
  server = http.createServer((req, res) => void cache.handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(p: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + p, { headers });
  const body = await res.text();
  const nonce = nonceOf(res.headers.get('content-security-policy') ?? '');
  return { res, body, nonce, state: res.headers.get('x-atlas-page-cache') };
}

beforeEach(() => {
  renders = 0;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-page-cache-'));
  db = path.join(dir, 'atlas.db');
  fs.writeFileSync(db, 'one');
});
afterEach(async () => {
  await new Promise((r) => server?.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('page cache', () => {
  test('renders a page once, then serves it with a fresh nonce in the header and every script tag', async () => {
    await start();
    const first = await get('/occupations/15-1252.00');
    expect(first.state).toBe('miss');
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const r = await get('/occupations/15-1252.00');
      expect(r.state).toBe('hit');
      expect(r.nonce).toBeTruthy();
      seen.add(r.nonce!);
      const tags = [...r.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(tags).toHaveLength(2);
      for (const t of tags) expect(t).toContain(`nonce="${r.nonce}"`);
      expect(r.body.split(r.nonce!).join('N')).toBe(first.body.split(first.nonce!).join('N'));
      expect(r.res.headers.get('vary')).toBe('rsc, Accept-Encoding');
    }
    expect(seen.size).toBe(5);
    expect(seen.has(first.nonce!)).toBe(false);
    expect(renders).toBe(1);
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 5, misses: 1 });
  });

  test('a hit is gzipped when the client accepts it, and is the same page', async () => {
    await start();
    await get('/a');
    const raw = await new Promise<{ enc?: string; body: Buffer; csp: string }>((resolve, reject) => {
      http.get(`${base}/a`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ enc: res.headers['content-encoding'], body: Buffer.concat(chunks), csp: String(res.headers['content-security-policy']) }));
      }).on('error', reject);
    });
    expect(raw.enc).toBe('gzip');
    const html = zlib.gunzipSync(raw.body).toString();
    expect(html).toContain(`nonce="${nonceOf(raw.csp)}"`);
    expect(html).toContain('/a render 1');
  });

  test('a rebuilt database (a new file renamed over the old) renders the pages again', async () => {
    await start();
    await get('/a');
    expect((await get('/a')).state).toBe('hit');
    fs.writeFileSync(`${db}.tmp`, 'two');
    fs.renameSync(`${db}.tmp`, db);
    const after = await get('/a');
    expect(after.state).toBe('miss');
    expect(after.body).toContain('render 2');
    expect(cache.stats().entries).toBe(1);
  });

  test('entries expire after the TTL, and the least recently used go first beyond the size limit', async () => {
    await start({ ttlMs: 30 });
    await get('/a');
    await new Promise((r) => setTimeout(r, 50));
    expect((await get('/a')).state).toBe('miss');
    await new Promise((r) => server.close(r));
    await start({ maxBytes: 10_000 });
    await get('/big1');
    await get('/big2');
    expect((await get('/big1')).state).toBe('hit'); // big1 now most recently used
    await get('/big3'); // over 10,000 bytes: big2 goes
    expect(cache.stats().entries).toBe(2);
    expect((await get('/big1')).state).toBe('hit');
    expect((await get('/big2')).state).toBe('miss');
  });

  test.each([
    ['an RSC (client navigation) request', '/a', { rsc: '1' }],
    ['a prefetch', '/a', { 'next-router-prefetch': '1' }],
    ['a request with cookies', '/a', { cookie: 'x=1' }],
    ['an API path', '/api/v1/x', {}],
  ])('%s is never served from the cache', async (_name, p, headers) => {
    await start();
    await get(p, headers);
    const again = await get(p, headers);
    expect(again.state).toBeNull();
    expect(renders).toBe(2);
  });

  test('errors, pages whose render failed mid-stream, cut pages and responses that set cookies are not kept', async () => {
    await start();
    for (const p of ['/missing', '/cookie', '/broken', '/cut']) {
      await get(p);
      expect((await get(p)).state).toBe('miss');
    }
    expect(cache.stats().entries).toBe(0);
  });

  test('the size 0 turns the cache off', async () => {
    await start({ maxBytes: 0 });
    await get('/a');
    expect((await get('/a')).state).toBeNull();
    expect(renders).toBe(2);
  });

  test('which requests qualify', () => {
    const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });
    expect(cacheableRequest(req('GET', '/occupations/1'))).toBe(true);
    expect(cacheableRequest(req('GET', '/search?q=nurse'))).toBe(true);
    expect(cacheableRequest(req('HEAD', '/'))).toBe(false);
    expect(cacheableRequest(req('POST', '/'))).toBe(false);
    expect(cacheableRequest(req('GET', '/_next/static/x.js'))).toBe(false);
    expect(cacheableRequest(req('GET', '/a?_rsc=abc'))).toBe(false);
    expect(cacheableRequest(req('GET', '/a', { authorization: 'Basic x' }))).toBe(false);
    expect(nonceOf("script-src 'self' 'nonce-abcdefghijklmnop==' 'strict-dynamic'")).toBe('abcdefghijklmnop==');
    expect(nonceOf("script-src 'self'")).toBeNull();
  });
});
