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

const HEAD = 56;
const FOOT = 44;

export function exportSize(width: number, height: number, meta: ExportMeta): { width: number; height: number } {
  return { width, height: height + HEAD + (meta.subtitle ? 18 : 0) + FOOT };
}

/**
 * chartSvg: serialized <svg ...>...</svg> of the chart with a viewBox of width × height.
 * Returns a self-contained SVG document string (root <svg> with xmlns).
 */
export function composeExportSvg(chartSvg: string, width: number, height: number, meta: ExportMeta): string {
  const head = HEAD + (meta.subtitle ? 18 : 0);
  const size = exportSize(width, height, meta);
  const inner = chartSvg
    .replace(/^<svg\b[^>]*>/, `<svg x="0" y="${head}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`)
    .replace(/<\/svg>\s*$/, '</svg>');
  const font = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" ${font}>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="30" font-size="18" font-weight="700" fill="#1b1f24">${escapeXml(meta.title)}</text>`,
    meta.subtitle ? `<text x="16" y="50" font-size="13" fill="#4f5866">${escapeXml(meta.subtitle)}</text>` : '',
    inner,
    `<text x="16" y="${size.height - 24}" font-size="11" fill="#4f5866">${escapeXml(meta.source)}</text>`,
    `<text x="16" y="${size.height - 9}" font-size="11" fill="#1d4e89">${escapeXml(meta.permalink)}</text>`,
    `</svg>`,
  ].join('\n');
}

export function sourceLine(version: string): string {
  return `Exposure Atlas ${version} · O*NET 30.1 (CC BY 4.0) · BLS OEWS May 2023`;
}

export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'chart';
}
