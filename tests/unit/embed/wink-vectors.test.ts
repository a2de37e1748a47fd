/**
 * parseWinkVectors (lib/embed/wink-vectors.ts) reads the word-vector JSON from its bytes: for any file
 * of that shape it must give exactly the numbers JSON.parse gives (bit for bit), and leave any other
 * shape to JSON.parse (null).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWinkVectors } from '../../../lib/embed/wink-vectors';

const DIM = 3;

/** The file as wink writes it: header, words, then vectors keyed by word ([components..., norm, index]). */
function file(words: string[], vectors: Array<[string, string[]]>, pad = ''): Buffer {
  const head = `{"precision":8,"l2NormIndex":${DIM},"wordIndex":${DIM + 1},"size":${words.length},"dimensions":${DIM},"words":${JSON.stringify(words)}`;
  const body = vectors.map(([w, nums]) => `${JSON.stringify(w)}:${pad}[${nums.join(`,${pad}`)}]`).join(`,${pad}`);
  return Buffer.from(`${head},"vectors":{${pad}${body}${pad}},"unkVector":[0,0,0,0,-1]}`);
}

/**
 * The reference is what JSON.parse means, built without asking V8 to parse object keys: on Node 24
 * JSON.parse can return a wrong key once it has parsed a `"\\"` key (V8's key cache; nodejs/node#63785:
 * after `{"\\":1}`, `{"\"":1}` reads back as `\`). So the words and keys come from what the test wrote
 * (a repeated key: the last one wins, as in JSON), and each vector's numbers from JSON.parse of that
 * array alone, which has no keys.
 */
function expectSameAsJson(buf: Buffer, entries: Array<[string, string[]]>, pad: string) {
  const vectors = new Map<string, number[]>();
  for (const [w, nums] of entries) {
    vectors.set(w, JSON.parse(`[${nums.join(`,${pad}`)}]`) as number[]);
  }
  const got = parseWinkVectors(buf);
  expect(got).not.toBeNull();
  expect(got!.words).toEqual(entries.map(([w]) => w));
  expect([...got!.offsets.keys()].sort()).toEqual([...vectors.keys()].filter((k) => vectors.get(k)!.length >= DIM).sort());
  for (const [w, v] of vectors) {
    const off = got!.offsets.get(w);
    if (v.length < DIM) continue;
    for (let d = 0; d < DIM; d++) expect(Object.is(got!.values[off! + d], v[d]), `${w}[${d}]: ${got!.values[off! + d]} vs ${v[d]}`).toBe(true);
  }
}

// Numbers as JSON writes them (shortest round trip, exponents), and as GloVe files do (fixed decimals).
const jsonNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
  fc.tuple(fc.boolean(), fc.nat(99), fc.nat(9_999_999), fc.integer({ min: 0, max: 9 })).map(([neg, a, b, z]) => `${neg ? '-' : ''}${a}.${'0'.repeat(z)}${b}`),
  fc.constantFrom('0', '-0', '1e5', '1E+2', '2.5e-7', '-3.4028234663852886e38', '123456789012345678', '0.1000000000000000055511151231257827', '9007199254740993'),
);
const word = fc.oneof(fc.constantFrom('the', ',', '"', '\\', 'naïve', 'a"b', 'x\ny', '日本'), fc.string({ minLength: 1, maxLength: 6 }));

describe('parseWinkVectors', () => {
  it('gives exactly what JSON.parse gives, for any words and numbers (escapes, duplicates, whitespace)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.array(jsonNumber, { minLength: DIM - 1, maxLength: DIM + 2 })), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('', ' ', '\n  '),
        (entries, pad) => {
          expectSameAsJson(file(entries.map(([w]) => w), entries, pad), entries, pad);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads an empty vectors object', () => {
    const got = parseWinkVectors(Buffer.from('{"size":0,"dimensions":3,"words":[],"vectors":{}}'));
    expect(got?.offsets.size).toBe(0);
  });

  it.each([
    ['no vectors key', '{"size":1,"dimensions":3,"words":["a"]}'],
    ['a vector that is not an array', '{"size":1,"dimensions":3,"words":["a"],"vectors":{"a":{"x":1}}}'],
    ['a non-number component', '{"size":1,"dimensions":3,"words":["a"],"vectors":{"a":[1,"2",3]}}'],
    ['a bad header', '{"size":1,"dimensions":"3","words":["a"],"vectors":{"a":[1,2,3]}}'],
    ['a bare exponent', '{"size":1,"dimensions":3,"words":["a"],"vectors":{"a":[1,2e,3]}}'],
  ])('leaves %s to JSON.parse', (_what, text) => {
    expect(parseWinkVectors(Buffer.from(text))).toBeNull();
  });
});
