import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml, exportSize, slug, sourceLine } from '@/lib/charts/export';

const chart = '<svg viewBox="0 0 640 320" width="640" height="320" role="img" xmlns="http://www.w3.org/2000/svg"><rect x="1" y="2" width="3" height="4" fill="#440154"></rect></svg>';
const meta = { title: 'Exposure by group & wage <2023>', subtitle: 'Employment-weighted', source: sourceLine('v0.1.0'), permalink: 'http://localhost/#exposure-by-group' };

describe('composeExportSvg', () => {
  const out = composeExportSvg(chart, 640, 320, meta);
  it('is one standalone SVG document with the chart nested under the title', () => {
    expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(out.trimEnd().endsWith('</svg>')).toBe(true);
    expect(out).toContain('<svg x="0" y="74" width="640" height="320" viewBox="0 0 640 320">');
    expect(out).toContain('<rect x="1" y="2" width="3" height="4" fill="#440154"></rect>');
  });
  it('carries the escaped title, source line and permalink', () => {
    expect(out).toContain('Exposure by group &amp; wage &lt;2023&gt;');
    expect(out).toContain('Exposure Atlas v0.1.0 · O*NET 30.1 (CC BY 4.0) · BLS OEWS May 2023');
    expect(out).toContain('http://localhost/#exposure-by-group');
  });
  it('reports the size it draws at', () => {
    const size = exportSize(640, 320, meta);
    expect(out).toContain(`width="${size.width}" height="${size.height}"`);
    expect(size.height).toBe(320 + 56 + 18 + 44);
  });
});

describe('helpers', () => {
  it('escapes XML', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
  it('slugs titles into file names', () => {
    expect(slug('Share of U.S. employment by exposure (beta)')).toBe('share-of-u-s-employment-by-exposure-beta');
    expect(slug('***')).toBe('chart');
  });
});
