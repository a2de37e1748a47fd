/**
 * npm start — serve the production app with `next start` (what Next.js supports for self-hosting).
 * On first run it builds the database (npm run setup) and the app (next build) when they are missing.
 * One process serves every request; to scale, run more instances (PORT=3001 npm start, …) behind a
 * reverse proxy, each reading its own copy of ATLAS_DB read-only.
 *
 * Usage: npm start [-- --port N --host H]   (PORT, HOST, ATLAS_DB, ONET_DIR, BLS_DIR, REFERENCE_DIR as for setup)
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseEnv } from '../lib/env';
import { commandLine, log, runMain, wantsHelp } from './cli';

const USAGE = `Usage: npm start [-- --port N --host H]\n  Builds ATLAS_DB (npm run setup) and the app (next build) when missing, then runs \`next start\` on PORT (default 3000).\n`;

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error(`${[path.basename(cmd), ...args.map((a) => path.relative(process.cwd(), a) || a)].join(' ')} failed (exit ${r.status ?? r.signal})`);
}

runMain(() => {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv, USAGE)) return;
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, host: { type: 'string' } }, strict: true });
  // Flags override the environment and go through the same validation.
  const e = parseEnv({ ...process.env, ...(values.port !== undefined ? { PORT: values.port } : {}), ...(values.host !== undefined ? { HOST: values.host } : {}) });
  if (!fs.existsSync(e.ATLAS_DB)) {
    log(`no database at ${e.ATLAS_DB}: building it (npm run setup)`);
    run(...commandLine('setup'));
  }
  const next = path.resolve('node_modules/next/dist/bin/next');
  if (!fs.existsSync('.next/BUILD_ID')) {
    log('no production build: running next build');
    run(process.execPath, [next, 'build']);
  }
  const child = spawn(process.execPath, [next, 'start', '-p', String(e.PORT), '-H', e.HOST], { stdio: 'inherit', env: process.env });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
});
