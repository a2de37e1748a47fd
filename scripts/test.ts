/**
 * npm test — the whole suite, as CI runs it:
 *   0. the browser check (unless --skip-e2e): stops at once, with the install command, when there is no Chromium;
 *   1. the type check (tsc --noEmit), the lint (ESLint: Next.js and typescript-eslint rules, eslint.config.mjs)
 *      and the unit tests (vitest, small fixtures in the official layouts);
 *   2. a full build of the real data (../shared/data unless ONET_DIR/BLS_DIR/REFERENCE_DIR say
 *      otherwise) into tests/.tmp/atlas.db, then the integration tests against it;
 *   3. the production build and the Playwright tests in Chromium against `npm start` on that database.
 * Usage: npm test [-- --skip-e2e]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from '../lib/env';
import { recordedBuild } from '../tooling/app-build';
import { findChromium } from '../tooling/browser';
import { commandLine, log, runMain } from '../lib/cli';

const shared = path.resolve('../shared/data');
const e = parseEnv();
/** The staged data beside the checkout, for whichever of the three directories is not set. */
const defaults: Record<string, string> = Object.fromEntries(
  (
    [
      ['ONET_DIR', e.ONET_DIR, path.join(shared, 'onet')],
      ['BLS_DIR', e.BLS_DIR, path.join(shared, 'bls')],
      ['REFERENCE_DIR', e.REFERENCE_DIR, path.join(shared, 'reference')],
    ] as const
  )
    .filter(([, set, dir]) => !set && fs.existsSync(dir))
    .map(([k, , dir]) => [k, dir]),
);

function run(label: string, cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  log(`\n── ${label} ──`);
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...defaults, ...extraEnv } });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
  log(`── ${label}: ok in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

runMain(() => {
  const skipE2e = process.argv.includes('--skip-e2e');
  let browser = '';
  if (!skipE2e) {
    const found = findChromium();
    if ('error' in found) throw new Error(found.error);
    browser = found.path;
  }
  const db = path.resolve('tests/.tmp/atlas.db');
  const node = process.execPath;
  const bin = (p: string) => path.resolve('node_modules', p);
  run('type check (tsc --noEmit)', node, [bin('typescript/bin/tsc'), '--noEmit']);
  run('lint (eslint)', node, [bin('eslint/bin/eslint.js'), '.', '--max-warnings', '0']);
  run('unit tests', node, [bin('vitest/vitest.mjs'), 'run', '--project', 'unit']);
  const [setupCmd, setupArgs] = commandLine('setup', ['--db', db]);
  run('full build of the real data (npm run setup)', setupCmd, setupArgs);
  run('integration tests', node, [bin('vitest/vitest.mjs'), 'run', '--project', 'integration'], { ATLAS_DB: db });
  if (skipE2e) return;
  // Recorded as npm start records its builds, so the browser tests' `npm start` serves this build as it is.
  recordedBuild(process.cwd(), () => run('production build (next build)', node, [bin('next/dist/bin/next'), 'build'], { ATLAS_DB: db }));
  run(`end-to-end tests (Playwright, ${browser})`, node, [bin('@playwright/test/cli.js'), 'test'], { ATLAS_DB: db, CI: '1', CHROMIUM_PATH: browser });
});
