// @vitest-environment happy-dom
/**
 * The recharts charts drawn as the chart worker draws them (react-dom in a happy-dom document):
 * every datum drawn with its tooltip, text ≥ 11 px, every label inside the chart at any width.
 */
import { describe, expect, it, test } from 'vitest';
import { renderChartDom } from '@/app/_components/charts/recharts/render-dom';
import { exposureColor } from '@/lib/charts/color';
import { CHAR_EM } from '@/lib/charts/labels';
import { chartSpecSchema, type ChartSpec } from '@/lib/charts/spec';

const long = 'Secretaries and Administrative Assistants, Except Legal, Medical, and Executive';
const specs: Record<string, ChartSpec> = {
  hbar: { kind: 'hbar', ariaLabel: 'Beta by group', format: 'percent', xTitle: 'Employment-weighted beta (bar label: beta · workers)', labelWidth: 230, xMax: 0.7, data: [long, 'Legal', 'Building and Grounds Cleaning and Maintenance'].map((label, i) => ({ label, value: 0.2 + i * 0.2, color: exposureColor(i / 3), tooltip: `${label}: tip`, note: `${20 + i * 20}% · 1.2M` })) },
  movers: { kind: 'hbar', ariaLabel: 'Movers', format: 'signed-score', xTitle: 'Change in exposure (beta), B − A', labelWidth: 300, data: [0.17, -0.08, 0.02].map((v, i) => ({ label: `${long} ${i}`, value: v, color: v >= 0 ? '#D55E00' : '#0072B2', tooltip: `mover ${i}`, note: v.toFixed(3) })) },
  histogram: { kind: 'column', ariaLabel: 'Histogram', format: 'percent', xTitle: "Share of the occupation's work exposed (beta)", yTitle: 'Share of employment', data: Array.from({ length: 10 }, (_, i) => ({ label: `${i * 10}–${i * 10 + 10}%`, values: [0.02 + i / 100], colors: [exposureColor(i / 10)], tooltips: [`bin ${i}`] })) },
  pair: { kind: 'column', ariaLabel: 'A and B', series: ['Scenario A', 'Scenario B'], format: 'compact', xTitle: 'Exposure (beta) of the occupation', yTitle: 'Workers', data: Array.from({ length: 10 }, (_, i) => ({ label: `0.${i}–${i === 9 ? '1.0' : `0.${i + 1}`}`, values: [1e6 * (i + 1), 2e6 * (10 - i)], colors: ['#0072B2', '#E69F00'], tooltips: [`a${i}`, `b${i}`] })) },
  diff: { kind: 'column', ariaLabel: 'B − A', format: 'signed-compact', xTitle: 'Exposure (beta) band', yTitle: 'Workers, B − A', data: [-2.9e6, 9.5e6, 5e3].map((v, i) => ({ label: `band ${i}`, values: [v], colors: ['#0072B2'], tooltips: [`d${i}`], note: String(v) })) },
  diverging: { kind: 'diverging', ariaLabel: 'Skills', format: 'signed-points', xTitle: 'Group exposure in California minus the U.S.', leftLabel: 'less exposed than the U.S. group', rightLabel: 'more exposed', marker: { value: 0.004, label: 'all-worker mean' }, data: [0.011, -0.009, 0.002, -0.0001].map((v, i) => ({ key: `k${i}`, label: `${long} ${i}`, value: v, color: '#31688e', tooltip: `div ${i}` })) },
  scatter: { kind: 'scatter', ariaLabel: 'Wage', xTitle: 'Median annual wage (log scale)', yTitle: 'Exposure (beta)', xFormat: 'usdK', yFormat: 'percent', xLog: true, xDomain: [20000, 250000], xMarker: { value: 239200, label: 'top-coded' }, legend: { color: { label: 'Colour: beta', low: '0%', high: '100%' }, size: { label: 'Area: workers', values: [1e5, 1e6, 3e6] } }, line: { points: [[25000, 0.2], [100000, 0.45]], label: 'employment-weighted mean by wage band' }, points: Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, x: 20000 + i * 6000, y: (i % 10) / 10, size: i * 1e4, color: exposureColor((i % 10) / 10), tooltip: `point ${i}` })) },
};

function draw(spec: ChartSpec, width: number) {
  return renderChartDom(spec, width, 'tst').then((r) => {
    const host = document.createElement('div');
    host.innerHTML = r.svg;
    return { ...r, svg: host.querySelector('svg')! };
  });
}

