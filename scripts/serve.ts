/**
 * Production server: the Next.js request handler in a cluster of worker processes sharing one port
 * (one per core by default, ATLAS_WORKERS to change), each with its own read-only SQLite connection.
 * Usage: npx tsx scripts/serve.ts [--port N] [--host H]   (after `next build`)
 */
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import next from 'next';

const arg = (k: string) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : undefined);
const port = Number(arg('--port') ?? process.env.PORT ?? 3000);
const host = arg('--host') ?? process.env.HOST ?? '0.0.0.0';
const workers = Math.max(1, Number(process.env.ATLAS_WORKERS ?? os.availableParallelism()));

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`error: --port must be an integer 1–65535\n`);
  process.exit(1);
}

/**
 * Occupation pages are cached on disk after their first render (ISR). A restart may follow a rebuilt
 * database or app, so start with an empty page cache rather than serve pages of the previous build.
 */
function clearPageCache() {
  fs.rmSync(path.join('.next', 'server', 'route-cache'), { recursive: true, force: true });
}

if (cluster.isPrimary) clearPageCache();

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  cluster.on('exit', (w, code) => {
    if (stopping) return;
    process.stderr.write(`worker ${w.process.pid} exited (${code}); starting another\n`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stderr.write(`serving on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} with ${workers} workers\n`);
} else {
  const app = next({ dev: false, hostname: host, port });
  const handle = app.getRequestHandler();
  app
    .prepare()
    .then(() => {
      http.createServer((req, res) => void handle(req, res)).listen(port, host);
      if (workers === 1) process.stderr.write(`serving on http://${host}:${port}\n`);
    })
    .catch((e: unknown) => {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      process.exit(1);
    });
}
