/**
 * Persistent embedding cache keyed by (model id, sha256 of the text), in its own SQLite file so it
 * survives database rebuilds: a re-run embeds only texts it has not seen with that model.
 */
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fromBlob, toBlob } from '../score/vectors';

export function textHash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export class EmbeddingCache {
  private readonly db: Database.Database;
  private readonly get: Database.Statement<[string, string], { vector: Buffer }>;
  private readonly put: Database.Statement<[string, string, Buffer]>;

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // A cache: a crash may lose the last writes (they are embedded again), never corrupt the file;
    // without a sync per commit, a fresh setup's 67k new vectors do not wait on the disk 17 times.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec('CREATE TABLE IF NOT EXISTS embedding_cache (model_id TEXT NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model_id, text_hash)) WITHOUT ROWID');
    this.get = this.db.prepare('SELECT vector FROM embedding_cache WHERE model_id = ? AND text_hash = ?');
    this.put = this.db.prepare('INSERT OR REPLACE INTO embedding_cache (model_id, text_hash, vector) VALUES (?, ?, ?)');
  }

  lookup(model: string, hash: string): Float32Array | undefined {
    const r = this.get.get(model, hash);
    return r ? fromBlob(r.vector) : undefined;
  }

  storeMany(model: string, items: Array<{ hash: string; vector: Float32Array }>): void {
    this.db.transaction(() => {
      for (const it of items) this.put.run(model, it.hash, toBlob(it.vector));
    })();
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Embeds unique texts through the cache: cached vectors are reused, the rest embedded with `embed`
 * and stored. Returns a vector per input text (same order) and how many were newly embedded.
 */
export async function embedWithCache(
  texts: string[],
  model: string,
  cache: EmbeddingCache,
  embed: (texts: string[], onProgress?: (d: number, t: number) => void) => Promise<Float32Array[]>,
  onProgress?: (done: number, total: number) => void,
): Promise<{ vectors: Float32Array[]; embedded: number }> {
  const hashes = texts.map(textHash);
  const byHash = new Map<string, Float32Array>();
  const todo: string[] = [];
  const todoHashes: string[] = [];
  const pending = new Set<string>();
  hashes.forEach((h, i) => {
    if (byHash.has(h) || pending.has(h)) return;
    const v = cache.lookup(model, h);
    if (v) byHash.set(h, v);
    else {
      todo.push(texts[i]);
      todoHashes.push(h);
      pending.add(h);
    }
  });
  const CHUNK = 4096;
  for (let i = 0; i < todo.length; i += CHUNK) {
    const vs = await embed(todo.slice(i, i + CHUNK), (d) => onProgress?.(i + d, todo.length));
    const items = vs.map((vector, j) => ({ hash: todoHashes[i + j], vector }));
    cache.storeMany(model, items);
    for (const it of items) byHash.set(it.hash, it.vector);
  }
  return { vectors: hashes.map((h) => byHash.get(h)!), embedded: todo.length };
}
