/**
 * allocateLabor: which OEWS row each O*NET code takes (crosswalk NEM code, else its SOC code, else the
 * broad aggregate ending in 0, else none) and the equal split among codes sharing a row.
 */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { allocateLabor, socGroups, type OewsRow, type ProjectionRow } from '../../../lib/ingest/labor';

const row = (occ_code: string, employment: number | null, o_group = 'detailed', median = 50_000): OewsRow => ({
  occ_code,
  o_group,
  employment,
  median_annual_wage: median,
  median_hourly_wage: median / 2080,
  median_top_coded: false,
});

const OEWS: OewsRow[] = [
  row('15-1252', 1_000),
  row('15-1299', 500),
  row('13-1020', 300), // published only combined
  row('13-1020', 300, 'broad'),
  row('21-1010', 900, 'broad'), // a broad group, not a detailed row: never a match
  row('21-1018', 400),
  row('27-2011', null), // "**"
];

const xw = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([k, nem_code]) => [k, { nem_code }]));

describe('matching an O*NET code to an OEWS row', () => {
  test.each<[string, string, Record<string, string>, string | null]>([
    ['its own SOC code', '15-1252.00', {}, '15-1252'],
    ['the crosswalk NEM code, preferred over its own SOC code', '15-1252.00', { '15-1252.00': '15-1299' }, '15-1299'],
    ['the crosswalk NEM code when its SOC code is not published', '21-1011.00', { '21-1011.00': '21-1018' }, '21-1018'],
    ['its own SOC code when the crosswalk code is not in OEWS', '15-1252.00', { '15-1252.00': '15-1250' }, '15-1252'],
    ['the broad aggregate code ending in 0', '13-1021.00', {}, '13-1020'],
    ['nothing when only a broad-group row exists', '21-1011.00', {}, null],
    ['nothing for an occupation OEWS does not cover', '55-1011.00', {}, null],
  ])('%s: %s → %s', (_what, code, crosswalk, expected) => {
    const [a] = allocateLabor([code], OEWS, [], xw(crosswalk));
    expect(a.oews_code).toBe(expected);
  });

  it('gives an unmatched code nulls everywhere', () => {
    expect(allocateLabor(['55-1011.00'], OEWS, [], new Map())).toEqual([
      {
        onet_soc_code: '55-1011.00',
        oews_code: null,
        oews_sharers: null,
        employment: null,
        median_annual_wage: null,
        median_hourly_wage: null,
        median_top_coded: null,
        nem_code: null,
        projected_change_percent: null,
        openings_annual: null,
        typical_education: null,
      },
    ]);
  });
});

