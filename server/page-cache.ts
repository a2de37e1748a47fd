/**
 * The page cache of `npm start`: each page is rendered by Next.js once per URL and database, then served
 * from memory with a fresh CSP nonce stamped into it per response.
 *
 * Why: the pages carry a per-request script nonce (proxy.ts, lib/api/csp.ts), so Next.js renders every
 * page on every request (≈ 50–100 ms of CPU for an occupation page). Everything else on a page depends
 * only on its URL, the host it was asked for and the database file, so the rendered HTML is kept with
 * the nonce cut out, and each response gets a new random nonce in both the CSP header and every place
 * the old one stood (the script tags). No two responses share a nonce.
 *
 * What is cached: GET requests for pages (not /api/, not /_next/, not Next.js's client-navigation (RSC)
 * requests, not requests with cookies or credentials) answered 200 with a whole HTML page (no error
 * boundary's digest: a render that failed mid-stream still answers 200) and a nonce in their CSP.
 * A rebuild of the database (its inode or mtime changes) starts a new generation; entries also expire
 * after `ttlMs`, and the least recently used go first beyond `maxBytes`.
 * A miss is passed through as Next.js answers it (uncompressed, so the body can be kept); a hit is
 * gzipped here when the client accepts it. Responses say `X-Atlas-Page-Cache: hit` or `miss`.
 */
import fs from 'node:fs';
import type http from 'node:http';
import zlib from 'node:zlib';
import { newNonce } from '../lib/api/csp';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

export interface PageCacheOptions {
  /** the database file: its inode and mtime are part of every key */
  dbFile: string;
  /** bytes of HTML kept at most (least recently used dropped first) */
  maxBytes: number;
  /** an entry older than this is rendered again */
  ttlMs: number;
}

interface Entry {
  /** the body split at every occurrence of the nonce it was rendered with */
  parts: Buffer[];
  /** the CSP header split the same way */
  csp: string[];
  headers: http.OutgoingHttpHeaders;
  bytes: number;
  at: number;
}

/** Request headers with which Next.js answers something other than the full HTML document. */
const NEXT_VARIANT_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action'];
/** Response headers that belong to one response only. */
const PER_RESPONSE = new Set(['date', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'content-encoding', 'etag', 'x-atlas-page-cache']);

/** Whether this request's answer may be kept and served again (see the module comment). */
export function cacheableRequest(req: Pick<http.IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  if (req.method !== 'GET') return false;
  const url = req.url ?? '';
  if (!url.startsWith('/') || url.startsWith('/api/') || url.startsWith('/_next/') || /[?&]_rsc=/.test(url)) return false;
  if (NEXT_VARIANT_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  return req.headers.cookie === undefined && req.headers.authorization === undefined;
}

/** The nonce of a CSP header value (`'nonce-…'` in script-src), or null. */
export function nonceOf(csp: string): string | null {
  return /'nonce-([A-Za-z0-9+/=_-]{16,})'/.exec(csp)?.[1] ?? null;
}

/**
 * Whether a 200 HTML body is a whole, good page. A render that fails after streaming began still
 * answers 200, with an error boundary and its digest in the page data: such a page must not be kept.
 */
export function completePage(body: Buffer): boolean {
  return body.lastIndexOf('</html>') !== -1 && body.indexOf('digest":') === -1 && body.indexOf('digest\\":') === -1;
}

function splitBuffer(buf: Buffer, sep: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = buf.indexOf(sep, from); i !== -1; i = buf.indexOf(sep, from)) {
    parts.push(buf.subarray(from, i));
    from = i + sep.length;
  }
  parts.push(buf.subarray(from));
  return parts;
}

function joinBuffers(parts: Buffer[], sep: Buffer): Buffer {
  const list: Buffer[] = [];
  parts.forEach((p, i) => {
    if (i > 0) list.push(sep);
    list.push(p);
  });
  return Buffer.concat(list);
}

function acceptsGzip(req: http.IncomingMessage): boolean {
  const ae = req.headers['accept-encoding'];
  return typeof ae === 'string' && /\bgzip\b(?!;q=0(\.0*)?\b)/.test(ae);
}

