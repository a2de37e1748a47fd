#!/usr/bin/env node
/**
 * Runs a compiled command: `node tooling/run.mjs <name> [args]` imports dist/cli/<name>.mjs (built by
 * `npm ci` through tooling/build-cli.mjs). Only when a source file changed after that build (working
 * on the code) does it compile again first, and it says so; a fresh install never compiles here.
 */
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRIES, OUT, ROOT, WORKERS, buildCli } from './build-cli.mjs';

const name = process.argv[2];
if (!ENTRIES.includes(name)) {
  process.stderr.write(`error: unknown command ${name ?? '(none)'}; one of ${ENTRIES.join(', ')}\n`);
  process.exit(1);
}

/** Why the compiled commands must be rebuilt, or null when they are up to date. */
function staleReason() {
  let meta;
  try {
    meta = JSON.parse(fs.readFileSync(path.join(OUT, 'meta.json'), 'utf8'));
  } catch {
    return 'dist/cli is missing';
  }
  if ([...ENTRIES, ...WORKERS].some((e) => !meta.entries.includes(e))) return 'a command was added';
  for (const [f, mtimeMs] of Object.entries(meta.inputs ?? {})) {
    let st;
    try {
      st = fs.statSync(path.join(ROOT, f));
    } catch {
      return `${f} was removed`;
    }
    if (st.mtimeMs !== mtimeMs) return `${f} changed`;
  }
  return null;
}

const why = staleReason();
if (why) {
  process.stderr.write(`compiling the commands (${why} since the last build)\n`);
  await buildCli();
}
// Node 22.1+ keeps the compiled code of the modules on disk: later starts skip compiling them.
module.enableCompileCache?.();
process.argv.splice(2, 1);
await import(pathToFileURL(path.join(OUT, `${name}.mjs`)).href);
