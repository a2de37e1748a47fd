/**
 * Load on the job-title matcher, measured with autocannon against the production server, each
 * figure beside /api/v1/health measured in the same run:
 *   1. health alone (16 connections): the server's floor on this machine;
 *   2. search (16 connections) over a mixed list of clean, HR-style, typo, prefix and nonsense
 *      queries, with 1 connection on health at the same time;
 *   3. one 10,000-row roster (2,000 distinct HR-style titles), then one of 10,000 distinct titles;
 *   4. 4 such rosters at once, with 1 connection on health at the same time; then a burst of 8
 *      smaller ones, beyond the limit of 2 per server process, to show the quick 503 answers.
 * Usage: npx tsx scripts/bench/search-load.ts [--url http://127.0.0.1:3011] [--port 3011] [--seconds 10]
 *   Without --url it starts the production server as `npm start` does (scripts/bench/server.ts; needs `npx next build` and ATLAS_DB).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { parseEnv } from '../../lib/env';
import { messify, parseTitleFile, rng } from '../../lib/search/eval';
import { benchServer } from './server';

const arg = (k: string, d: string) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);
const seconds = Number(arg('--seconds', '10'));
const env = parseEnv();

const CLEAN = ['registered nurse', 'software developer', 'customer service representative', 'truck driver', 'accountant', 'paralegal', 'electrician', 'cashier', 'data scientist', 'marketing manager'];
const HR = ['Customer Service Rep', 'CSR - Bilingual', 'Sr. Claims Adj II - Night Shift', 'RN - ICU Night Shift', 'SDE II', 'Asst Store Mgr', 'AP Specialist', 'X-Ray Technician', 'Internal Medicine Physician', 'CDL Driver (Contract)'];
const TYPOS = ['software enginer', 'finacial analyst', 'dental hygenist', 'pharmasist', 'recepcionist', 'electrican', 'acountant', 'mechanicl engineer', 'plumbr', 'paralegel'];
const PREFIXES = ['nur', 'softw', 'data ent', 'acc', 'cust serv', 'tru', 'ele', 'phar', 'mark', 'reg nu'];
const NONSENSE = ['zzzz', 'xqzv blorp', 'asdfgh', 'qwerty uiop', 'lorem ipsum dolor', 'blah blah', 'kjhgf dsa', 'aaaa bbbb', 'fnord', 'xyzzy plugh'];
const QUERIES = [...CLEAN, ...HR, ...TYPOS, ...PREFIXES, ...NONSENSE];

function roster(rows: number, distinct: number, seed: number): string {
  const onet = env.ONET_DIR ?? path.resolve('../shared/data/onet');
  const titles = parseTitleFile(readFileSync(path.join(onet, 'Sample of Reported Titles.txt'), 'utf8')).map((t) => t.title);
  const r = rng(seed);
  const pool = Array.from({ length: distinct }, (_, i) => messify(titles[Math.floor(r() * titles.length)], r).replace(/[",]/g, ' ') + (i >= titles.length ? ` ${i}` : ''));
  const lines = ['Job Title,Headcount,Department'];
  for (let i = 0; i < rows; i++) lines.push(`${pool[i % distinct]},${1 + Math.floor(r() * 40)},Dept ${i % 12}`);
  return `${lines.join('\n')}\n`;
}


interface Run {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  n: number;
  errors: number;
  non2xx: number;
}

/** autocannon's run; p50/p95/p99 from every response's own time (its summary has no p95). */
function run(url: string, connections: number, duration: number, paths: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const inst = autocannon({ url, connections, duration, requests: paths.map((p) => ({ method: 'GET', path: p })) }, (err, r) => {
      if (err) return reject(err);
      times.sort((a, b) => a - b);
      const q = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.floor(p * times.length))] : NaN);
      resolve({ p50: q(0.5), p95: q(0.95), p99: q(0.99), rps: r.requests.total / duration, n: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx });
    });
    inst.on('response', (_c, _s, _b, ms) => times.push(ms));
  });
}

const fmt = (name: string, r: Run) =>
  `| ${name} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.errors + r.non2xx} |`;