function toBuffer(chunk: unknown, encoding?: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return null;
}

export interface PageCache {
  handle: Handler;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
}

/** Wraps Next.js's request handler with the page cache. */
export function pageCache(next: Handler, opts: PageCacheOptions): PageCache {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  const drop = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= e.bytes;
  };

  const generation = (): string => {
    const st = fs.statSync(opts.dbFile, { throwIfNoEntry: false });
    return st ? `${st.ino}:${st.mtimeMs}` : 'none';
  };

  const keyOf = (req: http.IncomingMessage, gen: string) =>
    [gen, req.headers.host ?? '', req.headers['x-forwarded-host'] ?? '', req.headers['x-forwarded-proto'] ?? '', req.url ?? ''].join('\n');

  function serveHit(req: http.IncomingMessage, res: http.ServerResponse, e: Entry) {
    const nonce = newNonce();
    let body = joinBuffers(e.parts, Buffer.from(nonce));
    const headers: http.OutgoingHttpHeaders = { ...e.headers, 'content-security-policy': e.csp.join(nonce), 'x-atlas-page-cache': 'hit' };
    if (acceptsGzip(req)) {
      body = zlib.gzipSync(body, { level: 4 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  }

  function capture(req: http.IncomingMessage, res: http.ServerResponse, key: string) {
    // Identity encoding, so the body can be kept as it is.
    delete req.headers['accept-encoding'];
    res.setHeader('x-atlas-page-cache', 'miss');
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    const keep = (chunk: unknown, encoding?: unknown) => {
      const b = overflow ? null : toBuffer(chunk, encoding);
      if (!b) return;
      size += b.length;
      if (size > opts.maxBytes / 2) overflow = true;
      else chunks.push(b);
    };
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
      keep(chunk, encoding);
      return (write as (...a: unknown[]) => boolean)(chunk, encoding, cb);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
      keep(chunk, encoding);
      return (end as (...a: unknown[]) => http.ServerResponse)(chunk, encoding, cb);
    }) as typeof res.end;
    res.on('finish', () => {
      if (overflow || res.statusCode !== 200) return;
      const type = String(res.getHeader('content-type') ?? '');
      const csp = String(res.getHeader('content-security-policy') ?? '');
      const nonce = nonceOf(csp);
      if (!type.startsWith('text/html') || !nonce || res.getHeader('set-cookie') !== undefined || res.getHeader('content-encoding') !== undefined) return;
      const headers: http.OutgoingHttpHeaders = {};
      for (const [k, v] of Object.entries(res.getHeaders())) if (!PER_RESPONSE.has(k) && k !== 'content-security-policy' && v !== undefined) headers[k] = v;
      const body = Buffer.concat(chunks);
      if (!completePage(body)) return;
      const sep = Buffer.from(nonce);
      const entry: Entry = { parts: splitBuffer(body, sep), csp: csp.split(nonce), headers, bytes: size, at: Date.now() };
      drop(key);
      entries.set(key, entry);
      bytes += size;
      for (const k of entries.keys()) {
        if (bytes <= opts.maxBytes) break;
        drop(k);
      }
    });
    return next(req, res);
  }

  const handle: Handler = (req, res) => {
    if (opts.maxBytes <= 0 || !cacheableRequest(req)) return next(req, res);
    const key = keyOf(req, generation());
    const e = entries.get(key);
    if (e && Date.now() - e.at < opts.ttlMs) {
      hits++;
      // Most recently used last.
      entries.delete(key);
      entries.set(key, e);
      serveHit(req, res, e);
      return;
    }
    if (e) drop(key);
    misses++;
    // Entries of an earlier database generation can never be hit again.
    const gen = key.slice(0, key.indexOf('\n') + 1);
    for (const k of entries.keys()) if (!k.startsWith(gen)) drop(k);
    return capture(req, res, key);
  };

  return { handle, stats: () => ({ entries: entries.size, bytes, hits, misses }) };
}
