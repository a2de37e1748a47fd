/** KeyMatrix.search (MatMul → TopK in onnxruntime) against a brute-force JavaScript top-k. */
import { describe, expect, it } from 'vitest';
import { rng } from '../../../lib/score/classifier';
import { KeyMatrix } from '../../../lib/score/knn';
import { normalize } from '../../../lib/score/vectors';

function randomUnit(n: number, dim: number, seed: number): Float32Array[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => normalize(Float32Array.from({ length: dim }, () => r() * 2 - 1)));
}

function bruteForce(keys: Float32Array[], q: Float32Array, k: number) {
  return keys
    .map((v, index) => ({ index, score: v.reduce((s, x, i) => s + x * q[i], 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

describe('KeyMatrix.search', () => {
  const keys = randomUnit(300, 16, 1);
  const queries = randomUnit(25, 16, 2);
  const km = new KeyMatrix(keys);

  it('returns the same top k as a brute-force search, best first, across query chunks', async () => {
    const hits = await km.search(queries, 7, 6);
    expect(hits).toHaveLength(queries.length);
    queries.forEach((q, i) => {
      const want = bruteForce(keys, q, 7);
      expect(hits[i].map((h) => h.index)).toEqual(want.map((h) => h.index));
      hits[i].forEach((h, j) => expect(h.score).toBeCloseTo(want[j].score, 5));
    });
  });

  it('finds a key as its own nearest neighbour with similarity 1', async () => {
    const [hits] = await km.search([keys[123]], 1);
    expect(hits[0].index).toBe(123);
    expect(hits[0].score).toBeCloseTo(1, 5);
  });

  it('returns every key when k exceeds their number', async () => {
    const small = new KeyMatrix(keys.slice(0, 3));
    const [hits] = await small.search([queries[0]], 10);
    expect(hits.map((h) => h.index)).toEqual(bruteForce(keys.slice(0, 3), queries[0], 3).map((h) => h.index));
  });

  it('handles no queries and no keys', async () => {
    expect(await km.search([], 5)).toEqual([]);
    expect(await new KeyMatrix([], 16).search([queries[0], queries[1]], 5)).toEqual([[], []]);
    expect(km.size).toBe(300);
  });
});
