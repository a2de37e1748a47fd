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

/** Attributes recharts passes through to elements that have no use for them. */
const STRAY: Record<string, string[]> = { line: ['x', 'y', 'width', 'height', 'angle', 'orientation'], text: ['width', 'height', 'angle', 'orientation', 'style'] };
const NUMERIC = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height']);
const round = (s: string) => s.replace(/(-?\d+\.\d{2})\d+/g, '$1');

/**
 * Trims recharts' markup to what draws: wrapper groups without attributes unwrapped, empty groups
 * dropped, stray attributes removed, coordinates to 1/100 px. A 923-point scatter halves in size.
 */
export function trimSvg(root: Element) {
  for (const el of [...root.querySelectorAll('*')].reverse()) {
    const tag = el.tagName.toLowerCase();
    for (const a of STRAY[tag] ?? []) el.removeAttribute(a);
    if (el.getAttribute('class')?.startsWith('recharts')) el.removeAttribute('class');
    if (el.getAttribute('tabindex') === '-1') el.removeAttribute('tabindex');
    if (el.getAttribute('style')?.startsWith('outline')) el.removeAttribute('style');
    for (const a of [...el.attributes]) {
      if (NUMERIC.has(a.name) || a.name === 'd' || a.name === 'transform' || a.name === 'points') el.setAttribute(a.name, round(a.value));
    }
    if (tag === 'g' && el.attributes.length === 0) {
      if (el.childNodes.length === 0) el.remove();
      else el.replaceWith(...el.childNodes);
    }
  }
}

/**
 * The finished SVG: our own root (viewBox, size, role, accessible name); recharts' focus attributes,
 * classes and empty title/desc dropped; its ids (clip paths) prefixed so that charts on one page never share one.
 */
export function cleanSvg(svg: string, width: number, height: number, label: string, idPrefix: string): string {
  return svg
    .replace(/ id="([^"]+)"/g, ` id="${idPrefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${idPrefix}-$1)`)
    .replace(/^<svg\b[^>]*>/, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(label)}">`)
    .replace('<title></title><desc></desc>', '');
}

export async function renderChartDom(spec: ChartSpec, width: number, idPrefix: string, doc: Document = document): Promise<{ svg: string; width: number; height: number }> {
  const host = doc.createElement('div');
  doc.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<RechartsChart spec={spec} width={width} />));
    // Recharts fills its store in effects and draws again: wait until the drawing stops changing.
    let last = -1;
    for (let i = 0; i < 20; i++) {
      await settle();
      const now = host.getElementsByTagName('*').length;
      if (now === last && host.querySelector('svg')) break;
      last = now;
    }
    const drawn = host.querySelector('svg');
    if (!drawn) throw new Error(`recharts drew no SVG for a ${spec.kind} chart`);
    // A copy: React still owns the drawn nodes until it unmounts them.
    const el = drawn.cloneNode(true) as SVGSVGElement;
    trimSvg(el);
    const height = Number(el.getAttribute('height'));
    return { svg: cleanSvg(el.outerHTML, width, height, spec.ariaLabel, idPrefix), width, height };
  } finally {
    root.unmount();
    host.remove();
  }
}
