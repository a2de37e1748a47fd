/**
 * Server side: draws chart specs with recharts in a worker thread (dist/cli/chart-worker.mjs, which
 * holds the DOM recharts needs) and keeps the SVGs of recent (spec, width) pairs, so a chart seen
 * before at that width costs a lookup. Used by server components (the first paint) and by
 * POST /api/v1/charts/render (the same chart at the width the browser shows it at).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { HttpError } from '@/lib/http';
import type { ChartSpec } from '@/lib/charts/spec';

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
}

const CACHE_BYTES = 48 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
/** Drawings waiting for the worker at most: beyond, a request is refused (503) rather than queued without end. */
const MAX_PENDING = 64;
const cache = new Map<string, Promise<RenderedChart>>();
const sizes = new Map<string, number>();
let cached = 0;

let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, { resolve: (r: RenderedChart) => void; reject: (e: Error) => void; width: number }>();

function workerFile(): string {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'dist', 'cli', 'chart-worker.mjs');
  if (!fs.existsSync(/* turbopackIgnore: true */ file)) throw new Error(`${file} is missing: compile it with \`node tooling/build-cli.mjs\` (npm ci does)`);
  return file;
}

function failAll(e: Error) {
  for (const p of pending.values()) p.reject(e);
  pending.clear();
  worker = null;
}

function getWorker(): Worker {
  if (worker) return worker;
  // Not bundled: the worker is compiled by tooling/build-cli.mjs and loaded from dist at run time.
  const w = new Worker(/* turbopackIgnore: true */ workerFile());
  w.unref();
  w.on('message', (m: { id: number; svg?: string; height?: number; error?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error !== undefined || m.svg === undefined || m.height === undefined) p.reject(new Error(`chart worker: ${m.error ?? 'no SVG'}`));
    else p.resolve({ svg: m.svg, width: p.width, height: m.height });
  });
  w.on('error', (e) => failAll(e));
  w.on('exit', (code) => failAll(new Error(`chart worker exited (${code})`)));
  worker = w;
  return w;
}

function draw(spec: ChartSpec, width: number, idPrefix: string): Promise<RenderedChart> {
  if (pending.size >= MAX_PENDING) return Promise.reject(new HttpError('unavailable', 'the server is drawing too many charts at once; retry in a moment', { headers: { 'Retry-After': '2' } }));
  return new Promise((resolve, reject) => {
    const id = ++next;
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`chart worker: no answer in ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    timer.unref();
    pending.set(id, {
      resolve: (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
      width,
    });
    getWorker().postMessage({ id, spec, width, idPrefix });
  });
}

/** The SVG of `spec` drawn at `width` (from the cache when drawn before). */
export function renderChart(spec: ChartSpec, width: number): Promise<RenderedChart> {
  const hash = createHash('sha1').update(JSON.stringify(spec)).digest('base64url').slice(0, 10);
  const key = `${hash}:${width}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit;
  }
  const p = draw(spec, width, `c${hash.replace(/[^a-zA-Z0-9]/g, '')}`);
  cache.set(key, p);
  p.then(
    (r) => {
      sizes.set(key, r.svg.length);
      cached += r.svg.length;
      for (const k of cache.keys()) {
        if (cached <= CACHE_BYTES) break;
        cached -= sizes.get(k) ?? 0;
        sizes.delete(k);
        cache.delete(k);
      }
    },
    () => cache.delete(key),
  );
  return p;
}
