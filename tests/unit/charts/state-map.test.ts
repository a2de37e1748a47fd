/** The map's geometry (us-atlas boundaries) and its classes. */
import { describe, expect, it } from 'vitest';
import { isStatesTopology, mapClasses, stateShapes } from '../../../lib/charts/state-map';

describe('state shapes', () => {
  it('has the 50 states and DC, each with a path in the 975 × 610 frame (only the far Aleutians reach left of it)', () => {
    const shapes = stateShapes();
    expect(shapes).toHaveLength(51);
    expect(new Set(shapes.map((s) => s.fips)).size).toBe(51);
    expect(shapes.find((s) => s.fips === '11')?.name).toBe('District of Columbia');
    for (const s of shapes) {
      expect(s.d).toMatch(/^M/);
      const nums = s.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...nums)).toBeGreaterThan(s.fips === '02' ? -60 : -1);
      expect(Math.max(...nums)).toBeLessThan(976);
    }
  });
});

describe('map classes', () => {
  it('puts about the same number of states in each class, lowest class darkest', () => {
    const values = Array.from({ length: 50 }, (_, i) => 0.3 + i * 0.002);
    const { color, legend } = mapClasses(values);
    expect(legend).toHaveLength(5);
    const counts = legend.map((c) => values.filter((v) => color(v) === c.color).length);
    for (const n of counts) expect(n).toBe(10);
    expect(legend[0].from).toBe(0.3);
    expect(legend[4].to).toBeCloseTo(0.398, 10);
    expect(color(null)).toBe('#c8ccd2');
  });
  it('keeps legend ranges contiguous and increasing', () => {
    const { legend } = mapClasses([0.41, 0.33, 0.35, 0.36, 0.38, 0.34, 0.32]);
    for (let i = 1; i < legend.length; i++) {
      expect(legend[i].from).toBe(legend[i - 1].to);
      expect(legend[i].to).toBeGreaterThanOrEqual(legend[i].from);
    }
  });
  it('fixed scale: 5-point bands on 0–100%, only the bands present, and a colour that depends on the value alone', () => {
    const values = [0.321, 0.35, 0.362, 0.399, 0.418];
    const { color, legend } = mapClasses(values, 'fixed');
    expect(legend.map((c) => [c.from, c.to].map((v) => Math.round(v * 100)))).toEqual([[30, 35], [35, 40], [40, 45]]);
    // 32% and 34% share a colour; 35% starts the next band (a quantile scale would split 32–42% into five classes)
    expect(color(0.321)).toBe(color(0.349));
    expect(color(0.35)).not.toBe(color(0.349));
    expect(new Set(values.map(color)).size).toBe(3);
    // the same value gets the same colour whatever the other states are
    expect(mapClasses([0.1, 0.9], 'fixed').color(0.36)).toBe(color(0.36));
    expect(mapClasses(values, 'quantile').legend).toHaveLength(5);
    expect(color(null)).toBe('#c8ccd2');
    expect(mapClasses([1], 'fixed').legend).toEqual([{ from: 0.95, to: 1, color: expect.any(String) }]);
  });
});

describe('isStatesTopology', () => {
  it('accepts the us-atlas states file and rejects what is not a topology of named states', async () => {
    const real: unknown = (await import('us-atlas/states-albers-10m.json')).default;
    expect(isStatesTopology(real)).toBe(true);
    const copy = () => JSON.parse(JSON.stringify(real)) as { type: string; objects: { states: { type: string; geometries: Array<{ properties: unknown }> } } };
    const noName = copy();
    noName.objects.states.geometries[3].properties = {};
    const notCollection = copy();
    notCollection.objects.states.type = 'Polygon';
    const notTopology = copy();
    notTopology.type = 'FeatureCollection';
    for (const bad of [noName, notCollection, notTopology, null, 'Topology', {}]) expect(isStatesTopology(bad)).toBe(false);
  });
});
