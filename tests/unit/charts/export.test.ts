import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml, exportSize, slug, wrapText } from '@/lib/charts/export';
import { chartSource } from '@/lib/releases';

const chart = '<svg viewBox="0 0 640 320" width="640" height="320" role="img" xmlns="http://www.w3.org/2000/svg"><rect x="1" y="2" width="3" height="4" fill="#440154"></rect></svg>';
const meta = { title: 'Exposure by group & wage <2023>', subtitle: 'Employment-weighted', source: chartSource('v0.1.0', { onet: 'O*NET 30.1', oews: 'OEWS May 2023' }), permalink: 'http://localhost/#exposure-by-group' };

describe('composeExportSvg', () => {
  const out = composeExportSvg(chart, 640, 320, meta);
  it('is one standalone SVG document with the chart nested under the title', () => {
    expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(out.trimEnd().endsWith('</svg>')).toBe(true);
    expect(out).toMatch(/<svg x="0" y="\d+" width="640" height="320" viewBox="0 0 640 320">/);
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
    expect(size.height).toBe(320 + (12 + 24 + 18 + 14) + 44);
  });
  it('wraps long titles and subtitles instead of running off the edge', () => {
    const long = { ...meta, subtitle: 'word '.repeat(60).trim() };
    const lines = (composeExportSvg(chart, 640, 320, long).match(/font-size="13"/g) ?? []).length;
    expect(lines).toBeGreaterThan(2);
    expect(exportSize(640, 320, long).height).toBeGreaterThan(exportSize(640, 320, meta).height);
  });
});

describe('narrow (phone-width) exports', () => {
  const narrow = { ...meta, permalink: `http://localhost/scenarios?a=today&b=${'60*9.'.repeat(12)}70*7_100_1` };
  const out = composeExportSvg(chart.replace(/640/g, '336'), 336, 320, narrow);
  it('wrap the source line and split a long permalink, every character kept, nothing past the edge', () => {
    const foot = [...out.matchAll(/<text x="16" y="(\d+)" font-size="11" fill="#(?:4f5866|1d4e89)">([^<]*)<\/text>/g)];
    expect(foot.length).toBeGreaterThan(3);
    const max = Math.floor((336 - 32) / (11 * 0.55));
    for (const [, , text] of foot) expect(text.replace(/&amp;/g, '&').length).toBeLessThanOrEqual(max);
    const linkText = foot.filter(([m]) => m.includes('1d4e89')).map(([, , t]) => t.replace(/&amp;/g, '&')).join('');
    expect(linkText).toBe(narrow.permalink);
    const ys = foot.map(([, y]) => Number(y));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(Math.max(...ys)).toBeLessThanOrEqual(exportSize(336, 320, narrow).height);
  });
});

describe('helpers', () => {
  it('wraps words to the width', () => {
    expect(wrapText('aaaa bbbb cccc', 10 * 0.55 * 10, 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(wrapText('', 100, 10)).toEqual(['']);
  });
  it('escapes XML', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
  it('slugs titles into file names', () => {
    expect(slug('Share of U.S. employment by exposure (beta)')).toBe('share-of-u-s-employment-by-exposure-beta');
    expect(slug('***')).toBe('chart');
  });
});
