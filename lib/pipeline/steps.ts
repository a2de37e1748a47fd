/** The pipeline steps behind the CLIs (ingest, setup): argument handling, progress and summaries. */
import Database from 'better-sqlite3';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openForBuild } from '../../db';
import { buildAtomically } from '../build/atomic';
import { env } from '../env';
import { blsTablesDir } from '../ingest/bls';
import { ingest, type IngestSummary } from '../ingest/build';
import { buildSearchIndex } from './search-index';
import { log, progressBar } from '../cli';

export interface Sources {
  onetDir: string;
  blsDir: string;
  referenceDir: string | undefined;
  db: string;
}

export async function resolveSources(argv: string[]): Promise<Sources> {
  const { values } = parseArgs({
    args: argv,
    options: { onet: { type: 'string' }, bls: { type: 'string' }, reference: { type: 'string' }, db: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const e = env();
  let onetDir = values.onet ?? e.ONET_DIR;
  let blsDir = values.bls ?? e.BLS_DIR;
  if (!onetDir || !blsDir) {
    const { downloadOfficialFiles } = await import('../ingest/download');
    log('ONET_DIR/BLS_DIR not set: downloading the official files');
    const bar = progressBar('download');
    const got = await downloadOfficialFiles({ cacheDir: e.ATLAS_CACHE_DIR, onProgress: (f, d, t) => bar.update(d, t ?? d, f) }).finally(() => bar.stop());
    onetDir ??= got.onetDir;
    blsDir ??= got.blsDir;
  }
  // Workbooks (.xlsx) are converted to TSV once, into the cache; a directory of TSVs is used as it is.
  blsDir = await blsTablesDir(blsDir, e.ATLAS_CACHE_DIR, (x, tsv) => log(`converted ${path.basename(x)} to ${tsv}`));
  return { onetDir, blsDir, referenceDir: values.reference ?? e.REFERENCE_DIR, db: values.db ?? e.ATLAS_DB };
}

export function ingestInto(file: string, src: Sources): IngestSummary {
  const db = openForBuild(file);
  const bar = progressBar('ingest');
  try {
    return ingest(db, { onetDir: src.onetDir, blsDir: src.blsDir, onStep: (step, d, t) => bar.update(d, t, step) });
  } finally {
    bar.stop();
    db.$client.close();
  }
}

/** The job-title search index (FTS5 prefix + trigram) over the ingested titles: setup's step after ingest. */
export function indexInto(file: string): void {
  const t0 = performance.now();
  const sqlite = new Database(file);
  try {
    const n = buildSearchIndex(sqlite);
    log(`search index: ${n.toLocaleString('en-US')} titles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    sqlite.close();
  }
}

export function printIngestSummary(s: IngestSummary) {
  log(`ingested ${s.release.onet}, ${s.release.oews}, ${s.release.projections} in ${(s.ms / 1000).toFixed(1)} s`);
  for (const [table, n] of Object.entries(s.rows)) log(`  ${table.padEnd(22)} ${n.toLocaleString('en-US').padStart(9)}`);
  if (s.optionalFilesMissing.length) log(`  optional O*NET files not present (fallbacks used): ${s.optionalFilesMissing.join(', ')}`);
}

/** Says which temporary files of killed earlier builds were removed. */
export function reportStale(files: string[]) {
  for (const f of files) log(`removed ${f} (left by an earlier build that was stopped)`);
}

export async function runIngest(argv: string[]) {
  const src = await resolveSources(argv);
  const summary = await buildAtomically(src.db, (tmp) => ingestInto(tmp, src), { onStaleRemoved: reportStale });
  printIngestSummary(summary);
  log(`database written to ${src.db}`);
}

