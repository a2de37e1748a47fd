/**
 * Features of a task statement for the calibrated layer: its embedding, its rubric profile and
 * hashed word unigrams and bigrams of the statement. Only the task text is used.
 */
export const HASH_BITS = 15;
export const HASH_SIZE = 1 << HASH_BITS;

const STOP = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or', 'for', 'in', 'on', 'with', 'by', 'as', 'such', 'at', 'from', 'into', 'other', 'that', 'be', 'is', 'are', 'their', 'its', 'etc', 'including', 'using', 'use']);

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w.length > 1)
    .map(stem);
}

/** A light stemmer: plural and common verb endings, enough to merge "reports/report", "prepares/prepare". */
export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface SparseVec {
  idx: Int32Array;
  val: Float32Array;
}

/** Hashed unigram (all words) and bigram (without stop words) indicators, L2-normalised. The first word (the verb) gets its own feature. */
export function textFeatures(text: string): SparseVec {
  const ws = words(text);
  const content = ws.filter((w) => !STOP.has(w));
  const keys = new Set<string>();
  for (const w of content) keys.add(`u:${w}`);
  for (let i = 0; i + 1 < content.length; i++) keys.add(`b:${content[i]}_${content[i + 1]}`);
  if (ws[0]) keys.add(`v:${ws[0]}`);
  const counts = new Map<number, number>();
  for (const k of keys) {
    const h = fnv1a(k) & (HASH_SIZE - 1);
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const idx = Int32Array.from(counts.keys());
  const val = Float32Array.from(counts.values());
  let n = 0;
  for (const v of val) n += v * v;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < val.length; i++) val[i] /= n;
  return { idx, val };
}
