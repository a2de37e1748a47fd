import { describe, expect, it, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { chartReadme, csvField, guardFormula, toChartCsv, toCsv } from '@/lib/charts/csv';
import { chartZip } from '@/lib/charts/zip';
import { dataCredits } from '@/lib/releases';

const credits = dataCredits({ onet: 'O*NET 30.1', oews: 'OEWS May 2023' });

describe('csv', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [null, ''],
    [undefined, ''],
    [3.5, '3.5'],
    [Number.NaN, ''],
    [true, 'true'],
  ])('field %j → %j', (v, want) => {
    expect(csvField(v)).toBe(want);
  });

  it('writes a header and CRLF rows', () => {
    expect(toCsv(['code', 'title'], [['15-1252.00', 'Software Developers'], ['23-2011.00', 'Paralegals and Legal Assistants, Other']])).toBe(
      'code,title\r\n15-1252.00,Software Developers\r\n23-2011.00,"Paralegals and Legal Assistants, Other"\r\n',
    );
  });

  it('writes a chart CSV plain: the header first, no comment lines', () => {
    const out = toChartCsv(['a', 'b'], [[1, 'x']]);
    expect(out).toBe('a,b\r\n1,x\r\n');
  });

  it('puts title, source and permalink in the README beside the CSV, one line each', () => {
    const readme = chartReadme({ title: 'Share\nof workers', source: 'Exposure Atlas v1', permalink: 'http://x/#a' }, ['a', 'b'], 'share.csv', 2, credits);
    const lines = readme.split('\r\n');
    expect(lines[0]).toBe('Share of workers');
    expect(lines).toContain('Source: Exposure Atlas v1');
    expect(lines).toContain('Permalink: http://x/#a');
    expect(lines).toContain('Columns: a, b');
    expect(readme).toContain('O*NET 30.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0;');
    expect(lines).toContain('Employment and wages: U.S. Bureau of Labor Statistics, OEWS May 2023 (public domain).');
  });

  it('says why there is no permalink when a view cannot be reopened', () => {
    const readme = chartReadme({ title: 't', source: 's', permalink: null, permalinkNote: 'Roster results are not stored.' }, ['a'], 't.csv', 1, credits);
    expect(readme).toContain('Permalink: none. Roster results are not stored.');
  });

  it('zips the plain CSV with its README', () => {
    const files = unzipSync(chartZip({ title: 'T', source: 'S', permalink: 'http://x/' }, 'share', ['a'], [[1], [2]], credits));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'share.csv']);
    expect(strFromU8(files['share.csv'])).toBe('a\r\n1\r\n2\r\n');
    expect(strFromU8(files['README.txt'])).toContain('File: share.csv (2 rows');
  });

  test.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['-0.05', '-0.05'],
    ['+12%', '+12%'],
    ['Data Entry Keyers', 'Data Entry Keyers'],
    [-0.05, -0.05],
    [null, null],
  ])('guardFormula(%j) → %j', (v, want) => {
    expect(guardFormula(v)).toBe(want);
  });

  it('guards user text in chart CSVs but keeps numbers numeric', () => {
    const out = toChartCsv(['job_title', 'change'], [['=1+1', -0.5], ['Clerk', '-0.25']]);
    expect(out.trimEnd().split('\r\n')).toEqual(['job_title,change', "'=1+1,-0.5", 'Clerk,-0.25']);
  });
});
