import { Worker } from 'node:worker_threads';
import { exposureColor } from './lib/charts/color';
const w = new Worker(new URL('./.c-w-entry.mjs', import.meta.url));
const specs: any[] = [
  { kind: 'hbar', data: [{ label: 'Office and Administrative Support', value: 0.55, color: exposureColor(0.55), tooltip: 'x', note: '55% · 18M' }, { label: 'Construction and Extraction', value: 0.1, color: exposureColor(0.1), tooltip: 'y', note: '10% · 6M' }], format: 'percent', xTitle: 'Employment-weighted beta (bar label: beta · workers)', labelWidth: 230, ariaLabel: 'test' },
  { kind: 'column', data: [0, 1, 2, 3, 4].map((i) => ({ label: `${i * 20}–${i * 20 + 20}%`, values: [0.1 * i + 0.05], colors: [exposureColor(i / 5)], tooltips: ['t'] })), format: 'percent', xTitle: "Share of the occupation's work exposed (beta)", yTitle: 'Share of employment', ariaLabel: 'hist' },
  { kind: 'column', series: ['Scenario A', 'Scenario B'], data: [0, 1, 2].map((i) => ({ label: `0.${i}–0.${i + 1}`, values: [1e6 * (i + 1), 1.5e6 * (i + 1)], colors: ['#0072B2', '#E69F00'], tooltips: ['a', 'b'] })), format: 'compact', xTitle: 'Exposure (beta) of the occupation', yTitle: 'Workers', ariaLabel: 'pair' },
  { kind: 'diverging', data: [{ key: 'a', label: 'Writing', value: 0.12, color: '#6b4f00', tooltip: 'w' }, { key: 'b', label: 'Repairing', value: -0.2, color: '#31688e', tooltip: 'r' }], format: 'signed-score', xTitle: 'Beta minus the mean', leftLabel: 'sheltered', rightLabel: 'concentrated in exposed work', marker: { value: 0.05, label: 'all-worker mean' }, ariaLabel: 'div' },
  { kind: 'scatter', points: Array.from({ length: 900 }, (_, i) => ({ id: String(i), x: 20000 + i * 200, y: (i % 100) / 100, size: i * 1000, color: exposureColor((i % 100) / 100), tooltip: `p${i}` })), xLog: true, xDomain: [20000, 250000], xMarker: { value: 239200, label: 'top-coded' }, legend: { color: { label: 'Colour: beta', low: '0%', high: '100%' }, size: { label: 'Area: workers', values: [100000, 1000000] } }, line: { points: [[25000, 0.2], [100000, 0.4], [200000, 0.3]], label: 'mean by wage band' }, xTitle: 'Median annual wage (log scale)', yTitle: 'Exposure (beta)', xFormat: 'usdK', yFormat: 'percent', ariaLabel: 'sc' },
];
let id = 0;
const pending = new Map<number, (v: any) => void>();
w.on('message', (m) => pending.get(m.id)?.(m));
const ask = (spec: any, width: number) => new Promise<any>((res) => { const i = ++id; pending.set(i, res); w.postMessage({ id: i, spec, width }); });
import fs from 'node:fs';
for (const width of [640, 358]) for (const [i, s] of specs.entries()) {
  const t = performance.now();
  const r = await ask(s, width);
  console.log(s.kind, width, (performance.now() - t).toFixed(0), 'ms', r.error ?? `${r.svg.length} bytes h=${r.height}`);
  if (r.svg) fs.writeFileSync(`/tmp/c-ssr/${i}-${s.kind}-${width}.svg`, r.svg);
}
const t = performance.now(); await ask(specs[4], 640); console.log('scatter again', (performance.now() - t).toFixed(0));
await w.terminate();
