/**
 * A fingerprint of everything a build depends on: the input files (content hashes), the embedding
 * model id, and the code and data we write (lib/, db/migrations/, db/schema/ (the search table is created
 * by setup, not migrated), data/, scripts/). Setup compares it with the
 * one stored in the database and does nothing when they match.
 */
import { eq } from 'drizzle-orm';
import { openReadonly } from '../../db';
import { buildInfo } from '../../db/schema';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() || e.isSymbolicLink()) out.push(p);
  }
  return out;
}

export function buildFingerprint(opts: { inputDirs: Array<string | undefined>; model: string; codeDirs?: string[] }): string {
  const h = crypto.createHash('sha256');
  h.update(`model:${opts.model}\n`);
  for (const dir of opts.inputDirs) {
    h.update(`dir:${dir ? 'set' : 'unset'}\n`);
    if (!dir) continue;
    for (const f of walk(dir)) {
      h.update(`${path.relative(dir, f)}\n`);
      h.update(fs.readFileSync(f));
    }
  }
  for (const dir of opts.codeDirs ?? ['lib', 'db/migrations', 'db/schema', 'data', 'scripts']) {
    for (const f of walk(path.resolve(dir)).filter((f) => /\.(ts|sql|json)$/.test(f) && !f.includes(`${path.sep}cache${path.sep}`))) {
      h.update(`${path.relative(process.cwd(), f)}\n`);
      h.update(fs.readFileSync(f));
    }
  }
  return h.digest('hex');
}

export function storedFingerprint(dbFile: string): string | null {
  if (!fs.existsSync(dbFile)) return null;
  try {
    const db = openReadonly(dbFile);
    try {
      return db.select({ value: buildInfo.value }).from(buildInfo).where(eq(buildInfo.key, 'input_fingerprint')).get()?.value ?? null;
    } finally {
      db.$client.close();
    }
  } catch {
    return null;
  }
}

/**
 * Whether a built database came from other inputs or code than these (what `npm start` reports; it
 * does not rebuild). False when it matches, or when it has no fingerprint to compare.
 */
export function builtFromOther(dbFile: string, opts: { inputDirs: Array<string | undefined>; model: string }): boolean {
  const stored = storedFingerprint(dbFile);
  return stored !== null && stored !== buildFingerprint(opts);
}