/** Where a text's line starts and ends, from its anchor and the same glyph-width estimate the layout uses. */
function extent(t: Element): [number, number] {
  const lines = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t];
  let lo = Infinity;
  let hi = -Infinity;
  const matrix = t.getAttribute('transform');
  for (const l of lines) {
    const x = Number(l.getAttribute('x') ?? t.getAttribute('x') ?? 0);
    const w = (l.textContent ?? '').length * 11 * CHAR_EM;
    const anchor = t.getAttribute('text-anchor') ?? 'start';
    const [a, b] = anchor === 'middle' ? [x - w / 2, x + w / 2] : anchor === 'end' ? [x - w, x] : [x, x + w];
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  // Turned labels (columns, the y title) extend downwards or upwards, not sideways: check their anchor point only.
  return matrix ? [Number(t.getAttribute('x') ?? 0), Number(t.getAttribute('x') ?? 0)] : [lo, hi];
}

describe.each(Object.entries(specs))('%s', (name, spec) => {
  test.each([260, 390, 540, 820])('at %i px: an SVG that width, every datum with its tooltip, text ≥ 11 px and inside the chart', async (width) => {
    const { svg, height } = await draw(spec, width);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(spec.ariaLabel);
    const tips = [...svg.querySelectorAll('title')].map((t) => t.textContent);
    const expected = spec.kind === 'scatter' ? spec.points.map((p) => p.tooltip) : spec.kind === 'column' ? spec.data.flatMap((d) => d.tooltips) : spec.data.map((d) => d.tooltip);
    expect(tips.sort()).toEqual([...expected].sort());
    const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) {
      expect(Number(t.getAttribute('font-size')), `${name}: "${t.textContent}"`).toBeGreaterThanOrEqual(11);
      const [lo, hi] = extent(t);
      expect(lo, `${name} at ${width}: "${t.textContent}" starts before the edge`).toBeGreaterThanOrEqual(-1);
      expect(hi, `${name} at ${width}: "${t.textContent}" runs past the edge`).toBeLessThanOrEqual(width + 1);
    }
  });
});

describe('what recharts draws', () => {
  it('bars both ways from zero: a negative bar ends left of the zero line, its note beyond its end', async () => {
    const { svg } = await draw(specs.movers, 640);
    const rects = [...svg.querySelectorAll('rect')].filter((r) => r.querySelector('title'));
    const neg = rects.find((r) => r.querySelector('title')!.textContent === 'mover 1')!;
    const pos = rects.find((r) => r.querySelector('title')!.textContent === 'mover 0')!;
    const zero = Number(pos.getAttribute('x'));
    expect(Number(neg.getAttribute('x')) + Number(neg.getAttribute('width'))).toBeCloseTo(zero, 0);
    expect(Number(pos.getAttribute('width'))).toBeGreaterThan(Number(neg.getAttribute('width')));
  });
  it('two series side by side with a legend naming them', async () => {
    const { svg } = await draw(specs.pair, 640);
    const text = svg.textContent ?? '';
    expect(text).toContain('Scenario A');
    expect(text).toContain('Scenario B');
    const a0 = svg.querySelector('rect title')!.parentElement!;
    const b0 = [...svg.querySelectorAll('title')].find((t) => t.textContent === 'b0')!.parentElement!;
    expect(Number(b0.getAttribute('x'))).toBeGreaterThan(Number(a0.getAttribute('x')));
  });
  it('the scatter: a circle per point, the dashed line, the top-code marker, and a log axis with round values', async () => {
    const { svg } = await draw(specs.scatter, 640);
    expect(svg.querySelectorAll('circle title')).toHaveLength(40);
    expect(svg.querySelector('path[stroke-dasharray="5 3"]')).not.toBeNull();
    const text = svg.textContent ?? '';
    for (const s of ['top-coded', '$50k', '$100k', 'employment-weighted mean by wage band', 'Colour: beta', 'Area: workers']) expect(text).toContain(s);
  });
  it('ids are prefixed, so two charts on a page never share a clip path', async () => {
    const r = await renderChartDom(specs.scatter, 640, 'chartA');
    const ids = [...r.svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.every((i) => i.startsWith('chartA-'))).toBe(true);
    for (const [, ref] of r.svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  });
});

describe('chartSpecSchema', () => {
  it('accepts every spec above and rejects what a client must not send', () => {
    for (const s of Object.values(specs)) expect(chartSpecSchema.safeParse(s).success).toBe(true);
    expect(chartSpecSchema.safeParse({ ...specs.hbar, format: 'eval' }).success).toBe(false);
    expect(chartSpecSchema.safeParse({ ...specs.hbar, data: [{ label: 'x', value: 1, color: 'url(javascript:1)', tooltip: '' }] }).success).toBe(false);
    expect(chartSpecSchema.safeParse({ ...specs.scatter, points: Array.from({ length: 3001 }, () => (specs.scatter as { points: unknown[] }).points[0]) }).success).toBe(false);
  });
});
