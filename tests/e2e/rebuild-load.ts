/**
 * Load while rebuilding: the production server (`npm start`: scripts/run.mjs start, one process per
 * core) on a copy of the database, concurrent clients on pages and APIs (roster uploads streamed
 * slowly, searches, job-description scoring, scenarios), and the database replaced in place meanwhile
 * exactly as setup replaces it (a new file renamed over the old one, so its inode changes). Then the
 * open file descriptors of every server process, read from /proc: the replaced files must be closed
 * once the requests on them have drained. Used by rebuild.spec.ts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Server {
  base: string;
  pid: number;
  stop: () => void;
}

/** Starts `node scripts/run.mjs start` in `cwd` on `db` and waits for its health route. */
export async function startServer(cwd: string, db: string, port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [path.join(cwd, 'scripts/run.mjs'), 'start', '--port', String(port), '--host', '127.0.0.1'], {
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

const PAGES = ['/', '/occupations', '/occupations/15-1252.00', '/occupations/23-2011.00', '/paths/43-9021.00', '/skills', '/skills/2.A.1.c', '/states/CA', '/scenarios', '/compare', '/methodology', '/search?q=paralegal'];
const SEARCHES = ['nurse', 'Sr. Claims Adj II - Night Shift', 'software enginer', 'data entry', 'welder', 'zzqx blorf', 'truck driver', 'HR generalist'];
const APIS = ['/api/v1/occupations?limit=5', '/api/v1/occupations/29-1141.00', '/api/v1/occupations/23-2011.00/paths', '/api/v1/skills', '/api/v1/states/TX', '/api/v1/scenarios/presets', '/api/v1/scenarios/explain?a=today&b=agents&codes=23-2011.00'];

/** A roster posted as a stream of chunks with pauses, so that a rebuild lands while it is read. */
function slowBody(text: string, chunks: number, pauseMs: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / chunks);
  let i = 0;
  return new ReadableStream({
    async pull(c) {
      if (i >= bytes.length) return c.close();
      if (i > 0) await new Promise((r) => setTimeout(r, pauseMs));
      c.enqueue(bytes.slice(i, i + size));
      i += size;
    },
  });
}

/**
 * Runs `clients` concurrent clients against `base` for `ms`, rebuilding `file` every `rebuildEveryMs`.
 * Two clients upload rosters (one slowly streamed), one scores job descriptions, one searches, and the
 * others walk pages and APIs. Every answer must be 2xx with the expected content.
 */
export async function loadWhileRebuilding(base: string, file: string, roster: string, opts: { clients: number; ms: number; rebuildEveryMs: number }): Promise<LoadResult> {
  const res: LoadResult = { requests: 0, rebuilds: 0, byKind: {}, failures: [] };
  const end = Date.now() + opts.ms;
  const record = async (kind: string, what: string, run: () => Promise<Response>, check: (r: Response, body: string) => boolean) => {
    res.requests++;
    res.byKind[kind] = (res.byKind[kind] ?? 0) + 1;
    try {
      const r = await run();
      const body = await r.text();
      if (!(r.status >= 200 && r.status < 300) || !check(r, body)) res.failures.push({ what, status: r.status, body: body.slice(0, 300) });
    } catch (e) {
      res.failures.push({ what, status: 0, body: String(e) });
    }
  };
  const json = (k: string) => (_r: Response, b: string) => {
    try {
      return k in JSON.parse(b);
    } catch {
      return false;
    }
  };
  const html = (_r: Response, b: string) => b.includes('</html>');
  const client = async (n: number) => {
    for (let i = 0; Date.now() < end; i++) {
      if (n === 0 || n === 1) {
        const slow = n === 0;
        await record('roster', `POST /api/v1/roster (${slow ? 'streamed' : 'whole'})`, () =>
          fetch(`${base}/api/v1/roster`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: slow ? slowBody(roster, 6, 250) : roster, ...(slow ? { duplex: 'half' } : {}) } as RequestInit),
        json('summary'));
      } else if (n === 2) {
        const q = SEARCHES[i % SEARCHES.length];
        await record('search', `GET /api/v1/search?q=${q}`, () => fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}`), json('results'));
      } else if (n === 3) {
        await record('score', 'POST /api/v1/score', () =>
          fetch(`${base}/api/v1/score`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: `Claims Adjuster\nReview insurance claims and draft settlement letters.\nInspect damaged vehicles on site. ${i}` }) }),
        json('occupations'));
      } else if (n === 4) {
        await record('scenario', 'POST /api/v1/scenarios/evaluate', () =>
          fetch(`${base}/api/v1/scenarios/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ adoption: 0.5, tools: i % 2 === 0 }) }),
        json('summary'));
      } else if ((n + i) % 2 === 0) {
        const p = PAGES[(n * 7 + i) % PAGES.length];
        await record('page', `GET ${p}`, () => fetch(`${base}${p}`), html);
      } else {
        const a = APIS[(n * 5 + i) % APIS.length];
        await record('api', `GET ${a}`, () => fetch(`${base}${a}`), (r, b) => b.startsWith('{') || b.startsWith('['));
      }
    }
  };
  const rebuilder = async () => {
    while (Date.now() < end - opts.rebuildEveryMs / 2) {
      await new Promise((r) => setTimeout(r, opts.rebuildEveryMs));
      rebuildInPlace(file);
      res.rebuilds++;
    }
  };
  await Promise.all([rebuilder(), ...Array.from({ length: opts.clients }, (_, n) => client(n))]);
  return res;
}
