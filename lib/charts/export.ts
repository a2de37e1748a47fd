/**
 * Standalone exported SVG: the chart nested under a title, with the source line and permalink
 * below (like Our World in Data's downloads). Pure string work so it can be tested in Node.
 */
export interface ExportMeta {
  title: string;
  subtitle?: string;
  source: string;
  permalink: string;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const FOOT = 44;
const TITLE_SIZE = 18;
const SUB_SIZE = 13;

/** Greedy word wrap by an average glyph width (0.55 em): exact metrics are unavailable outside a browser. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(10, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (cur && (cur + ' ' + word).length > max) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

/** Like wrapText, but a word longer than a line (a URL) is split across lines instead of running off the edge. */
function wrapHard(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(10, Math.floor(width / (fontSize * 0.55)));
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => (w.length <= max ? [w] : (w.match(new RegExp(`.{1,${max}}`, 'g')) ?? [w])));
  return wrapText(words.join(' '), width, fontSize);
}

const FOOT_LINE = 14;

function layout(width: number, meta: ExportMeta) {
  const title = wrapText(meta.title, width - 32, TITLE_SIZE);
  const sub = meta.subtitle ? wrapText(meta.subtitle, width - 32, SUB_SIZE) : [];
  const head = 12 + title.length * 24 + sub.length * 18 + 14;
  // Source and permalink wrap on narrow (phone-width) charts.
  const source = wrapHard(meta.source, width - 32, 11);
  const link = wrapHard(meta.permalink, width - 32, 11);
  const foot = FOOT + (source.length + link.length - 2) * FOOT_LINE;
  return { title, sub, head, source, link, foot };
}

export function exportSize(width: number, height: number, meta: ExportMeta): { width: number; height: number } {
  const l = layout(width, meta);
  return { width, height: height + l.head + l.foot };
}

/**
 * chartSvg: serialized <svg ...>...</svg> of the chart with a viewBox of width × height.
 * Returns a self-contained SVG document string (root <svg> with xmlns).
 */
export function composeExportSvg(chartSvg: string, width: number, height: number, meta: ExportMeta): string {
  const { title, sub, head, source, link } = layout(width, meta);
  const size = exportSize(width, height, meta);
  const inner = chartSvg
    .replace(/^<svg\b[^>]*>/, `<svg x="0" y="${head}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`)
    .replace(/<\/svg>\s*$/, '</svg>');
  const font = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" ${font}>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...title.map((l, i) => `<text x="16" y="${30 + i * 24}" font-size="${TITLE_SIZE}" font-weight="700" fill="#1b1f24">${escapeXml(l)}</text>`),
    ...sub.map((l, i) => `<text x="16" y="${30 + title.length * 24 + i * 18}" font-size="${SUB_SIZE}" fill="#4f5866">${escapeXml(l)}</text>`),
    inner,
    ...source.map((l, i) => `<text x="16" y="${size.height - 24 - (source.length - 1 - i + link.length - 1) * FOOT_LINE}" font-size="11" fill="#4f5866">${escapeXml(l)}</text>`),
    ...link.map((l, i) => `<text x="16" y="${size.height - 9 - (link.length - 1 - i) * FOOT_LINE}" font-size="11" fill="#1d4e89">${escapeXml(l)}</text>`),
    `</svg>`,
  ].join('\n');
}

export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'chart';
}
