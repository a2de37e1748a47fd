import { describe, expect, it } from 'vitest';
import { layoutDiverging } from '@/lib/charts/diverging';

const items = [
  { key: 'a', label: 'A', value: 0.12 },
  { key: 'b', label: 'B', value: -0.05 },
  { key: 'c', label: 'C', value: 0 },
];

describe('layoutDiverging', () => {
  it('puts positives right and negatives left of a centred zero line', () => {
    const L = layoutDiverging(items, { width: 400, margin: 20 });
    expect(L.zero).toBeCloseTo(200);
    const [a, b, c] = L.bars;
    expect(a.x0).toBeCloseTo(L.zero);
    expect(a.x1).toBeGreaterThan(L.zero);
    expect(b.x1).toBeCloseTo(L.zero);
    expect(b.x0).toBeLessThan(L.zero);
    expect(c.x1 - c.x0).toBeCloseTo(0);
  });

  it('labels sit on the other side of the line from their bar', () => {
    const L = layoutDiverging(items);
    expect(L.bars[0].labelAnchor).toBe('end');
    expect(L.bars[0].labelX).toBeLessThan(L.zero);
    expect(L.bars[1].labelAnchor).toBe('start');
    expect(L.bars[1].labelX).toBeGreaterThan(L.zero);
  });

  it('uses a symmetric extent covering the largest magnitude, and grows with rows', () => {
    const L = layoutDiverging(items, { row: 10 });
    expect(L.extent).toBeGreaterThanOrEqual(0.12);
    expect(L.x(-L.extent) + L.x(L.extent)).toBeCloseTo(2 * L.zero);
    expect(L.height).toBe(L.top + 3 * 10 + L.bottom);
    expect(layoutDiverging([]).bars).toHaveLength(0);
  });

  it('treats non-finite values as zero', () => {
    const L = layoutDiverging([{ key: 'x', label: 'X', value: Number.NaN }]);
    expect(L.bars[0].x1 - L.bars[0].x0).toBe(0);
  });
});
