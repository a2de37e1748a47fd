/**
 * npm start — serve the production app. On first run it builds the database (npm run setup) when it is
 * missing, and the app (next build) when it is missing or was not built from the sources as they are
 * (scripts/app-build.ts). `npm run build` is `start --build-only`: the build alone, recorded the same way.
 * By default it runs one server process per core on the same port (node:cluster; each process is
 * Next.js's own request handler with its own read-only SQLite connection), because one Node process
 * serves requests on one core; ATLAS_WORKERS=1 serves from this process alone. Each process keeps
 * rendered pages in its page cache (scripts/page-cache.ts: a fresh CSP nonce per response;
 * ATLAS_PAGE_CACHE_MB=0 turns it off). To scale past one machine, run more instances behind a reverse
 * proxy, each reading its own copy of ATLAS_DB.
 *
 * Usage: npm start [-- --port N --host H]   (PORT, HOST, ATLAS_WORKERS, ATLAS_DB, ONET_DIR, BLS_DIR, REFERENCE_DIR)
 */
import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtFromOther } from '../lib/build/fingerprint';
import { parseEnv, type Env } from '../lib/env';
import { commandLine, log, runMain, wantsHelp } from './cli';
import { appBuildStale, recordedBuild } from './app-build';
import { pageCache } from './page-cache';

const USAGE = `Usage: npm start [-- --port N --host H] | npm run build (start --build-only)\n  Builds ATLAS_DB (npm run setup) when missing and the app (next build) when missing or not built from\n  the sources as they are, then serves on PORT (default 3000)\n  with ATLAS_WORKERS processes (default one per core), each with a page cache of ATLAS_PAGE_CACHE_MB.\n  --build-only: run next build (and record its sources) and stop.\n`;

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error(`${[path.basename(cmd), ...args.map((a) => path.relative(process.cwd(), a) || a)].join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function config(): Env & { buildOnly: boolean } {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== 'start'), options: { port: { type: 'string' }, host: { type: 'string' }, 'build-only': { type: 'boolean' } }, strict: true });
  // Flags override the environment and go through the same validation.
  const e = parseEnv({ ...process.env, ...(values.port !== undefined ? { PORT: values.port } : {}), ...(values.host !== undefined ? { HOST: values.host } : {}) });
  return { ...e, buildOnly: values['build-only'] === true };
}

/** A server process: Next.js's request handler behind the page cache, on the shared port. */
async function serveWorker(e: Env) {
  const { default: next } = await import('next');
  const app = next({ dev: false, hostname: e.HOST, port: e.PORT });
  await app.prepare();
  const nextHandle = app.getRequestHandler();
  const cache = pageCache((req, res) => nextHandle(req, res), { dbFile: e.ATLAS_DB, maxBytes: e.ATLAS_PAGE_CACHE_MB * 2 ** 20, ttlMs: 10 * 60_000 });
  const server = http.createServer((req, res) => void cache.handle(req, res));
  await new Promise<void>((resolve) => server.listen(e.PORT, e.HOST, resolve));
  return server;
}

if (cluster.isWorker) {
  serveWorker(config()).catch((err: unknown) => {
    process.stderr.write(`error: ${(err as Error).message}\n`);
    process.exit(1);
  });
} else {
  runMain(() => {
    if (wantsHelp(process.argv.slice(2), USAGE)) return;
    const e = config();
    const nextBin = path.resolve('node_modules/next/dist/bin/next');
    const buildApp = (why: string) => {
      log(`${why}: running next build`);
      recordedBuild(process.cwd(), () => run(process.execPath, [nextBin, 'build']));
    };
    if (e.buildOnly) return buildApp('npm run build');
    if (!fs.existsSync(e.ATLAS_DB)) {
      log(`no database at ${e.ATLAS_DB}: building it (npm run setup)`);
      run(...commandLine('setup'));
    } else if (e.ONET_DIR && e.BLS_DIR && builtFromOther(e.ATLAS_DB, { inputDirs: [e.ONET_DIR, e.BLS_DIR, e.REFERENCE_DIR], model: e.EMBEDDING_MODEL })) {
      // Not rebuilt here: a start without REFERENCE_DIR would otherwise quietly replace a calibrated build.
      log(`note: ${e.ATLAS_DB} was built from other code or inputs than these; serving it as it is (npm run setup rebuilds it)`);
    }
    const stale = appBuildStale(process.cwd());
    if (stale) buildApp(stale);
    const workers = e.ATLAS_WORKERS ?? os.availableParallelism();
    const where = `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`;
    if (workers === 1) {
      return serveWorker(e).then(() => {
        for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(0));
        log(`serving on ${where} with 1 server process`);
      });
    }
    // Workers run this same command (scripts/run.mjs start …), which serves when it is a worker.
    cluster.setupPrimary({ args: ['start', ...process.argv.slice(2)] });
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
  });
}
