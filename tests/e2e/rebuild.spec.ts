/**
 * Rebuilding the database under load (issue 13): 8 concurrent clients on pages and APIs, roster
 * uploads (one streamed slowly) and searches included, while the database file is replaced in place
 * every 1.5 s exactly as setup replaces it. Every answer must be a 2xx with its content, and once the
 * requests drain no server process may keep a replaced file open. Runs its own `npm start` on a copy
 * of ATLAS_DB (port E2E_PORT + 1); Linux only (reads /proc).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseEnv } from '../../lib/env';
import { loadWhileRebuilding, openOn, serverPids, startServer, type Server } from './rebuild-load';

const e = parseEnv();
const ROSTER = fs.readFileSync(path.resolve('tests/fixtures/matching/roster-eval.csv'), 'utf8');

test.describe('rebuild under load', () => {
  test.skip(process.platform !== 'linux', 'reads /proc');
  test.setTimeout(300_000);
  let dir: string;
  let file: string;
  let server: Server;

  test.beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-rebuild-'));
    file = path.join(dir, 'atlas.db');
    fs.copyFileSync(e.ATLAS_DB, file);
    server = await startServer(process.cwd(), file, e.E2E_PORT + 1);
  });
  test.afterAll(() => {
    server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('8 clients, roster uploads and searches included, get no error while the file is replaced; replaced files close once drained', async () => {
    const res = await loadWhileRebuilding(server.base, file, ROSTER, { clients: 8, ms: 10_000, rebuildEveryMs: 1500, minPerClient: 3 });
    expect(res.rebuilds).toBeGreaterThanOrEqual(5);
    expect(res.byKind.roster).toBeGreaterThanOrEqual(6);
    expect(res.byKind.search).toBeGreaterThanOrEqual(3);
    expect(res.byKind.page + res.byKind.api).toBeGreaterThanOrEqual(9);
    expect(res.failures).toEqual([]);

    // Drained: every server process holds the current file at most once, and no replaced one.
    const pids = serverPids(server.pid);
    expect(pids.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => pids.map((p) => openOn(p, file).replaced), { timeout: 10_000 }).toEqual(pids.map(() => 0));
    for (const p of pids) expect(openOn(p, file).current).toBeLessThanOrEqual(1);
    // And the processes say so: one open context each, no lease left.
    for (let i = 0; i < 6; i++) {
      const h = await (await fetch(`${server.base}/api/v1/health`)).json();
      expect(h.data).toMatchObject({ open: 1, leases: 1 });
      expect(h.data.closed).toBeGreaterThanOrEqual(1);
    }
  });
});
