/**
 * Benchmark: ingest as a user runs it — a whole process (`node scripts/run.mjs ingest`, what
 * `npm run ingest` runs, and `npm run ingest` itself) — against a whole `sqlite3` process running
 * `.import` of exactly the files that ingest read (the `dataset_versions` of its database), interleaved
 * in the same run; medians and ratios. With --setup, also a fresh-clone setup: `npm run setup` with an
 * empty cache and no model (both built), into a temporary database.
 * Usage: npx tsx scripts/bench/ingest.ts [--runs 5] [--setup]   (needs the sqlite3 CLI: apt-get install sqlite3)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let n = 0;
const db = () => path.join(tmp, `run-${n++}.db`);
const ours = () => timed(process.execPath, ['scripts/run.mjs', 'ingest', '--db', db()]);
const npmRun = () => timed('npm', ['run', '--silent', 'ingest', '--', '--db', db()]);

// The files our ingest read, from its own record.
const first = db();
timed(process.execPath, ['scripts/run.mjs', 'ingest', '--db', first]);
const read = (new Database(first, { readonly: true }).prepare('SELECT file FROM dataset_versions ORDER BY file').all() as Array<{ file: string }>).map((r) => r.file);
const files = read.map((f) => [path.join(onetDir, f), path.join(blsDir, f)].find((p) => fs.existsSync(p)) ?? '').filter(Boolean);
if (files.length !== read.length) throw new Error(`cannot find every file ingest read: ${read.join(', ')}`);
const script = ['.mode tabs', ...files.map((f, i) => `.import '${f.replace(/'/g, "''")}' t${i}`)].join('\n');
const sqliteImport = () => timed('sqlite3', [db()], script);

sqliteImport(); // warm the page cache for both
const a: number[] = [];
const b: number[] = [];
const c: number[] = [];
for (let i = 0; i < runs; i++) {
  a.push(ours());
  b.push(sqliteImport());
  c.push(npmRun());
}
const [ma, mb, mc] = [median(a), median(b), median(c)];
const mb2 = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`${files.length} files (${(files.reduce((s, f) => s + fs.statSync(f).size, 0) / 1e6).toFixed(1)} MB), median of ${runs} interleaved runs, each a whole process`);
console.log(`node scripts/run.mjs ingest (validated, joined, indexed, checked):      ${mb2(ma)}`);
console.log(`npm run ingest (the same, plus npm's start-up):                       ${mb2(mc)}`);
console.log(`sqlite3 .import of the same files:                                    ${mb2(mb)}`);
console.log(`ratio ingest / sqlite3 .import: ${(ma / mb).toFixed(2)}× (target ≤ 2×); npm run ingest / sqlite3: ${(mc / mb).toFixed(2)}×`);

if (process.argv.includes('--setup')) {
  // A fresh clone: no embedding cache, no model (setup builds it), no database.
  const fresh = { ATLAS_CACHE_DIR: path.join(tmp, 'cache'), ATLAS_MODELS_DIR: path.join(tmp, 'models') };
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', '--silent', 'setup', '--', '--db', path.join(tmp, 'setup.db')], { env: { ...env, ...fresh }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`setup failed: ${r.stderr.toString().slice(-800)}`);
  const again = performance.now();
  spawnSync('npm', ['run', '--silent', 'setup', '--', '--db', path.join(tmp, 'setup.db')], { env: { ...env, ...fresh }, stdio: 'ignore' });
  console.log(`npm run setup from scratch (model, ingest, embed, score): ${mb2(again - t0)} (target < 20 s); re-run with nothing changed: ${mb2(performance.now() - again)}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
