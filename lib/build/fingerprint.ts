/**
 * A fingerprint of everything a build depends on: the input files (content hashes), the embedding
 * model id, and the code and data we write (lib/, db/migrations/, data/). Setup compares it with the
 * one stored in the database and does nothing when they match.
 */
import Database from 'better-sqlite3';
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
  for (const dir of opts.codeDirs ?? ['lib', 'db/migrations', 'data', 'scripts']) {
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
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      const r = db.prepare("SELECT value FROM build_info WHERE key = 'input_fingerprint'").get() as { value: string } | undefined;
      return r?.value ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
