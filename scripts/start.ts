/**
 * npm start — serve the production app (server/serve.ts). On first run it builds the database (npm run
 * setup) when it is missing, and the app (next build) when it is missing or was not built from the
 * sources as they are (tooling/app-build.ts). `npm run build` is `start --build-only`: the build alone,
 * recorded the same way. By default one server process per core (ATLAS_WORKERS), each with a page cache
 * (server/page-cache.ts; ATLAS_PAGE_CACHE_MB=0 turns it off).
 *
 * Usage: npm start [-- --port N --host H]   (PORT, HOST, ATLAS_WORKERS, ATLAS_DB, ONET_DIR, BLS_DIR, REFERENCE_DIR)
 */
import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtFromOther } from '../lib/build/fingerprint';
import { commandLine, log, runMain, wantsHelp } from '../lib/cli';
import { parseEnv, type Env } from '../lib/env';
import { serve, serveWorker } from '../server/serve';
import { appBuildStale, recordedBuild } from '../tooling/app-build';

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
    // Workers run this same command (tooling/run.mjs start …), which serves when it is a worker.
    return serve(e, ['start', ...process.argv.slice(2)]);
  });
}
