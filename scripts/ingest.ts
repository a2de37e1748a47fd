/**
 * npm run ingest — build the database from the official O*NET and BLS files.
 *
 * Usage: npm run ingest [-- --onet DIR --bls DIR --db FILE]
 *   Defaults come from ONET_DIR, BLS_DIR and ATLAS_DB. Without a directory, the official files are
 *   downloaded into ATLAS_CACHE_DIR first. The database is built in a temporary file and renamed over
 *   ATLAS_DB only when complete and checked; on a bad row it stops with `file:line: reason`, exit 1.
 */
import { runIngest } from '../lib/pipeline/steps';
import { runMain, wantsHelp } from '../lib/cli';

const USAGE = `Usage: npm run ingest [-- --onet DIR --bls DIR --db FILE]\n  Builds the database (ATLAS_DB) from O*NET (ONET_DIR) and BLS (BLS_DIR) files.\n`;

runMain(async () => {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv, USAGE)) return;
  await runIngest(argv);
});
