/**
 * The production server: Next.js's own request handler behind the page cache (server/page-cache.ts), one
 * process per core on the same port (node:cluster; each process has its own read-only SQLite
 * connection), because one Node process serves requests on one core; ATLAS_WORKERS=1 serves from the
 * calling process alone. A process that dies is replaced. To scale past one machine, run more instances
 * behind a reverse proxy, each reading its own copy of ATLAS_DB. `npm start` (scripts/start.ts) calls it.
 */
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import type { Env } from '../lib/env';
import { log } from '../lib/cli';
import { pageCache } from './page-cache';

/** A server process: Next.js's request handler behind the page cache, on the shared port. */
export async function serveWorker(e: Env) {
  const { default: next } = await import('next');
  const app = next({ dev: false, hostname: e.HOST, port: e.PORT });
  await app.prepare();
  const nextHandle = app.getRequestHandler();
  const cache = pageCache((req, res) => nextHandle(req, res), { dbFile: e.ATLAS_DB, maxBytes: e.ATLAS_PAGE_CACHE_MB * 2 ** 20, ttlMs: 10 * 60_000 });
  const server = http.createServer((req, res) => void cache.handle(req, res));
  await new Promise<void>((resolve) => server.listen(e.PORT, e.HOST, resolve));
  return server;
}

/**
 * Serves on e.PORT with e.ATLAS_WORKERS processes (default one per core). Workers are forked with
 * `workerArgs` (the command line that, run as a cluster worker, calls serveWorker).
 */
export async function serve(e: Env, workerArgs: string[]) {
  const workers = e.ATLAS_WORKERS ?? os.availableParallelism();
  const where = `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`;
  if (workers === 1) {
    await serveWorker(e);
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(0));
    log(`serving on ${where} with 1 server process`);
    return;
  }
  cluster.setupPrimary({ args: workerArgs });
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  cluster.on('exit', (w, code) => {
    if (stopping) return;
    process.stderr.write(`server process ${w.process.pid} exited (${code}); starting another\n`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  log(`serving on ${where} with ${workers} server processes`);
}
