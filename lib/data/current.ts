/**
 * The app's current data context (one per process) and its leases. A request leases the context
 * once and uses only it until it releases it, so a rebuild in the middle of a request (a roster
 * upload streaming in, a search awaiting its embedding) never mixes two files or meets a closed
 * connection: the rebuilt file gets a new context, and the old one closes when its leases drain.
 */
import fs from 'node:fs';
import { env } from '../env';
import { DataContext } from './context';

interface Registry {
  current: DataContext | null;
  open: Set<DataContext>;
  opened: number;
  closed: number;
  watch: ReturnType<typeof setInterval> | null;
}

declare global {
  // Kept on globalThis so hot reload in development does not leak connections.
  var __atlasData: Registry | undefined;
}

function registry(): Registry {
  return (globalThis.__atlasData ??= { current: null, open: new Set(), opened: 0, closed: 0, watch: null });
}

function inode(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.ino ?? -1;
}

/** How often an idle process checks whether the file was replaced, so an unused old context still closes. */
const WATCH_MS = 1000;

function retireIfReplaced(r: Registry): void {
  const cur = r.current;
  if (cur && inode(cur.file) !== cur.ino) {
    r.current = null;
    cur.retire();
  }
}

/** The context of the file at ATLAS_DB now, opening it when the file is new or was replaced. */
export function currentData(): DataContext {
  const r = registry();
  const file = env().ATLAS_DB;
  const cur = r.current;
  if (cur && cur.file === file && cur.ino === inode(file)) return cur;
  const next = DataContext.open(file);
  r.open.add(next);
  r.opened++;
  next.onClose = () => {
    r.open.delete(next);
    r.closed++;
  };
  r.current = next;
  cur?.retire();
  if (!r.watch) {
    r.watch = setInterval(() => retireIfReplaced(r), WATCH_MS);
    r.watch.unref();
  }
  return next;
}

export interface Lease {
  readonly data: DataContext;
  /** Idempotent. */
  release(): void;
}

/** Leases the current context: it stays open (even after a rebuild) until released. */
export function leaseData(): Lease {
  const data = currentData();
  data.acquire();
  let released = false;
  return {
    data,
    release() {
      if (released) return;
      released = true;
      data.release();
    },
  };
}

/** Runs `fn` on one leased context and releases it when `fn` (sync or async) is done. */
export async function withData<T>(fn: (data: DataContext) => T | Promise<T>): Promise<T> {
  const lease = leaseData();
  try {
    return await fn(lease.data);
  } finally {
    lease.release();
  }
}

export interface DataStats {
  /** contexts (connections) open in this process: 1 when idle, 2 while an old one drains */
  open: number;
  opened: number;
  closed: number;
  leases: number;
}

export function dataStats(): DataStats {
  const r = registry();
  return { open: r.open.size, opened: r.opened, closed: r.closed, leases: [...r.open].reduce((s, c) => s + c.leases, 0) };
}
