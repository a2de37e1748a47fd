import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeMaybeGzipped, decodePayload, encodePayload } from '@/lib/scenarios/payload';
import { aggregate, evaluateTasks, prepareTasks } from '@/lib/scenarios/model';
import { GROUPS, syntheticTasks } from './synthetic';

const prep = prepareTasks(syntheticTasks(40, 3), GROUPS);
const occupations = prep.codes.map((code, i) => ({ code, title: `Occ ${i}`, employment: 1000 * (i + 1), wage: i ? 50000 : null, baseline: 0.3 }));

describe('scenario payload', () => {
  it('round-trips within quantisation and keeps attribution rows summing to 1', () => {
    const d = decodePayload(encodePayload(prep, occupations, 'tag1'));
    expect(d.tag).toBe('tag1');
    expect(d.prep.codes).toEqual(prep.codes);
    expect([...d.prep.occ]).toEqual([...prep.occ]);
    for (let i = 0; i < prep.n; i++) {
      expect(Math.abs(d.prep.p1[i] - prep.p1[i])).toBeLessThan(1e-4);
      expect(d.prep.weight[i]).toBeCloseTo(prep.weight[i], 5);
      expect(Math.abs(d.prep.reach[i] - prep.reach[i])).toBeLessThanOrEqual(0.5 / 255 + 1e-12);
      expect(d.prep.attribution[i * 3] + d.prep.attribution[i * 3 + 1]).toBeCloseTo(1, 12);
      expect(d.prep.attribution[i * 3 + 2]).toBeCloseTo(1, 12);
    }
    expect(d.labor.get(prep.codes[0])).toEqual({ employment: 1000, median_annual_wage: null });
  });

  it('evaluates like the full-precision data (within 0.005 beta)', () => {
    const d = decodePayload(encodePayload(prep, occupations, 't'));
    const sc = { levels: { a: 0.9, b: 0.2, c: 0.7 }, adoption: 0.8, tools: true };
    const x = aggregate(prep, evaluateTasks(prep, sc));
    const y = aggregate(d.prep, evaluateTasks(d.prep, sc));
    x.forEach((o, i) => expect(Math.abs(o.beta - y[i].beta)).toBeLessThan(0.005));
  });

  it('inflates a gzipped payload and rejects garbage', async () => {
    const bytes = encodePayload(prep, occupations, 'gz');
    const gz = gzipSync(bytes);
    const d = await decodeMaybeGzipped(gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.byteLength) as ArrayBuffer);
    expect(d.tag).toBe('gz');
    expect(() => decodePayload(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/not a scenario payload/);
    expect(() => decodePayload(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
  });
});
