/** The softmax regression: softmax, the deterministic PRNG, training on separable data, serialisation. */
import { describe, expect, it } from 'vitest';
import { rng, softmax, SoftmaxModel, train, type Example } from '../../../lib/score/classifier';

const empty = { idx: new Int32Array(0), val: new Float32Array(0) };

function blobs(n: number, seed: number): Example[] {
  const r = rng(seed);
  const centres = [
    [2, 0],
    [-1, 1.7],
    [-1, -1.7],
  ];
  return Array.from({ length: n }, (_, i) => {
    const y = i % 3;
    return { dense: Float32Array.from(centres[y].map((c) => c + (r() - 0.5) * 0.8)), sparse: empty, y };
  });
}

describe('softmax', () => {
  it('sums to 1, keeps order and survives large logits', () => {
    const p = softmax([1000, 1001, 999]);
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 12);
    expect(p[1]).toBeGreaterThan(p[0]);
    expect(p[0]).toBeGreaterThan(p[2]);
    const q = softmax([0, Math.log(3)]);
    expect(q[0]).toBeCloseTo(0.25, 12);
    expect(q[1]).toBeCloseTo(0.75, 12);
  });

  it('flattens with temperature', () => {
    const sharp = softmax([1, 2], 0.1);
    const flat = softmax([1, 2], 10);
    expect(sharp[1]).toBeGreaterThan(flat[1]);
    expect(flat[1]).toBeCloseTo(1 / (1 + Math.exp(-0.1)), 12);
  });
});

describe('rng', () => {
  it('is deterministic per seed and within [0, 1)', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(rng(43)()).not.toBe(xs[0]);
  });
});

describe('train', () => {
  const data = blobs(90, 5);
  const model = train(data, 2, 8, { classes: 3, seed: 1 });

  it('separates separable classes', () => {
    const test = blobs(30, 99);
    const correct = test.filter((ex) => {
      const p = model.predict(ex.dense, ex.sparse);
      return p.indexOf(Math.max(...p)) === ex.y;
    }).length;
    expect(correct).toBe(30);
  });

  it('uses sparse features too', () => {
    const sparseOnly = (k: number, y: number): Example => ({ dense: new Float32Array(2), sparse: { idx: Int32Array.of(k), val: Float32Array.of(1) }, y });
    const m = train([sparseOnly(1, 0), sparseOnly(5, 2), sparseOnly(1, 0), sparseOnly(5, 2)], 2, 8, { classes: 3, epochs: 30 });
    const p1 = m.predict(new Float32Array(2), { idx: Int32Array.of(1), val: Float32Array.of(1) });
    const p5 = m.predict(new Float32Array(2), { idx: Int32Array.of(5), val: Float32Array.of(1) });
    expect(p1.indexOf(Math.max(...p1))).toBe(0);
    expect(p5.indexOf(Math.max(...p5))).toBe(2);
  });

  it('is reproducible with the same seed', () => {
    const again = train(data, 2, 8, { classes: 3, seed: 1 });
    expect(Buffer.compare(again.serialize(), model.serialize())).toBe(0);
  });

  it('round-trips through serialize / deserialize', () => {
    const copy = SoftmaxModel.deserialize(model.serialize());
    expect([copy.classes, copy.denseDim, copy.sparseDim]).toEqual([3, 2, 8]);
    for (const ex of data.slice(0, 10)) expect(copy.predict(ex.dense, ex.sparse)).toEqual(model.predict(ex.dense, ex.sparse));
    // Also from a Buffer that is a view into a larger allocation (as SQLite blobs can be).
    const big = Buffer.concat([Buffer.alloc(3), model.serialize()]).subarray(3);
    expect(SoftmaxModel.deserialize(big).predict(data[0].dense, empty)).toEqual(model.predict(data[0].dense, empty));
  });

  it('rejects a blob of the wrong size', () => {
    const buf = model.serialize();
    expect(() => SoftmaxModel.deserialize(buf.subarray(0, buf.length - 4))).toThrow(`calibration model: expected ${buf.length} bytes, got ${buf.length - 4}`);
  });
});
