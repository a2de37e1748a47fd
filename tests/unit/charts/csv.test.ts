import { describe, expect, it, test } from 'vitest';
import { csvField, guardFormula, toChartCsv, toCsv } from '@/lib/charts/csv';

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

  it('puts chart metadata in leading # comments, one line each', () => {
    const out = toChartCsv({ title: 'Share\nof workers', source: 'Exposure Atlas v1', permalink: 'http://x/#a' }, ['a'], [[1]]);
    const lines = out.trimEnd().split('\r\n');
    expect(lines).toEqual(['# Share of workers', '# Source: Exposure Atlas v1', '# Permalink: http://x/#a', 'a', '1']);
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
    const out = toChartCsv({ title: 't', source: 's', permalink: 'p' }, ['job_title', 'change'], [['=1+1', -0.5], ['Clerk', '-0.25']]);
    expect(out.trimEnd().split('\r\n').slice(3)).toEqual(['job_title,change', "'=1+1,-0.5", 'Clerk,-0.25']);
  });
});
