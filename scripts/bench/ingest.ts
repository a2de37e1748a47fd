/**
 * Benchmark: ingest as a user runs it — a whole process (`node tooling/run.mjs ingest`, what
 * `npm run ingest` runs, and `npm run ingest` itself) — against a whole `sqlite3` process that creates
 * the same schema (the migrations) and `.import`s exactly the files ingest read (the `dataset_versions`
 * of its database), interleaved in the same run: min and median of each, the ratio of medians and the
 * median of the run-by-run ratios (robust when the machine's speed drifts), and the load average.
 * With --setup, also a fresh-clone setup: `npm run setup` with an empty cache and no model (both
 * built), into a temporary database.
 * Usage: npx tsx scripts/bench/ingest.ts [--runs 7] [--setup]   (needs the sqlite3 CLI: apt-get install sqlite3)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_DIR } from '../../db';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const onetDir = path.resolve(process.env.ONET_DIR ?? '../shared/data/onet');
const blsDir = path.resolve(process.env.BLS_DIR ?? '../shared/data/bls');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
const env = { ...process.env, ONET_DIR: onetDir, BLS_DIR: blsDir };

function timed(cmd: string, args: string[], input?: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { env, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr?.toString().slice(-500)}`);
  return ms;
}

let n = 0;
const db = () => path.join(tmp, `run-${n++}.db`);
const ours = () => timed(process.execPath, ['tooling/run.mjs', 'ingest', '--db', db()]);
const npmRun = () => timed('npm', ['run', '--silent', 'ingest', '--', '--db', db()]);

// The files our ingest read, from its own record.
const first = db();
timed(process.execPath, ['tooling/run.mjs', 'ingest', '--db', first]);
const read = (new Database(first, { readonly: true }).prepare('SELECT file FROM dataset_versions ORDER BY file').all() as Array<{ file: string }>).map((r) => r.file);
const files = read.map((f) => [path.join(onetDir, f), path.join(blsDir, f)].find((p) => fs.existsSync(p)) ?? '').filter(Boolean);
if (files.length !== read.length) throw new Error(`cannot find every file ingest read: ${read.join(', ')}`);
const quote = (f: string) => `'${f.replace(/'/g, "''")}'`;
const migrations = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort().map((f) => `.read ${quote(path.join(MIGRATIONS_DIR, f))}`);
const script = [...migrations, '.mode tabs', ...files.map((f, i) => `.import ${quote(f)} t${i}`)].join('\n');
const sqliteImport = () => timed('sqlite3', [db()], script);

sqliteImport(); // warm the page cache for both
const load0 = os.loadavg()[0];
const a: number[] = [];
const b: number[] = [];
const c: number[] = [];
for (let i = 0; i < runs; i++) {
  a.push(ours());
  b.push(sqliteImport());
  c.push(npmRun());
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const stats = (xs: number[]) => `min ${s(Math.min(...xs))}, median ${s(median(xs))}`;
const pairwise = (xs: number[]) => median(xs.map((x, i) => x / b[i])).toFixed(2);
console.log(`${files.length} files (${(files.reduce((t, f) => t + fs.statSync(f).size, 0) / 1e6).toFixed(1)} MB), ${runs} interleaved runs, each a whole process; load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`);
console.log(`node tooling/run.mjs ingest (validated, joined, indexed, checked):  ${stats(a)}`);
console.log(`npm run ingest (the same, plus npm's start-up):                   ${stats(c)}`);
console.log(`sqlite3: the schema, then .import of the same files:              ${stats(b)}`);
console.log(`ingest / sqlite3: ${(median(a) / median(b)).toFixed(2)}× (medians), ${pairwise(a)}× (median of run-by-run ratios); target ≤ 2×`);
console.log(`npm run ingest / sqlite3: ${(median(c) / median(b)).toFixed(2)}× (medians), ${pairwise(c)}× (run by run)`);

if (process.argv.includes('--setup')) {
  // A fresh clone: no embedding cache, no model (setup builds it), no database.
  const fresh = { ATLAS_CACHE_DIR: path.join(tmp, 'cache'), ATLAS_MODELS_DIR: path.join(tmp, 'models') };
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', '--silent', 'setup', '--', '--db', path.join(tmp, 'setup.db')], { env: { ...env, ...fresh }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`setup failed: ${r.stderr.toString().slice(-800)}`);
  const again = performance.now();
  spawnSync('npm', ['run', '--silent', 'setup', '--', '--db', path.join(tmp, 'setup.db')], { env: { ...env, ...fresh }, stdio: 'ignore' });
  console.log(`npm run setup from scratch (model, ingest, embed, score): ${s(again - t0)} (target < 20 s); re-run with nothing changed: ${s(performance.now() - again)}; load average now ${os.loadavg()[0].toFixed(1)}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