describe('splitting a row among the codes that share it', () => {
  it('splits employment equally, but not wages', () => {
    const codes = ['15-1252.00', '15-1299.01', '15-1299.08', '15-1299.09'];
    const a = allocateLabor(codes, OEWS, [], new Map());
    expect(a.map((x) => [x.oews_code, x.oews_sharers, x.employment, x.median_annual_wage])).toEqual([
      ['15-1252', 1, 1000, 50000],
      ['15-1299', 3, 500 / 3, 50000],
      ['15-1299', 3, 500 / 3, 50000],
      ['15-1299', 3, 500 / 3, 50000],
    ]);
  });

  it('counts codes reaching the same row by different rules as sharers', () => {
    // 13-1021.00 by the broad code, 13-1023.00 by the crosswalk: both take 13-1020.
    const a = allocateLabor(['13-1021.00', '13-1023.00'], OEWS, [], xw({ '13-1023.00': '13-1020' }));
    expect(a.map((x) => [x.oews_code, x.employment])).toEqual([
      ['13-1020', 150],
      ['13-1020', 150],
    ]);
  });

  it('keeps unavailable employment unavailable', () => {
    const [a] = allocateLabor(['27-2011.00'], OEWS, [], new Map());
    expect(a).toMatchObject({ oews_code: '27-2011', oews_sharers: 1, employment: null, median_annual_wage: 50000 });
  });

  it('carries the top-coded flag of the row', () => {
    const top: OewsRow = { ...row('29-1022', 4160, 'detailed', 239_200), median_top_coded: true };
    expect(allocateLabor(['29-1022.00'], [top], [], new Map())[0]).toMatchObject({ median_annual_wage: 239200, median_top_coded: true });
  });

  it('never counts employment twice: sums over O*NET codes equal the matched BLS rows (property)', () => {
    const socs = ['11-1011', '11-1021', '13-1020', '15-1252', '15-1299'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...socs, '13-1021', '55-1011'), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 15, selector: ([s, d]) => `${s}.${d}` }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: socs.length, maxLength: socs.length }),
        (codes, emps) => {
          const oews = socs.map((s, i) => row(s, emps[i]));
          const onet = codes.map(([s, d]) => `${s}.${String(d).padStart(2, '0')}`);
          const a = allocateLabor(onet, oews, [], new Map());
          const matched = new Set(a.map((x) => x.oews_code).filter((c): c is string => c !== null));
          const bls = oews.filter((r) => matched.has(r.occ_code)).reduce((s, r) => s + r.employment!, 0);
          const sum = a.reduce((s, x) => s + (x.employment ?? 0), 0);
          expect(sum).toBeCloseTo(bls, 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('projections', () => {
  const proj: ProjectionRow[] = [
    { nem_code: '15-1252', change_percent: 15.8, openings_annual: 129_200, typical_education: "Bachelor's degree" },
    { nem_code: '21-1018', change_percent: 16.8, openings_annual: 48_300, typical_education: "Master's degree" },
  ];

  it('joins by the crosswalk NEM code, else by the SOC code', () => {
    const a = allocateLabor(['15-1252.00', '21-1011.00', '13-1021.00'], OEWS, proj, xw({ '21-1011.00': '21-1018' }));
    expect(a.map((x) => [x.nem_code, x.projected_change_percent, x.typical_education])).toEqual([
      ['15-1252', 15.8, "Bachelor's degree"],
      ['21-1018', 16.8, "Master's degree"],
      [null, null, null],
    ]);
  });

  it('splits openings among the codes sharing a NEM code', () => {
    const a = allocateLabor(['21-1011.00', '21-1014.00'], OEWS, proj, xw({ '21-1011.00': '21-1018', '21-1014.00': '21-1018' }));
    expect(a.map((x) => x.openings_annual)).toEqual([24_150, 24_150]);
  });
});

it('socGroups derives the SOC hierarchy', () => {
  expect(socGroups('15-1252', new Set(['15-1200', '15-2000']))).toEqual({ major: '15-0000', minor: '15-1200', broad: '15-1250' });
  expect(socGroups('29-1211', new Set(['29-1000', '15-1200']))).toEqual({ major: '29-0000', minor: '29-1000', broad: '29-1210' });
  expect(socGroups('51-5112', new Set(['51-5100']))).toEqual({ major: '51-0000', minor: '51-5100', broad: '51-5110' });
  expect(socGroups('11-1011')).toEqual({ major: '11-0000', minor: '11-1000', broad: '11-1010' });
  // a broad group with more than nine members runs on: 29-1210 Physicians holds 29-1211 … 29-1229
  const broads = new Set(['29-1210', '29-1240', '29-1290', '13-1010', '15-1250']);
  expect(socGroups('29-1221', new Set(['29-1000']), broads).broad).toBe('29-1210');
  expect(socGroups('29-1229', new Set(['29-1000']), broads).broad).toBe('29-1210');
  expect(socGroups('29-1241', new Set(['29-1000']), broads).broad).toBe('29-1240');
  expect(socGroups('15-1252', new Set(['15-1200']), broads)).toEqual({ major: '15-0000', minor: '15-1200', broad: '15-1250' });
  // a broad group missing from the data is not guessed from its neighbour: 13-1021 keeps 13-1020
  expect(socGroups('13-1021', new Set(['13-1000']), broads).broad).toBe('13-1020');
  // the range applies only when 29-1210 is known and 29-1220 is not
  expect(socGroups('29-1221', new Set(['29-1000']), new Set(['29-1220', '29-1210'])).broad).toBe('29-1220');
});
