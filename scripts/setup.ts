/**
 * npm run setup — the whole pipeline: ingest → embed → score, into a temporary database that replaces
 * ATLAS_DB only when every step succeeded (the previous database is never damaged).
 *
 * Usage: npm run setup [-- --onet DIR --bls DIR --reference DIR --db FILE]
 *   ONET_DIR, BLS_DIR, REFERENCE_DIR (optional: without it, rubric layer only), ATLAS_DB,
 *   EMBEDDING_MODEL (default atlas/glove-sif-100d, built offline on first run), ATLAS_CACHE_DIR.
 */
import { buildAtomically } from '../lib/build/atomic';
import { log, runMain, wantsHelp } from './cli';
import { embedInto, ingestInto, printEmbedSummary, printIngestSummary, printScoreSummary, resolveSources, scoreInto, setBuildInfo } from './steps';

const USAGE = `Usage: npm run setup [-- --onet DIR --bls DIR --reference DIR --db FILE]\n  Builds ATLAS_DB: ingest O*NET and BLS, embed, score.\n`;

runMain(async () => {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv, USAGE)) return;
  const t0 = performance.now();
  const src = await resolveSources(argv);
  await buildAtomically(src.db, async (tmp) => {
    printIngestSummary(ingestInto(tmp, src));
    printEmbedSummary(await embedInto(tmp, src));
    printScoreSummary(await scoreInto(tmp));
    setBuildInfo(tmp, { setup_seconds: ((performance.now() - t0) / 1000).toFixed(1) });
  });
  log(`setup complete in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${src.db}`);
});
