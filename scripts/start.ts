/**
 * npm start — serve the production app; on first run build the database (npm run setup) and the
 * Next.js production build first, with progress.
 *
 * Usage: npm start [-- --port N]   (PORT, ATLAS_DB, ONET_DIR, BLS_DIR, REFERENCE_DIR as for setup)
 */
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '../lib/env';
import { log, runMain, wantsHelp } from './cli';

const USAGE = `Usage: npm start [-- --port N]\n  Builds ATLAS_DB (npm run setup) and the app (next build) when missing, then serves on PORT (default 3000).\n`;

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} failed (exit ${r.status ?? r.signal})`);
}

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
const next = path.resolve('node_modules/next/dist/bin/next');

runMain(() => {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv, USAGE)) return;
  const i = argv.indexOf('--port');
  const port = i >= 0 ? Number(argv[i + 1]) : env().PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be an integer 1–65535 (got ${argv[i + 1]})`);
  const db = env().ATLAS_DB;
  if (!fs.existsSync(db)) {
    log(`no database at ${db}: building it (npm run setup)`);
    run(process.execPath, [tsx, 'scripts/setup.ts']);
  }
  if (!fs.existsSync('.next/BUILD_ID')) {
    log('no production build: running next build');
    run(process.execPath, [next, 'build']);
  }
  // One worker per core (ATLAS_WORKERS), all on one port: see scripts/serve.ts.
  const child = spawn(process.execPath, [tsx, 'scripts/serve.ts', '--port', String(port)], { stdio: 'inherit', env: process.env });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
});
