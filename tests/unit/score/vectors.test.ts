/** Vector helpers: blobs, normalisation, cosine similarities and topK against a plain sort. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dot, fromBlob, normalize, toBlob, topK, VectorMatrix } from '../../../lib/score/vectors';

describe('vectors', () => {
  it('normalises to unit length and leaves zero vectors alone', () => {
    const v = normalize(new Float32Array([3, 4]));
    expect([...v]).toEqual([0.6000000238418579, 0.800000011920929]);
    expect([...normalize(new Float32Array(3))]).toEqual([0, 0, 0]);
  });

  it('round-trips through a blob, also from a subarray view', () => {
    const big = new Float32Array([9, 1.5, -2, 3.25, 9]);
    const v = big.subarray(1, 4);
    const b = toBlob(v);
    expect(b.length).toBe(12);
    expect([...fromBlob(b)]).toEqual([1.5, -2, 3.25]);
    expect([...fromBlob(new Uint8Array(b).subarray(4))]).toEqual([-2, 3.25]);
  });

  it('VectorMatrix.similarities is the dot product with each row', () => {
    const rows = [new Float32Array([1, 0, 0]), new Float32Array([0, 1, 0]), normalize(new Float32Array([1, 1, 0]))];
    const m = VectorMatrix.from(rows);
    const q = normalize(new Float32Array([1, 2, 2]));
    expect([...m.similarities(q)]).toEqual(rows.map((r) => Math.fround(dot(r, q))));
    expect([...m.row(2)]).toEqual([...rows[2]]);
  });

  it('topK returns the k largest scores, best first, skipping excluded indices (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (scores, k) => {
        const exclude = (i: number) => i % 7 === 3;
        const want = scores
          .map((score, index) => ({ index, score }))
          .filter((h) => !exclude(h.index))
          .sort((a, b) => b.score - a.score)
          .slice(0, k)
          .map((h) => h.score);
        expect(topK(scores, k, exclude).map((h) => h.score)).toEqual(want);
        for (const h of topK(scores, k, exclude)) expect(scores[h.index]).toBe(h.score);
      }),
    );
  });
});
