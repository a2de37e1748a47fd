/**
 * Online setup: download the official O*NET and BLS files into a cache, then ingest from there.
 * Each file is fetched once (with a descriptive User-Agent, which BLS requires), its size checked
 * against Content-Length and plausible bounds, written to `<name>.part` and renamed when complete;
 * zips are unpacked next to it. A manifest records the bytes and sha256 of what was fetched.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';

export const USER_AGENT = 'ExposureAtlas/0.1 (open-source occupational exposure dashboard; https://www.onetcenter.org/database.html data user)';

export interface RemoteFile {
  /** Cache file name */
  name: string;
  url: string;
  minBytes: number;
  maxBytes: number;
  /** For zips: extract entries whose base name matches, into this subdirectory of the cache */
  unzip?: { into: 'onet' | 'bls'; match: RegExp };
  /** For plain files: copy into this subdirectory under the given name */
  place?: { into: 'onet' | 'bls'; as: string };
}

export function officialFiles(base = { onet: 'https://www.onetcenter.org', bls: 'https://www.bls.gov' }): RemoteFile[] {
  return [
    { name: 'db_30_1_text.zip', url: `${base.onet}/dl_files/database/db_30_1_text.zip`, minBytes: 2e6, maxBytes: 2e8, unzip: { into: 'onet', match: /\.txt$/ } },
    { name: 'oesm23nat.zip', url: `${base.bls}/oes/special-requests/oesm23nat.zip`, minBytes: 1e5, maxBytes: 5e7, unzip: { into: 'bls', match: /^national_M2023_dl\.xlsx$/ } },
    { name: 'occupation.xlsx', url: `${base.bls}/emp/ind-occ-matrix/occupation.xlsx`, minBytes: 1e5, maxBytes: 5e7, place: { into: 'bls', as: 'ep_2024_34_occupation.xlsx' } },
    // OEWS state estimates (optional for the build: the geography pages need them).
    { name: 'oesm25st.zip', url: `${base.bls}/oes/special-requests/oesm25st.zip`, minBytes: 1e5, maxBytes: 2e8, unzip: { into: 'bls', match: /^state_M2025_dl\.xlsx$/ } },
    { name: 'nem-onet-to-soc-crosswalk.xlsx', url: `${base.bls}/emp/documentation/nem-onet-to-soc-crosswalk.xlsx`, minBytes: 1e4, maxBytes: 2e7, place: { into: 'bls', as: 'nem-onet-to-soc-crosswalk.xlsx' } },
  ];
}

export class DownloadError extends Error {
  constructor(url: string, reason: string) {
    super(`download of ${url} failed: ${reason}`);
    this.name = 'DownloadError';
  }
}

async function fetchTo(file: RemoteFile, dest: string, onProgress?: (file: string, done: number, total?: number) => void, fetchImpl: typeof fetch = fetch): Promise<void> {
  const res = await fetchImpl(file.url, { headers: { 'User-Agent': USER_AGENT, Accept: '*/*' }, redirect: 'follow' }).catch((e: Error) => {
    throw new DownloadError(file.url, `${e.message} (offline? set ONET_DIR and BLS_DIR to directories holding the official files)`);
  });
  if (!res.ok || !res.body) throw new DownloadError(file.url, `HTTP ${res.status} ${res.statusText}`);
  const declared = res.headers.get('content-length');
  const total = declared ? Number(declared) : undefined;
  if (total !== undefined && (total < file.minBytes || total > file.maxBytes)) throw new DownloadError(file.url, `unexpected size ${total} bytes (expected ${file.minBytes}–${file.maxBytes})`);
  const part = `${dest}.part`;
  const out = fs.createWriteStream(part);
  let done = 0;
  const body = res.body.getReader();
  try {
    for (let next = await body.read(); !next.done; next = await body.read()) {
      const chunk = next.value;
      done += chunk.byteLength;
      if (done > file.maxBytes) throw new DownloadError(file.url, `larger than ${file.maxBytes} bytes`);
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      onProgress?.(file.name, done, total);
    }
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  } catch (e) {
    out.destroy();
    fs.rmSync(part, { force: true });
    await body.cancel().catch(() => {}); // stop the transfer (too large, or the disk failed)
    throw e;
  }
  if (total !== undefined && done !== total) {
    fs.rmSync(part, { force: true });
    throw new DownloadError(file.url, `truncated: received ${done} of ${total} bytes`);
  }
  if (done < file.minBytes) {
    fs.rmSync(part, { force: true });
    throw new DownloadError(file.url, `only ${done} bytes (expected at least ${file.minBytes}); the server may have sent an error page`);
  }
  fs.renameSync(part, dest);
}

export interface DownloadOptions {
  cacheDir: string;
  files?: RemoteFile[];
  onProgress?: (file: string, done: number, total?: number) => void;
  fetchImpl?: typeof fetch;
}

/** Downloads (or reuses from the cache) the official files; returns the directories to ingest from. */
export async function downloadOfficialFiles(opts: DownloadOptions): Promise<{ onetDir: string; blsDir: string; fetched: string[] }> {
  const root = path.join(opts.cacheDir, 'downloads');
  const dirs = { onet: path.join(root, 'onet'), bls: path.join(root, 'bls') };
  for (const d of [root, dirs.onet, dirs.bls]) fs.mkdirSync(d, { recursive: true });
  const manifestFile = path.join(root, 'manifest.json');
  const manifest: Record<string, { url: string; bytes: number; sha256: string }> = fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')) : {};
  const fetched: string[] = [];
  for (const f of opts.files ?? officialFiles()) {
    const dest = path.join(root, f.name);
    const known = manifest[f.name];
    const cached = known && known.url === f.url && fs.existsSync(dest) && fs.statSync(dest).size === known.bytes;
    if (!cached) {
      await fetchTo(f, dest, opts.onProgress, opts.fetchImpl);
      const buf = fs.readFileSync(dest);
      manifest[f.name] = { url: f.url, bytes: buf.length, sha256: crypto.createHash('sha256').update(buf).digest('hex') };
      fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
      fetched.push(f.name);
    }
    if (f.unzip) {
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(fs.readFileSync(dest));
      } catch (e) {
        throw new DownloadError(f.url, `not a valid zip archive (${(e as Error).message})`);
      }
      let n = 0;
      for (const [name, data] of Object.entries(entries)) {
        const base = path.posix.basename(name);
        if (!base || name.endsWith('/') || !f.unzip.match.test(base)) continue;
        fs.writeFileSync(path.join(dirs[f.unzip.into], base), data);
        n++;
      }
      if (n === 0) throw new DownloadError(f.url, `the archive has no entry matching ${f.unzip.match}`);
    } else if (f.place) {
      fs.copyFileSync(dest, path.join(dirs[f.place.into], f.place.as));
    }
  }
  return { onetDir: dirs.onet, blsDir: dirs.bls, fetched };
}
