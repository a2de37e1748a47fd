/**
 * Draws a chart spec with recharts into a DOM and returns the SVG as a string. Recharts 3 computes its
 * layout in effects (a Redux store filled after mount), so a plain server render (renderToString)
 * gives an empty wrapper; this mounts it with react-dom/client in the DOM of the caller (happy-dom in
 * the chart worker and the unit tests), lets the effects settle, and keeps only the <svg>.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { escapeXml } from '@/lib/charts/export';
import type { ChartSpec } from '@/lib/charts/spec';
import { RechartsChart } from './chart';

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * The finished SVG: our own root (viewBox, size, role, accessible name); recharts' focus attributes,
 * classes and empty title/desc dropped; its ids (clip paths) prefixed so that charts on one page never share one.
 */
export function cleanSvg(svg: string, width: number, height: number, label: string, idPrefix: string): string {
  return svg
    .replace(/ id="([^"]+)"/g, ` id="${idPrefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${idPrefix}-$1)`)
    .replace(/^<svg\b[^>]*>/, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(label)}">`)
    .replace('<title></title><desc></desc>', '')
    .replace(/ tabindex="-1"/g, '')
    .replace(/ style="outline-color: none; outline-style: none; outline-width: initial;"/g, '')
    .replace(/ class="recharts-[^"]*"/g, '');
}

export async function renderChartDom(spec: ChartSpec, width: number, idPrefix: string, doc: Document = document): Promise<{ svg: string; width: number; height: number }> {
  const host = doc.createElement('div');
  doc.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<RechartsChart spec={spec} width={width} />));
    let last = '';
    for (let i = 0; i < 20; i++) {
      await settle();
      const now = host.innerHTML;
      if (now === last && now.includes('<svg')) break;
      last = now;
    }
    const el = host.querySelector('svg');
    if (!el) throw new Error(`recharts drew no SVG for a ${spec.kind} chart`);
    const height = Number(el.getAttribute('height'));
    return { svg: cleanSvg(el.outerHTML, width, height, spec.ariaLabel, idPrefix), width, height };
  } finally {
    root.unmount();
    host.remove();
  }
}
