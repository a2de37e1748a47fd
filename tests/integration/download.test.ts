/**
 * Online setup against a local HTTP server that serves the official files from ../shared/data in
 * their published packaging (O*NET text zip, OEWS zip, EP workbook): download, cache, unpack, ingest.
 */
import { zipSync } from 'fflate';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openForBuild } from '../../db';
import { blsTablesDir } from '../../lib/ingest/bls';
import { ingest } from '../../lib/ingest/build';
import { downloadOfficialFiles, officialFiles, USER_AGENT, type RemoteFile } from '../../lib/ingest/download';
import { writeXlsx } from '../unit/ingest/xlsx';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-download-'));
const routes = new Map<string, Buffer>();
const seen: Array<{ url: string; ua: string | undefined }> = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
  const onet = process.env.ONET_DIR!;
  const bls = process.env.BLS_DIR!;
  const zipDir = (dir: string, prefix: string) =>
    Buffer.from(zipSync(Object.fromEntries(fs.readdirSync(dir).map((f) => [`${prefix}/${f}`, new Uint8Array(fs.readFileSync(path.join(dir, f)))]))));
  routes.set('/dl_files/database/db_30_1_text.zip', zipDir(onet, 'db_30_1_text'));
  routes.set('/oes/special-requests/oesm23nat.zip', Buffer.from(zipSync({ 'oesm23nat/national_M2023_dl.xlsx': new Uint8Array(fs.readFileSync(path.join(bls, 'national_M2023_dl.xlsx'))) })));
  // The staged state file is its TSV conversion: the test serves it as the official zipped workbook.
  const stateXlsx = path.join(tmp, 'state_M2025_dl.xlsx');
  fs.mkdirSync(tmp, { recursive: true });
  writeXlsx(stateXlsx, [['state_M2025_dl', fs.readFileSync(path.join(bls, 'state_M2025_dl.tsv'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'))]]);
  routes.set('/oes/special-requests/oesm25st.zip', Buffer.from(zipSync({ 'oesm25st/state_M2025_dl.xlsx': new Uint8Array(fs.readFileSync(stateXlsx)) })));
  routes.set('/emp/ind-occ-matrix/occupation.xlsx', fs.readFileSync(path.join(bls, 'ep_2024_34_occupation.xlsx')));
  routes.set('/emp/documentation/nem-onet-to-soc-crosswalk.tsv', fs.readFileSync(path.join(bls, 'nem-onet-to-soc-crosswalk.tsv')));
  routes.set('/truncated.xlsx', Buffer.alloc(200_000, 1));
  server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', ua: req.headers['user-agent'] });
    if (req.url === '/truncated.xlsx') {
      res.writeHead(200, { 'Content-Length': '400000' });
      res.write(routes.get('/truncated.xlsx'));
      res.destroy();
      return;
    }
    const body = routes.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Length': String(body.length) }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function files(): RemoteFile[] {
  // The staged crosswalk is the TSV conversion; the published one is a workbook.
  return officialFiles({ onet: base, bls: base }).map((f) =>
    f.name.startsWith('nem-onet') ? { ...f, name: 'nem-onet-to-soc-crosswalk.tsv', url: `${base}/emp/documentation/nem-onet-to-soc-crosswalk.tsv`, place: { into: 'bls' as const, as: 'nem-onet-to-soc-crosswalk.tsv' } } : f,
  );
}

describe('downloading the official files', () => {
  it('downloads with a User-Agent, unpacks, and the result ingests to the published counts', async () => {
    const cacheDir = path.join(tmp, 'cache');
    const got = await downloadOfficialFiles({ cacheDir, files: files() });
    expect(got.fetched).toHaveLength(5);
    expect(seen.every((s) => s.ua === USER_AGENT)).toBe(true);
    expect(fs.existsSync(path.join(got.onetDir, 'Task Statements.txt'))).toBe(true);
    const db = openForBuild(path.join(tmp, 'downloaded.db'));
    // The downloaded workbooks (OEWS, Employment Projections) are converted to TSV, as setup does.
    const blsDir = await blsTablesDir(got.blsDir, cacheDir);
    expect(fs.readdirSync(blsDir).sort()).toEqual(['ep_2024_34_occupation_table_1_2.tsv', 'national_M2023_dl.tsv', 'nem-onet-to-soc-crosswalk.tsv', 'state_M2025_dl.tsv']);
    const summary = ingest(db, { onetDir: got.onetDir, blsDir });
    expect(summary.rows.occupations).toBe(1016);
    expect(summary.rows.tasks).toBe(18796);
    const n = (db.$client.prepare('SELECT count(*) n FROM occupation_labor WHERE employment > 0').get() as { n: number }).n;
    expect(n).toBeGreaterThanOrEqual(850);
    expect(summary.rows.state_areas).toBe(51);
    expect(summary.rows.state_oews).toBe(35223);
    db.$client.close();

    // A second run uses the cache: nothing is fetched again.
    const before = seen.length;
    const again = await downloadOfficialFiles({ cacheDir, files: files() });
    expect(again.fetched).toEqual([]);
    expect(seen.length).toBe(before);
  });

  it('rejects a truncated download and leaves no partial file', async () => {
    const cacheDir = path.join(tmp, 'cache-trunc');
    const bad: RemoteFile = { name: 'x.xlsx', url: `${base}/truncated.xlsx`, minBytes: 1000, maxBytes: 1e6, place: { into: 'bls', as: 'x.xlsx' } };
    await expect(downloadOfficialFiles({ cacheDir, files: [bad] })).rejects.toThrow(/truncated|terminated|closed|aborted|socket/i);
    expect(fs.readdirSync(path.join(cacheDir, 'downloads')).filter((f) => f.startsWith('x.xlsx'))).toEqual([]);
  });

  it('reports an HTTP error with the URL', async () => {
    const bad: RemoteFile = { name: 'y.xlsx', url: `${base}/missing.xlsx`, minBytes: 1, maxBytes: 10, place: { into: 'bls', as: 'y.xlsx' } };
    await expect(downloadOfficialFiles({ cacheDir: path.join(tmp, 'c2'), files: [bad] })).rejects.toThrow(/missing\.xlsx failed: HTTP 404/);
  });
});
