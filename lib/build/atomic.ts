import fs from 'node:fs';
import path from 'node:path';

/**
 * Runs `build` against a temporary file beside `target` and renames it over `target` only when the
 * build returns. On any error the temporary file is removed and `target` is left as it was.
 * Readers that already opened `target` keep reading the old file (rename replaces the inode).
 */
export async function buildAtomically<T>(target: string, build: (tmp: string) => Promise<T> | T, opts: { startFrom?: string } = {}): Promise<T> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}-${Date.now()}`;
  try {
    if (opts.startFrom) fs.copyFileSync(opts.startFrom, tmp);
    const result = await build(tmp);
    fs.renameSync(tmp, target);
    return result;
  } catch (e) {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
    throw e;
  }
}
