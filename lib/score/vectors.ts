/** Dense vector helpers; vectors are unit-normalised Float32Arrays, stored as little-endian blobs. */

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Cosine similarity of any two vectors (0 when either is zero). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : d / Math.sqrt(na * nb);
}

export function normalize(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i] /= n;
  return v;
}

export function toBlob(v: Float32Array): Buffer {
  return Buffer.from(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
}

export function fromBlob(b: Buffer | Uint8Array): Float32Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Float32Array(copy.buffer);
}

/** Indices and values of the k largest scores, best first. */
export function topK(scores: Float32Array | number[], k: number, exclude?: (i: number) => boolean): Array<{ index: number; score: number }> {
  const out: Array<{ index: number; score: number }> = [];
  for (let i = 0; i < scores.length; i++) {
    if (exclude?.(i)) continue;
    const s = scores[i];
    if (out.length < k) {
      out.push({ index: i, score: s });
      if (out.length === k) out.sort((a, b) => b.score - a.score);
    } else if (s > out[k - 1].score) {
      let j = k - 1;
      while (j > 0 && out[j - 1].score < s) j--;
      out.splice(j, 0, { index: i, score: s });
      out.pop();
    }
  }
  if (out.length < k) out.sort((a, b) => b.score - a.score);
  return out;
}

/** Row-major matrix of unit vectors, for fast similarity of one query against all rows. */
export class VectorMatrix {
  readonly data: Float32Array;
  constructor(
    readonly rows: number,
    readonly dim: number,
    data?: Float32Array,
  ) {
    this.data = data ?? new Float32Array(rows * dim);
  }
  static from(vectors: Float32Array[], dim?: number): VectorMatrix {
    const d = dim ?? vectors[0]?.length ?? 0;
    const m = new VectorMatrix(vectors.length, d);
    vectors.forEach((v, i) => m.data.set(v, i * d));
    return m;
  }
  row(i: number): Float32Array {
    return this.data.subarray(i * this.dim, (i + 1) * this.dim);
  }
  /** Cosine similarity of q (unit) with every row (unit). */
  similarities(q: Float32Array, out: Float32Array = new Float32Array(this.rows)): Float32Array {
    const { data, dim } = this;
    for (let r = 0; r < this.rows; r++) {
      let s = 0;
      const o = r * dim;
      for (let j = 0; j < dim; j++) s += data[o + j] * q[j];
      out[r] = s;
    }
    return out;
  }
}
