/**
 * npm run setup — the whole pipeline: ingest → search index → reference labels → embed → score (the
 * offline model, when missing, is built in a second process during the first three), into a temporary
 * database that replaces ATLAS_DB only when every step succeeded (the previous database is never damaged).
 *
 * Usage: npm run setup [-- --onet DIR --bls DIR --reference DIR --db FILE]
 *   ONET_DIR, BLS_DIR, REFERENCE_DIR (optional: without it, rubric layer only), ATLAS_DB,
 *   EMBEDDING_MODEL (default atlas/glove-sif-100d, built offline on first run), ATLAS_CACHE_DIR.
 */
import { buildAtomically, removeStaleTemps } from '../lib/build/atomic';
import { buildFingerprint, storedFingerprint } from '../lib/build/fingerprint';
import { env } from '../lib/env';
import { log, runMain, wantsHelp } from '../lib/cli';
import { buildModelAlongside, embedInto, observedInto, printEmbedSummary, printObservedSummary, printScoreSummary, referenceInto, scoreInto, setBuildInfo } from '../lib/pipeline/build-steps';
import { indexInto, ingestInto, printIngestSummary, reportStale, resolveSources } from '../lib/pipeline/steps';

const USAGE = `Usage: npm run setup [-- --onet DIR --bls DIR --reference DIR --db FILE --force]\n  Builds ATLAS_DB: ingest O*NET and BLS, embed, score. Does nothing when inputs and code are unchanged (--force rebuilds).\n`;

runMain(async () => {
  const all = process.argv.slice(2);
  if (wantsHelp(all, USAGE)) return;
  const force = all.includes('--force');
  const argv = all.filter((a) => a !== '--force');
  const t0 = performance.now();
  const src = await resolveSources(argv);
  reportStale(removeStaleTemps(src.db));
  const fingerprint = buildFingerprint({ inputDirs: [src.onetDir, src.blsDir, src.referenceDir], model: env().EMBEDDING_MODEL });
  if (!force && storedFingerprint(src.db) === fingerprint) {
    log(`${src.db} is up to date with its inputs and code: nothing to do (--force rebuilds)`);
    return;
  }
  const model = buildModelAlongside(env().EMBEDDING_MODEL);
  try {
    await buildAtomically(src.db, async (tmp) => {
      printIngestSummary(ingestInto(tmp, src));
      indexInto(tmp);
      referenceInto(tmp, src); // still alongside the model build
      await model.wait();
      printEmbedSummary(await embedInto(tmp));
      printScoreSummary(await scoreInto(tmp));
      printObservedSummary(observedInto(tmp, src), src.db);
      setBuildInfo(tmp, { setup_seconds: ((performance.now() - t0) / 1000).toFixed(1), input_fingerprint: fingerprint });
    });
  } finally {
    model.stop();
  }
  log(`setup complete in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${src.db}`);
});
