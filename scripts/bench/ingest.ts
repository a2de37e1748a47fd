/**
 * Benchmark: our ingest of the full O*NET + BLS data against sqlite3's own `.import` of the same
 * tab-delimited files (no validation, no joins) in the same run. Prints each time and the ratio.
 * Usage: npx tsx scripts/bench/ingest.ts [--runs 3]   (needs the sqlite3 CLI: apt-get install sqlite3)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openForBuild } from '../../db';
import { ingest } from '../../lib/ingest/build';
import { ONET_FILES } from '../../lib/ingest/onet';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const onetDir = path.resolve(process.env.ONET_DIR ?? '../shared/data/onet');
const blsDir = path.resolve(process.env.BLS_DIR ?? '../shared/data/bls');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
// Same files on both sides: the TSV conversions of the BLS workbooks, not the .xlsx.
const tsvBls = path.join(tmp, 'bls');
fs.mkdirSync(tsvBls);
for (const f of fs.readdirSync(blsDir).filter((f) => f.endsWith('.tsv'))) fs.symlinkSync(path.join(blsDir, f), path.join(tsvBls, f));

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function ours(): number {
  const file = path.join(tmp, `ours-${Math.random()}.db`);
  const t0 = performance.now();
  const db = openForBuild(file);
  ingest(db.$client, { onetDir, blsDir: tsvBls });
  db.$client.close();
  return performance.now() - t0;
}

function sqliteImport(): number {
  const file = path.join(tmp, `import-${Math.random()}.db`);
  const files = [...Object.values(ONET_FILES).filter((f) => f.endsWith('.txt') && fs.existsSync(path.join(onetDir, f))).map((f) => path.join(onetDir, f)),
    ...fs.readdirSync(blsDir).filter((f) => f.endsWith('.tsv')).map((f) => path.join(blsDir, f))];
  const script = ['.mode tabs', ...files.map((f, i) => `.import '${f.replace(/'/g, "''")}' t${i}`)].join('\n');
  const t0 = performance.now();
  execFileSync('sqlite3', [file], { input: script, stdio: ['pipe', 'ignore', 'ignore'] });
  return performance.now() - t0;
}

ours();
sqliteImport(); // warm the page cache for both
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < runs; i++) {
  a.push(ours());
  b.push(sqliteImport());
}
const ma = median(a);
const mb = median(b);
console.log(`ingest (ours, validated, joined, indexed): median ${ma.toFixed(0)} ms over ${runs} runs`);
console.log(`sqlite3 .import of the same files:        median ${mb.toFixed(0)} ms`);
console.log(`ratio ours / sqlite3 .import: ${(ma / mb).toFixed(2)}× (target ≤ 3×)`);
fs.rmSync(tmp, { recursive: true, force: true });
