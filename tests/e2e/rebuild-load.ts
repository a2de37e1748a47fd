/**
 * Load while rebuilding: the production server (`npm start`: tooling/run.mjs start, one process per
 * core) on a copy of the database, concurrent clients on pages and APIs (roster uploads streamed
 * slowly, searches, job-description scoring, scenarios), and the database replaced in place meanwhile
 * exactly as setup replaces it (a new file renamed over the old one, so its inode changes). Then the
 * open file descriptors of every server process, read from /proc: the replaced files must be closed
 * once the requests on them have drained. Used by rebuild.spec.ts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export interface Server {
  base: string;
  pid: number;
  stop: () => void;
}

/** Starts `node tooling/run.mjs start` in `cwd` on `db` and waits for its health route. */
export async function startServer(cwd: string, db: string, port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [path.join(cwd, 'tooling/run.mjs'), 'start', '--port', String(port), '--host', '127.0.0.1'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ATLAS_DB: db, ...env },
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const end = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > end || child.exitCode !== null) {
      stop();
      throw new Error(`server on ${base} did not come up`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { base, pid: child.pid!, stop };
}

/** Replaces `file` the way setup does: a complete new file renamed over it (new inode, same path). */
export function rebuildInPlace(file: string): void {
  const tmp = `${file}.rebuild-${process.pid}`;
  fs.copyFileSync(file, tmp);
  fs.renameSync(tmp, file);
}

/** The server processes under `primary` (the cluster workers, or next start's own), the primary included. */
export function serverPids(primary: number): number[] {
  const pids = [primary];
  for (let i = 0; i < pids.length; i++) {
    for (const d of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === pids[i] && !pids.includes(Number(d))) pids.push(Number(d));
      } catch {
        /* exited meanwhile */
      }
    }
  }
  return pids;
}

/** Descriptors of `pid` open on `file`: on the file at that path now, and on replaced (deleted) versions of it. */
export function openOn(pid: number, file: string): { current: number; replaced: number } {
  let current = 0;
  let replaced = 0;
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    let target: string;
    try {
      target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue;
    }
    if (target === file) current++;
    else if (target === `${file} (deleted)`) replaced++;
  }
  return { current, replaced };
}

export interface Failure {
  what: string;
  status: number;
  body: string;
}

export interface LoadResult {
  requests: number;
  rebuilds: number;
  byKind: Record<string, number>;
  failures: Failure[];
}

const PAGES = ['/', '/occupations', '/occupations/15-1252.00', '/search?q=blorf%20zzqx', '/occupations/23-2011.00', '/paths/43-9021.00', '/paths?q=qwerty%20zzz', '/skills', '/skills/2.A.1.c', '/states/CA', '/scenarios', '/compare', '/methodology'];
const SEARCHES = ['nurse', 'zzqx blorf', 'Sr. Claims Adj II - Night Shift', 'qwerty uiop', 'software enginer', 'xqzv blorp', 'data entry', 'asdfgh'];
const APIS = ['/api/v1/occupations?limit=5', '/api/v1/occupations/29-1141.00', '/api/v1/occupations/23-2011.00/paths', '/api/v1/skills', '/api/v1/states/TX', '/api/v1/scenarios/presets', '/api/v1/scenarios/explain?a=today&b=agents&codes=23-2011.00'];

interface Answer {
  status: number;
  body: string;
}

/**
 * One request on its own connection (no keep-alive: a reused socket the server has just timed out
 * would fail for the client's reasons, not the server's). `body` as an array is sent chunk by chunk
 * with `pauseMs` between chunks, so that a rebuild lands while the server is still reading it.
 */
function request(url: string, opts: { method?: string; type?: string; body?: string | string[]; pauseMs?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', agent: false, headers: opts.type ? { 'content-type': opts.type } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    const parts = opts.body === undefined ? [] : Array.isArray(opts.body) ? opts.body : [opts.body];
    void (async () => {
      for (const [i, part] of parts.entries()) {
        if (i > 0) await new Promise((r) => setTimeout(r, opts.pauseMs ?? 0));
        req.write(part);
      }
      req.end();
    })();
  });
}

/** `text` cut into `n` chunks at line ends. */
function chunks(text: string, n: number): string[] {
  const lines = text.split('\n');
  const per = Math.ceil(lines.length / n);
  return Array.from({ length: n }, (_, i) => lines.slice(i * per, (i + 1) * per).join('\n') + (i < n - 1 ? '\n' : '')).filter((c) => c !== '');
}

