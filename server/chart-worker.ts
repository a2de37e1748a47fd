/**
 * The chart worker (a worker thread, compiled to dist/cli/chart-worker.mjs): draws chart specs with
 * recharts in a happy-dom document, so the DOM globals recharts and React need never touch the
 * server process. Messages: { id, spec, width } → { id, svg, height } or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import { Window } from 'happy-dom';
import type { ChartRequest } from '../lib/charts/spec';

const win = new Window({ url: 'http://localhost/' });
// Defined, not assigned: since Node 21 `navigator` is a getter-only global, and assigning it throws.
for (const k of ['document', 'navigator', 'HTMLElement', 'Element', 'Node', 'SVGElement', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'ResizeObserver', 'MutationObserver'] as const) {
  Object.defineProperty(globalThis, k, { value: win[k], configurable: true, writable: true });
}
Object.defineProperty(globalThis, 'window', { value: win, configurable: true, writable: true });

// Imported after the globals exist: recharts decides at load time whether it runs in a browser.
const { renderChartDom } = await import('../app/_components/charts/recharts/render-dom');

parentPort?.on('message', (m: ChartRequest & { id: number; idPrefix: string }) => {
  renderChartDom(m.spec, m.width, m.idPrefix).then(
    (r) => parentPort?.postMessage({ id: m.id, svg: r.svg, height: r.height }),
    (e: unknown) => parentPort?.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) }),
  );
});
