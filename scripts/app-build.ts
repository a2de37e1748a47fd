/**
 * Whether the production build (.next) is older than the code it was built from, so that `npm start`
 * after a `git pull` (or an edit) serves the new code instead of the last build. Compares the newest
 * modification time among the app's sources (files and folders: a removed file changes its folder)
 * with that of `.next/BUILD_ID`, which every `next build` writes.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * What `next build` compiles or reads, relative to the project root: these trees, these files, and the
 * JSON files in data/ (the title dictionary and calibration are imported; the folder itself is not
 * watched, since every database rebuild changes it).
 */
export const APP_SOURCES = { trees: ['app', 'lib', 'db', 'public'], files: ['next.config.ts', 'proxy.ts', 'instrumentation.ts', 'tsconfig.json', 'package.json', 'package-lock.json'], jsonIn: 'data' };

function newest(root: string, rel: string, best: { rel: string; ms: number }) {
  let st: fs.Stats;
  try {
    st = fs.statSync(path.join(root, rel));
  } catch {
    return;
  }
  if (st.mtimeMs > best.ms) {
    best.rel = rel;
    best.ms = st.mtimeMs;
  }
  if (st.isDirectory()) for (const name of fs.readdirSync(path.join(root, rel))) newest(root, path.join(rel, name), best);
}

/** Why the app must be built before serving, or null when `.next` is up to date with the sources. */
export function appBuildStale(root: string): string | null {
  let built: number;
  try {
    built = fs.statSync(path.join(root, '.next', 'BUILD_ID')).mtimeMs;
  } catch {
    return 'no production build';
  }
  const best = { rel: '', ms: -Infinity };
  for (const rel of [...APP_SOURCES.trees, ...APP_SOURCES.files]) newest(root, rel, best);
  let data: string[] = [];
  try {
    data = fs.readdirSync(path.join(root, APP_SOURCES.jsonIn)).filter((n) => n.endsWith('.json'));
  } catch {
    // no data folder
  }
  for (const n of data) newest(root, path.join(APP_SOURCES.jsonIn, n), best);
  return best.ms > built ? `${best.rel} changed since the last build` : null;
}
