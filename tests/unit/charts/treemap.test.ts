import { describe, expect, it } from 'vitest';
import { layoutTreemap } from '@/lib/charts/treemap';

const leaves = [
  { id: 'a', label: 'A', group: 'g1', groupLabel: 'G1', size: 300, value: 0.2 },
  { id: 'b', label: 'B', group: 'g1', groupLabel: 'G1', size: 100, value: 0.8 },
  { id: 'c', label: 'C', group: 'g2', groupLabel: 'G2', size: 500, value: null },
  { id: 'd', label: 'D', group: 'g2', groupLabel: 'G2', size: 0, value: 0.5 },
];

describe('layoutTreemap', () => {
  const { groups, leaves: rects } = layoutTreemap(leaves, 400, 300);
  it('drops leaves without size and keeps the rest inside the box', () => {
    expect(rects.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
    for (const r of rects) {
      expect(r.x0).toBeGreaterThanOrEqual(0);
      expect(r.y0).toBeGreaterThanOrEqual(0);
      expect(r.x1).toBeLessThanOrEqual(400);
      expect(r.y1).toBeLessThanOrEqual(300);
    }
  });
  it('gives leaves of one group areas proportional to size', () => {
    const area = (id: string) => {
      const r = rects.find((x) => x.id === id)!;
      return (r.x1 - r.x0) * (r.y1 - r.y0);
    };
    expect(area('a') / area('b')).toBeCloseTo(3, 1);
  });
  it('lays out one rectangle per group, largest first', () => {
    expect(groups.map((g) => g.group)).toEqual(['g2', 'g1']);
    expect(groups[0].size).toBe(500);
  });
});
