/**
 * Whether the production build (.next) was made from the sources as they are now, so that `npm start`
 * after a `git pull` (or an edit) serves the new code instead of the last build. Like the compiled
 * commands (tooling/run.mjs), a build records the modification time of every source it read, taken
 * just before it started (an edit made during the build is seen next time), keyed to the build's id;
 * the build is current when that record matches the files exactly (a file with a future time does not
 * make every start rebuild; a copy that keeps older times still differs). No record, or a record of
 * another build (a `next build` run by hand), means build again.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * What `next build` compiles or reads, relative to the project root: these trees, these files, and the
 * JSON files in data/ (the title dictionary and the match calibration are imported).
 */
export const APP_SOURCES = { trees: ['app', 'lib', 'db', 'public'], files: ['next.config.ts', 'proxy.ts', 'instrumentation.ts', 'tsconfig.json', 'package.json', 'package-lock.json'], jsonIn: 'data' };
const RECORD = path.join('.next', 'atlas-sources.json');

export type SourceTimes = Record<string, number>;

function addFiles(root: string, rel: string, out: SourceTimes) {
  let st: fs.Stats;
  try {
    st = fs.statSync(path.join(root, rel));
  } catch {
    return;
  }
  if (st.isDirectory()) for (const name of fs.readdirSync(path.join(root, rel)).sort()) addFiles(root, path.join(rel, name), out);
  else out[rel] = st.mtimeMs;
}

/** Every source file of the app with its modification time. */
export function sourceTimes(root: string): SourceTimes {
  const out: SourceTimes = {};
  for (const rel of [...APP_SOURCES.trees, ...APP_SOURCES.files]) addFiles(root, rel, out);
  let data: string[] = [];
  try {
    data = fs.readdirSync(path.join(root, APP_SOURCES.jsonIn)).filter((n) => n.endsWith('.json'));
  } catch {
    // no data folder
  }
  for (const n of data.sort()) addFiles(root, path.join(APP_SOURCES.jsonIn, n), out);
  return out;
}

function buildId(root: string): string | null {
  try {
    return fs.readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * Runs a `next build` (`build`, which throws when it fails) and records the sources as they were when it
 * started, so that an edit made while it ran is seen at the next start. A failed build records nothing.
 */
export function recordedBuild(root: string, build: () => void): void {
  const before = sourceTimes(root);
  build();
  const id = buildId(root);
  if (id) fs.writeFileSync(path.join(root, RECORD), `${JSON.stringify({ buildId: id, sources: before })}\n`);
}

/** Why the app must be built before serving, or null when `.next` was built from the sources as they are. */
export function appBuildStale(root: string): string | null {
  const id = buildId(root);
  if (!id) return 'no production build';
  let record: { buildId?: unknown; sources?: unknown };
  try {
    record = JSON.parse(fs.readFileSync(path.join(root, RECORD), 'utf8')) as typeof record;
  } catch {
    return 'the last build has no record of its sources';
  }
  if (record.buildId !== id || typeof record.sources !== 'object' || record.sources === null) return 'the last build has no record of its sources';
  const was = record.sources as SourceTimes;
  const now = sourceTimes(root);
  for (const [rel, ms] of Object.entries(now)) {
    if (!(rel in was)) return `${rel} was added since the last build`;
    if (was[rel] !== ms) return `${rel} changed since the last build`;
  }
  for (const rel of Object.keys(was)) if (!(rel in now)) return `${rel} was removed since the last build`;
  return null;
}
