import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { chartReadme } from '@/lib/charts/csv';
import { toCsv } from '@/lib/export/csv';
import { chartZip } from '@/lib/charts/zip';
import { dataCredits } from '@/lib/releases';

const credits = dataCredits({ onet: 'O*NET 30.1', oews: 'OEWS May 2023' });

describe('chart CSV', () => {
  it('writes a chart CSV plain: the header first, no comment lines', () => {
    const out = toCsv(['a', 'b'], [[1, 'x']]);
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

  it('guards user text in chart CSVs but keeps numbers numeric', () => {
    const out = toCsv(['job_title', 'change'], [['=1+1', -0.5], ['Clerk', '-0.25']]);
    expect(out.trimEnd().split('\r\n')).toEqual(['job_title,change', "'=1+1,-0.5", 'Clerk,-0.25']);
  });
});
