import fs from 'node:fs';
import path from 'node:path';

/** `<target>.tmp-<pid>-<ms>`, plus SQLite's `-journal`, `-wal`, `-shm` companions. */
const TEMP = /^(.*)\.tmp-(\d+)-(\d+)(-journal|-wal|-shm)?$/;

/** True when a process with this id is running (EPERM: it exists but belongs to another user). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that earlier builds of `target` left when they were killed: those whose
 * process id (in the name) no longer runs. A file of a live build, this one's included, is never touched.
 * Returns the removed paths.
 */
export function removeStaleTemps(target: string, isAlive: (pid: number) => boolean = alive): string[] {
  const dir = path.dirname(target);
  const base = path.basename(target);
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = TEMP.exec(name);
    if (!m || m[1] !== base || isAlive(Number(m[2]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed.push(path.join(dir, name));
  }
  return removed;
}

/**
 * Runs `build` against a temporary file beside `target` and renames it over `target` only when the
 * build returns. On any error the temporary file is removed and `target` is left as it was.
 * Readers that already opened `target` keep reading the old file (rename replaces the inode).
 * Before it starts, temporary files of killed earlier builds are removed (`onStaleRemoved` hears of them).
 */
export async function buildAtomically<T>(
  target: string,
  build: (tmp: string) => Promise<T> | T,
  opts: { startFrom?: string; onStaleRemoved?: (files: string[]) => void } = {},
): Promise<T> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const stale = removeStaleTemps(target);
  if (stale.length) opts.onStaleRemoved?.(stale);
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
