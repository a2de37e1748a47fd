/** Release labels (lib/releases.ts) from the dataset versions an ingest records. */
import { describe, expect, it, test } from 'vitest';
import { chartSource, dataCredits, releaseLabels, type RecordedVersion } from '@/lib/releases';

const recorded: RecordedVersion[] = [
  { file: 'Occupation Data.txt', source: 'O*NET (CC BY 4.0)', release: 'O*NET 30.1' },
  { file: 'national_M2023_dl.tsv', source: 'BLS OEWS', release: 'OEWS May 2023 national' },
  { file: 'state_M2025_dl.tsv', source: 'BLS OEWS', release: 'OEWS May 2025 state' },
  { file: 'ep_2024_34_occupation_table_1_2.tsv', source: 'BLS Employment Projections', release: 'Employment Projections 2024–2034' },
  { file: 'nem-onet-to-soc-crosswalk.tsv', source: 'BLS O*NET–NEM crosswalk', release: 'BLS crosswalk' },
];

describe('releaseLabels', () => {
  it('names each release as recorded, with the periods the pages print', () => {
    expect(releaseLabels(recorded)).toEqual({
      onet: 'O*NET 30.1',
      oews: 'OEWS May 2023',
      oewsNational: 'OEWS May 2023 national',
      oewsPeriod: 'May 2023',
      projections: 'Employment Projections 2024–34',
      projectionsPeriod: '2024–34',
      states: 'OEWS May 2025 state',
    });
  });

  it('follows another release: a build from O*NET 31.0, OEWS May 2024 and projections 2025–35 says so', () => {
    const next = releaseLabels([
      { file: 'Task Statements.txt', source: 'O*NET (CC BY 4.0)', release: 'O*NET 31.0' },
      { file: 'national_M2024_dl.xlsx', source: 'BLS OEWS', release: 'OEWS May 2024 national' },
      { file: 'occupation.xlsx', source: 'BLS Employment Projections', release: 'Employment Projections 2025-2035' },
    ]);
    expect(next).toMatchObject({ onet: 'O*NET 31.0', oews: 'OEWS May 2024', oewsPeriod: 'May 2024', projections: 'Employment Projections 2025–35', states: null });
  });

  test.each([
    ['no versions at all', []],
    ['only the crosswalk', [recorded[4]]],
  ])('says "unknown release" rather than guessing (%s)', (_, versions) => {
    const r = releaseLabels(versions);
    expect(r.onet).toBe('O*NET (unknown release)');
    expect(r.oews).toBe('OEWS unknown release');
    expect(r.projectionsPeriod).toBe('unknown release');
    expect(r.states).toBeNull();
  });

  it('builds the chart source line and the export credits from the labels', () => {
    const r = releaseLabels(recorded);
    expect(chartSource('v0.1.0', r)).toBe('Exposure Atlas v0.1.0 · O*NET 30.1 (CC BY 4.0) · BLS OEWS May 2023');
    const credits = dataCredits(r);
    expect(credits[0]).toMatch(/^O\*NET 30\.1 Database by the U\.S\. Department of Labor.*CC BY 4\.0;$/);
    expect(credits[2]).toBe('Employment and wages: U.S. Bureau of Labor Statistics, OEWS May 2023 (public domain).');
  });
});