async function postRoster(base: string, csv: string): Promise<{ ms: number; status: number; rows?: number }> {
  const t = performance.now();
  const res = await fetch(`${base}/api/v1/roster`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
  const body = (await res.json()) as { rows?: unknown[] };
  return { ms: performance.now() - t, status: res.status, rows: body.rows?.length };
}

async function main() {
  const { base, stop } = await benchServer(arg('--url', ''), Number(arg('--port', '3011')));
  try {
    const searchPaths = QUERIES.map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`);
    // Warm up: the matcher's index is built on a process's first search (≈ 1 s).
    await run(base, 8, 3, searchPaths);
    console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (shared machines make CPU-bound figures pessimistic)`);
    console.log(`search list: ${QUERIES.length} queries — 10 clean, 10 HR-style, 10 typos, 10 prefixes, 10 nonsense\n`);
    console.log('| what | requests | p50 ms | p95 ms | p99 ms | req/s | errors |\n| --- | --- | --- | --- | --- | --- | --- |');
    const floor = await run(base, 16, seconds, ['/api/v1/health']);
    console.log(fmt('health alone, 16 connections (floor)', floor));
    const [search, healthBeside] = await Promise.all([run(base, 16, seconds, searchPaths), run(base, 1, seconds, ['/api/v1/health'])]);
    console.log(fmt('search, 16 connections, mixed list', search));
    console.log(fmt('health, 1 connection, beside the search load', healthBeside));
    for (const [name, list] of [['clean', CLEAN], ['HR-style', HR], ['typos', TYPOS], ['prefixes', PREFIXES], ['nonsense', NONSENSE]] as const) {
      const r = await run(base, 16, Math.max(3, seconds / 3), list.map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`));
      console.log(fmt(`search, 16 connections, ${name} only`, r));
    }

    const repeated = roster(10_000, 2_000, 1);
    const distinct = roster(10_000, 10_000, 2);
    console.log(`\nrosters: 10,000 rows (${(repeated.length / 1024).toFixed(0)} KB, 2,000 distinct titles) and 10,000 rows (${(distinct.length / 1024).toFixed(0)} KB, all distinct)`);
    const one = await postRoster(base, repeated);
    console.log(`one roster, 10,000 rows / 2,000 distinct: ${one.ms.toFixed(0)} ms (status ${one.status}, ${one.rows} rows)`);
    const oneD = await postRoster(base, distinct);
    console.log(`one roster, 10,000 distinct titles: ${oneD.ms.toFixed(0)} ms (status ${oneD.status})`);
    // 4 large rosters at once (each a fresh set of titles, so no cache helps), health measured beside them.
    const healthRun = run(base, 1, 8, ['/api/v1/health']);
    const t = performance.now();
    const four = await Promise.all([3, 4, 5, 6].map((s) => postRoster(base, roster(10_000, 10_000, s))));
    const wall = performance.now() - t;
    const health = await healthRun;
    const ok4 = four.filter((r) => r.status === 200);
    console.log(`4 rosters posted at once (10,000 distinct titles each): ${ok4.length} answered 200 (slowest ${Math.max(...ok4.map((r) => r.ms)).toFixed(0)} ms), ${four.length - ok4.length} answered 503; all done in ${wall.toFixed(0)} ms`);
    console.log(`| what | requests | p50 ms | p95 ms | p99 ms | req/s | errors |\n| --- | --- | --- | --- | --- | --- | --- |`);
    console.log(fmt('health, 1 connection, while the 4 rosters run (8 s)', health));
    // A burst beyond the limit (2 per server process): the extra ones get a quick 503 JSON error.
    const burst = await Promise.all([7, 8, 9, 10, 11, 12, 13, 14].map((s) => postRoster(base, roster(2_000, 2_000, s))));
    const busy = burst.filter((r) => r.status === 503);
    console.log(`burst of 8 rosters: ${burst.length - busy.length} answered 200, ${busy.length} answered 503 busy (slowest 503 in ${Math.max(0, ...busy.map((r) => r.ms)).toFixed(0)} ms)`);
    const ok = search.p95 < 30 && search.rps >= 400 && oneD.ms < 3000 && health.p95 < 50;
    console.log(`\ntargets: search p95 < 30 ms ${search.p95 < 30 ? 'ok' : 'MISSED'}; ≥ 400 req/s ${search.rps >= 400 ? 'ok' : 'MISSED'}; 10,000-row roster < 3 s ${oneD.ms < 3000 ? 'ok' : 'MISSED'}; health p95 < 50 ms under rosters ${health.p95 < 50 ? 'ok' : 'MISSED'}${ok ? '' : ' (on a shared machine: re-run on a quiet one)'}`);
  } finally {
    stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
