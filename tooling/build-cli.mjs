#!/usr/bin/env node
/**
 * Compiles the command-line entries (scripts/<name>.ts) to dist/cli/<name>.mjs with esbuild, once:
 * `npm ci` runs it (the `prepare` script), so no command compiles TypeScript when it runs.
 * Packages stay external (node_modules); the project's own modules are bundled. dist/cli/meta.json
 * lists every source file of every entry with its modification time, so tooling/run.mjs can tell
 * when the build is out of date.
 * Usage: node tooling/build-cli.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(ROOT, 'dist', 'cli');
export const ENTRIES = ['setup', 'ingest', 'build-model', 'export', 'start', 'test'];
/** Compiled beside the commands but not commands (server/<name>.ts): the chart worker the server starts (app/_components/charts/chart-renderer.ts). */
export const WORKERS = ['chart-worker'];

export async function buildCli() {
  const { build, stop } = await import('esbuild');
  const t0 = performance.now();
  const tmp = `${OUT}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries([...ENTRIES.map((e) => [e, `scripts/${e}.ts`]), ...WORKERS.map((w) => [w, `server/${w}.ts`])]),
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    jsx: 'automatic',
    metafile: true,
    logLevel: 'warning',
  });
  stop(); // esbuild's service process would otherwise outlive the build (npm start keeps running)
  // Each source file with the modification time it had when it was compiled.
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs)
      .filter((f) => !f.includes('node_modules'))
      .map((f) => [f, fs.statSync(path.join(ROOT, f)).mtimeMs]),
  );
  fs.writeFileSync(path.join(tmp, 'meta.json'), `${JSON.stringify({ entries: [...ENTRIES, ...WORKERS], inputs }, null, 1)}\n`);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.renameSync(tmp, OUT);
  return { ms: performance.now() - t0, inputs: Object.keys(inputs).length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().then(
    (r) => process.stderr.write(`compiled ${ENTRIES.length} commands from ${r.inputs} source files to dist/cli in ${Math.round(r.ms)} ms\n`),
    (e) => {
      process.stderr.write(`error: compiling the commands failed: ${e.message}\n`);
      process.exit(1);
    },
  );
}