/**
 * Runs `clients` concurrent clients against `base` for `ms` (and until each made `minPerClient`
 * requests), rebuilding `file` every `rebuildEveryMs` while any client is still at work.
 * Two clients upload rosters (one slowly streamed), one scores job descriptions, one searches, and the
 * others walk pages and APIs. Every answer must be 2xx with the expected content.
 */
export async function loadWhileRebuilding(base: string, file: string, roster: string, opts: { clients: number; ms: number; rebuildEveryMs: number; minPerClient?: number }): Promise<LoadResult> {
  const res: LoadResult = { requests: 0, rebuilds: 0, byKind: {}, failures: [] };
  const end = Date.now() + opts.ms;
  let running = opts.clients;
  const record = async (kind: string, what: string, run: () => Promise<Answer>, check: (body: string) => boolean) => {
    res.requests++;
    res.byKind[kind] = (res.byKind[kind] ?? 0) + 1;
    try {
      const r = await run();
      if (!(r.status >= 200 && r.status < 300) || !check(r.body)) res.failures.push({ what, status: r.status, body: r.body.slice(0, 300) });
    } catch (e) {
      res.failures.push({ what, status: 0, body: `${String(e)} ${e instanceof Error && e.cause ? String(e.cause) : ''}` });
    }
  };
  const json = (k: string) => (b: string) => {
    try {
      return k in JSON.parse(b);
    } catch {
      return false;
    }
  };
  // A page whose render failed after streaming began still answers 200: its HTML then carries the
  // error's digest (in the RSC payload) for the error boundary.
  const html = (b: string) => b.includes('</html>') && !/digest\\?":/.test(b) && !b.includes('Something went wrong');
  const client = async (n: number) => {
    for (let i = 0; Date.now() < end || i < (opts.minPerClient ?? 0); i++) {
      if (n === 0 || n === 1) {
        const slow = n === 0;
        await record('roster', `POST /api/v1/roster (${slow ? 'streamed' : 'whole'})`, () => request(`${base}/api/v1/roster`, { method: 'POST', type: 'text/csv', body: slow ? chunks(roster, 6) : roster, pauseMs: 250 }), json('summary'));
      } else if (n === 2) {
        // The API, and the search and paths pages, whose unknown words wait for an embedding mid-request.
        const q = SEARCHES[i % SEARCHES.length];
        const where = ['/api/v1/search', '/search', '/paths'][i % 3];
        await record('search', `GET ${where}?q=${q}`, () => request(`${base}${where}?q=${encodeURIComponent(q)}`), where.startsWith('/api') ? json('results') : html);
      } else if (n === 3) {
        const text = `Claims Adjuster\nReview insurance claims and draft settlement letters.\nInspect damaged vehicles on site. ${i}`;
        await record('score', 'POST /api/v1/score', () => request(`${base}/api/v1/score`, { method: 'POST', type: 'application/json', body: JSON.stringify({ text }) }), json('occupations'));
      } else if (n === 4) {
        const body = JSON.stringify({ adoption: 0.5, tools: i % 2 === 0 });
        await record('scenario', 'POST /api/v1/scenarios/evaluate', () => request(`${base}/api/v1/scenarios/evaluate`, { method: 'POST', type: 'application/json', body }), json('summary'));
      } else if ((n + i) % 2 === 0) {
        const p = PAGES[(n * 7 + i) % PAGES.length];
        await record('page', `GET ${p}`, () => request(`${base}${p}`), html);
      } else {
        const a = APIS[(n * 5 + i) % APIS.length];
        await record('api', `GET ${a}`, () => request(`${base}${a}`), (b) => b.startsWith('{') || b.startsWith('['));
      }
    }
    running--;
  };
  // Rebuilds go on for as long as any client is still working (a slow machine stretches the run).
  const rebuilder = async () => {
    for (;;) {
      await new Promise((r) => setTimeout(r, opts.rebuildEveryMs));
      if (running === 0) return;
      rebuildInPlace(file);
      res.rebuilds++;
    }
  };
  await Promise.all([rebuilder(), ...Array.from({ length: opts.clients }, (_, n) => client(n))]);
  return res;
}
