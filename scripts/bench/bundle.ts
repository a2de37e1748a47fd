/**
 * Bundle report: the JavaScript each page makes the browser load (every <script src> of its HTML),
 * raw and gzipped, and its ratio to the framework baseline (the scripts every page shares).
 * Usage: npx tsx scripts/bench/bundle.ts [--url http://127.0.0.1:3000]   (else starts the server as `npm start` does; needs `npm run build`)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const PAGES = ['/', '/occupations', '/occupations/15-1252.00', '/search?q=nurse', '/compare', '/skills', '/skills/technology', '/methodology', '/scenarios', '/paths/43-9021.00', '/roster', '/score'];
const arg = (k: string, d: string) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

async function main() {
  let base = arg('--url', '');
  let server: ChildProcess | undefined;
  if (!base) {
    const port = await freePort();
    server = spawn(process.execPath, [path.resolve('scripts/run.mjs'), 'start', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, ATLAS_SKIP_WARMUP: '1' }, detached: true });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${base}/api/v1/health`)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    const sizes = new Map<string, { raw: number; gz: number }>();
    const scriptsOf = new Map<string, string[]>();
    for (const p of PAGES) {
      const html = await (await fetch(base + p)).text();
      const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
      scriptsOf.set(p, srcs);
      for (const s of srcs) {
        if (sizes.has(s)) continue;
        const buf = Buffer.from(await (await fetch(new URL(s, base))).arrayBuffer());
        sizes.set(s, { raw: buf.length, gz: zlib.gzipSync(buf).length });
      }
    }
    const shared = [...scriptsOf.values()].reduce((acc, l) => acc.filter((s) => l.includes(s)));
    const sum = (l: string[], k: 'raw' | 'gz') => l.reduce((t, s) => t + sizes.get(s)![k], 0);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    const baseGz = sum(shared, 'gz');
    console.log(`framework baseline (scripts on every page): ${kb(sum(shared, 'raw'))} raw, ${kb(baseGz)} gzipped`);
    for (const [p, l] of scriptsOf) {
      const own = l.filter((s) => !shared.includes(s));
      console.log(`${p.padEnd(28)} total ${kb(sum(l, 'gz')).padStart(7)} gz (${kb(sum(l, 'raw'))} raw); page-specific ${kb(sum(own, 'gz')).padStart(7)} gz; ratio to baseline ${(sum(l, 'gz') / baseGz).toFixed(2)}×`);
    }
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
