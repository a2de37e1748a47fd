/**
 * Multinomial logistic regression over dense and sparse (hashed) features, trained by SGD with a
 * deterministic shuffle, so a build is reproducible. Small enough to train in well under a second.
 */
import type { SparseVec } from './features';

export interface Example {
  dense: Float32Array;
  sparse: SparseVec;
  y: number;
  weight?: number;
}

export interface TrainOptions {
  classes: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}

export class SoftmaxModel {
  constructor(
    readonly classes: number,
    readonly denseDim: number,
    readonly sparseDim: number,
    readonly wd: Float32Array = new Float32Array(classes * denseDim),
    readonly ws: Float32Array = new Float32Array(classes * sparseDim),
    readonly b: Float32Array = new Float32Array(classes),
  ) {}

  logits(dense: Float32Array, sparse: SparseVec, out = new Float64Array(this.classes)): Float64Array {
    const { classes: C, denseDim: D, sparseDim: H } = this;
    for (let c = 0; c < C; c++) {
      let z = this.b[c];
      const od = c * D;
      for (let j = 0; j < D; j++) z += this.wd[od + j] * dense[j];
      const os = c * H;
      for (let k = 0; k < sparse.idx.length; k++) z += this.ws[os + sparse.idx[k]] * sparse.val[k];
      out[c] = z;
    }
    return out;
  }

  predict(dense: Float32Array, sparse: SparseVec): number[] {
    return softmax(Array.from(this.logits(dense, sparse)));
  }

  /** [classes, denseDim, sparseDim] as int32, then wd, ws, b as float32 (little-endian). */
  serialize(): Buffer {
    const head = Buffer.alloc(12);
    head.writeInt32LE(this.classes, 0);
    head.writeInt32LE(this.denseDim, 4);
    head.writeInt32LE(this.sparseDim, 8);
    const f = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    return Buffer.concat([head, f(this.wd), f(this.ws), f(this.b)]);
  }

  static deserialize(buf: Buffer): SoftmaxModel {
    const C = buf.readInt32LE(0);
    const D = buf.readInt32LE(4);
    const H = buf.readInt32LE(8);
    const expected = 12 + 4 * (C * D + C * H + C);
    if (buf.length !== expected) throw new Error(`calibration model: expected ${expected} bytes, got ${buf.length}`);
    const copy = new Uint8Array(buf.length - 12);
    copy.set(buf.subarray(12));
    const all = new Float32Array(copy.buffer);
    return new SoftmaxModel(C, D, H, all.slice(0, C * D), all.slice(C * D, C * D + C * H), all.slice(C * D + C * H));
  }
}

export function softmax(z: number[], temperature = 1): number[] {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp((x - m) / temperature));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

/** mulberry32: a tiny deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(examples: Example[], denseDim: number, sparseDim: number, opts: TrainOptions): SoftmaxModel {
  const C = opts.classes;
  const epochs = opts.epochs ?? 12;
  const lr0 = opts.learningRate ?? 0.5;
  const l2 = opts.l2 ?? 1e-4;
  const model = new SoftmaxModel(C, denseDim, sparseDim);
  const order = examples.map((_, i) => i);
  const rand = rng(opts.seed ?? 7);
  const z = new Float64Array(C);
  const g = new Float64Array(C);
  let step = 0;
  const total = epochs * examples.length;
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const ex = examples[i];
      const lr = lr0 * (1 - step / total) + 1e-3;
      step++;
      model.logits(ex.dense, ex.sparse, z);
      let m = -Infinity;
      for (let c = 0; c < C; c++) m = Math.max(m, z[c]);
      let s = 0;
      for (let c = 0; c < C; c++) {
        g[c] = Math.exp(z[c] - m);
        s += g[c];
      }
      const w = ex.weight ?? 1;
      for (let c = 0; c < C; c++) g[c] = w * (g[c] / s - (c === ex.y ? 1 : 0));
      for (let c = 0; c < C; c++) {
        const od = c * denseDim;
        const gc = g[c];
        for (let j = 0; j < denseDim; j++) model.wd[od + j] -= lr * (gc * ex.dense[j] + l2 * model.wd[od + j]);
        const os = c * sparseDim;
        for (let k = 0; k < ex.sparse.idx.length; k++) {
          const p = os + ex.sparse.idx[k];
          model.ws[p] -= lr * (gc * ex.sparse.val[k] + l2 * model.ws[p]);
        }
        model.b[c] -= lr * gc;
      }
    }
  }
  return model;
}
