/** The pipeline steps behind the CLIs (ingest, setup): argument handling, progress and summaries. */
import { parseArgs } from 'node:util';
import { openForBuild } from '../db';
import { buildAtomically } from '../lib/build/atomic';
import { env } from '../lib/env';
import { ingest, type IngestSummary } from '../lib/ingest/build';
import { log, progressBar } from './cli';

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
    const { downloadOfficialFiles } = await import('../lib/ingest/download');
    log('ONET_DIR/BLS_DIR not set: downloading the official files');
    const got = await downloadOfficialFiles({ cacheDir: e.ATLAS_CACHE_DIR, onProgress: (f, d, t) => log(`  ${f}: ${d}/${t ?? '?'} bytes`) });
    onetDir ??= got.onetDir;
    blsDir ??= got.blsDir;
  }
  return { onetDir, blsDir, referenceDir: values.reference ?? e.REFERENCE_DIR, db: values.db ?? e.ATLAS_DB };
}

export function ingestInto(file: string, src: Sources): IngestSummary {
  const db = openForBuild(file);
  const bar = progressBar('ingest');
  try {
    return ingest(db.$client, { onetDir: src.onetDir, blsDir: src.blsDir, onStep: (step, d, t) => bar.update(d, t, step) });
  } finally {
    bar.stop();
    db.$client.close();
  }
}

export function printIngestSummary(s: IngestSummary) {
  log(`ingested ${s.release.onet}, ${s.release.oews}, ${s.release.projections} in ${(s.ms / 1000).toFixed(1)} s`);
  for (const [table, n] of Object.entries(s.rows)) log(`  ${table.padEnd(22)} ${n.toLocaleString('en-US').padStart(9)}`);
  if (s.optionalFilesMissing.length) log(`  optional O*NET files not present (fallbacks used): ${s.optionalFilesMissing.join(', ')}`);
}

export async function runIngest(argv: string[]) {
  const src = await resolveSources(argv);
  const summary = await buildAtomically(src.db, (tmp) => ingestInto(tmp, src));
  printIngestSummary(summary);
  log(`database written to ${src.db}`);
}
