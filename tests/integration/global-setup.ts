/**
 * Integration tests run against a database built from the full real data. `npm test` builds it
 * (tests/.tmp/atlas.db) and passes ATLAS_DB; run alone, this builds it when missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export default function setup() {
  const shared = path.resolve('../shared/data');
  process.env.ONET_DIR ??= path.join(shared, 'onet');
  process.env.BLS_DIR ??= path.join(shared, 'bls');
  process.env.REFERENCE_DIR ??= path.join(shared, 'reference');
  const db = path.resolve(process.env.ATLAS_DB ?? 'tests/.tmp/atlas.db');
  process.env.ATLAS_DB = db;
  if (!fs.existsSync(db)) {
    const r = spawnSync(process.execPath, [path.resolve('tooling/run.mjs'), 'setup', '--db', db], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('building the integration database failed');
  }
}
