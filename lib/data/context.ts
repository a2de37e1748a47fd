/**
 * One data context per opened database file: the read-only connection with its drizzle instance,
 * the statements prepared on it and every value derived from the file (occupation rows, scenario
 * and path data, the skill chain, the title matcher, the text scorer…). The file never changes while
 * open (a rebuild writes a new file and renames it over this one), so nothing here is ever
 * invalidated: a rebuild retires the whole context, and the connection closes once the last request
 * that leased it has released it.
 */
import fs from 'node:fs';
import { openReadonly, type ReadonlyDb } from '../../db';

/** A value computed from one database file at most once per context (see `derived`). */
export interface Derived<T> {
  readonly name: string;
  readonly build: (data: DataContext) => T;
}

/** Declares a value derived from the database; `data.get(d)` computes it on first use. */
export function derived<T>(name: string, build: (data: DataContext) => T): Derived<T> {
  return { name, build };
}

/** A family of derived values keyed by a string (one per state, per source, per group…). */
export function derivedBy<T, K extends string = string>(name: string, build: (data: DataContext, key: K) => T): (data: DataContext, key: K) => T {
  const maps = derived(name, () => new Map<K, T>());
  return (data, key) => {
    const m = data.get(maps);
    if (m.has(key)) return m.get(key) as T;
    const v = build(data, key);
    m.set(key, v);
    return v;
  };
}

let nextId = 1;

export class DataContext {
  readonly id = nextId++;
  private readonly values = new Map<Derived<unknown>, unknown>();
  private refs = 0;
  private retired = false;
  private closedFlag = false;
  /** Called once when the connection closes (the registry counts open contexts). */
  onClose: (() => void) | null = null;

  private constructor(
    readonly db: ReadonlyDb,
    readonly file: string,
    /** inode of the file when opened: a rebuild renames a new file over it, which changes it */
    readonly ino: number,
    /** short tag of the file (inode, mtime), for ETags of derived payloads */
    readonly tag: string,
  ) {}

  /** Opens `file` read-only. The caller owns the context (tests, scripts); the app leases it through lib/data/current. */
  static open(file: string): DataContext {
    const st = fs.statSync(file, { throwIfNoEntry: false });
    const db = openReadonly(file);
    const ino = st?.ino ?? -1;
    return new DataContext(db, file, ino, st ? `${st.ino.toString(36)}-${Math.round(st.mtimeMs).toString(36)}` : 'none');
  }

  /** The value `d` for this file, computed on first use. */
  get<T>(d: Derived<T>): T {
    if (this.values.has(d)) return this.values.get(d) as T;
    if (this.closedFlag) throw new Error(`data context ${this.id} is closed`);
    const v = d.build(this);
    this.values.set(d, v);
    return v;
  }

  /** Drops a derived value (e.g. a failed load, so the next request retries). */
  forget(d: Derived<unknown>): void {
    this.values.delete(d);
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Requests currently using this context. */
  get leases(): number {
    return this.refs;
  }

  acquire(): void {
    if (this.closedFlag) throw new Error(`data context ${this.id} is closed`);
    this.refs++;
  }

  release(): void {
    if (this.refs === 0) throw new Error(`data context ${this.id} released more often than acquired`);
    this.refs--;
    if (this.retired && this.refs === 0) this.close();
  }

  /** No new lease will take this context; it closes now if idle, else when its last lease is released. */
  retire(): void {
    this.retired = true;
    if (this.refs === 0) this.close();
  }

  close(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.values.clear();
    this.db.$client.close();
    this.onClose?.();
  }
}
