/**
 * The production server for the HTTP benches, started exactly as `npm start` runs it
 * (tooling/run.mjs start: one server process per core, ATLAS_WORKERS to change), or a running one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

export async function waitFor(url: string, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not come up`);
}

/** `url` when given; otherwise starts `npm start` on `port` (default: a free one) and waits for its health route. */
export async function benchServer(url: string, port?: number): Promise<{ base: string; stop: () => void }> {
  if (url) return { base: url, stop: () => {} };
  const p = port ?? (await freePort());
  const server: ChildProcess = spawn(process.execPath, [path.resolve('tooling/run.mjs'), 'start', '--port', String(p), '--host', '127.0.0.1'], { stdio: 'ignore', env: process.env, detached: true });
  const base = `http://127.0.0.1:${p}`;
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  try {
    await waitFor(`${base}/api/v1/health`);
  } catch (e) {
    stop();
    throw e;
  }
  return { base, stop };
}
