/**
 * Benchmark: pages and API under concurrent clients, against the production server.
 * Each target gets `--clients` concurrent loops for `--seconds`; prints p50/p95/p99 latency, errors
 * and throughput, and each target's p95 as a ratio to a trivial route (/api/v1/health) measured the
 * same way in the same run (the server's floor on this machine).
 * Usage: npx tsx scripts/bench/http.ts [--url http://127.0.0.1:3000] [--clients 16] [--seconds 5]
 *   Without --url it starts the production server as `npm start` does (scripts/bench/server.ts) on a free port (needs `npm run build` and ATLAS_DB).
 */
import { benchServer } from './server';

const arg = (k: string, d: string) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);
const clients = Number(arg('--clients', '16'));
const seconds = Number(arg('--seconds', '5'));

interface Target {
  name: string;
  /** one path, or several used in turn */
  path: string | string[];
  /** concurrent clients for this target (default --clients) */
  clients?: number;
  method?: 'GET' | 'POST';
  body?: unknown;
  /** p95 goal in ms */
  goal?: number;
}

const QUERIES = ['rn', 'software enginer', 'data entry', 'paralegal', 'hr generalist', 'truck driver', 'nurse practitioner', 'accountant', 'cashier', 'teacher', 'web developer', 'electrician', 'plumber', 'janitor', 'customer service rep', 'bookkeeper', 'pharmacist', 'dental hygenist', 'forklift operator', 'graphic designer', 'marketing manager', 'financial analist', 'translator', 'barista', 'auto mechanic', 'welder', 'lawyer', 'physician assistant', 'data scientist', 'project manager'];
const SEARCHES = QUERIES.map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`);
const PREFIXES = QUERIES.map((q) => `/api/v1/search?q=${encodeURIComponent(q.slice(0, 4))}`);

const TARGETS: Target[] = [
  { name: 'health (baseline)', path: '/api/v1/health' },
  { name: 'occupation page', path: '/occupations/15-1252.00', goal: 150 },
  { name: 'occupation API', path: '/api/v1/occupations/43-4051.00', goal: 150 },
  { name: 'occupations list API', path: '/api/v1/occupations?limit=100&sort=beta&dir=desc', goal: 150 },
  { name: 'search API, 30 queries', path: SEARCHES, goal: 30 },
  { name: 'search API, 1 client', path: SEARCHES, clients: 1, goal: 30 },
  { name: 'search prefixes, 1 client', path: PREFIXES, clients: 1, goal: 30 },
  { name: 'scenario evaluate', path: '/api/v1/scenarios/evaluate', method: 'POST', body: { levels: { writing: 0.8, coding: 0.9 }, adoption: 0.7, tools: true }, goal: 200 },
  { name: 'paths API', path: '/api/v1/occupations/43-9021.00/paths', goal: 150 },
];

async function load(base: string, t: Target) {
  const lat: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const init: RequestInit = t.method === 'POST' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(t.body) } : {};
  const paths = Array.isArray(t.path) ? t.path : [t.path];
  let next = 0;
  await Promise.all(
    Array.from({ length: t.clients ?? clients }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const r = await fetch(base + paths[next++ % paths.length], init);
          await r.arrayBuffer();
          if (!r.ok) errors++;
        } catch {
          errors++;
        }
        lat.push(performance.now() - t0);
      }
    }),
  );
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
  return { n: lat.length, errors, p50: q(0.5), p95: q(0.95), p99: q(0.99), rps: lat.length / seconds };
}

async function main() {
  const { base, stop } = await benchServer(arg('--url', ''));
  try {
    // Warm every route once (first requests compile nothing in production but fill caches).
    for (const t of TARGETS) await fetch(base + (Array.isArray(t.path) ? t.path[0] : t.path), t.method === 'POST' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(t.body) } : {}).then((r) => r.arrayBuffer()).catch(() => undefined);
    console.log(`${clients} concurrent clients, ${seconds} s per target, ${base}`);
    let floor = 0;
    for (const t of TARGETS) {
      const r = await load(base, t);
      if (!floor) floor = r.p95;
      const verdict = t.goal ? (r.p95 <= t.goal && r.errors === 0 ? 'ok' : 'MISSED') : '';
      console.log(
        `${t.name.padEnd(26)} c=${String(t.clients ?? clients).padStart(2)} n=${String(r.n).padStart(6)} err=${r.errors} p50=${r.p50.toFixed(1)}ms p95=${r.p95.toFixed(1)}ms p99=${r.p99.toFixed(1)}ms ${r.rps.toFixed(0)} req/s  p95/baseline=${(r.p95 / floor).toFixed(1)}×${t.goal ? `  goal p95≤${t.goal}ms: ${verdict}` : ''}`,
      );
    }
  } finally {
    stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
