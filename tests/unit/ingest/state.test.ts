/**
 * The OEWS state file: validation with file:line errors, the BLS markers, and allocation to O*NET
 * codes by the national rule (each state's employment split among codes sharing a row, never twice).
 */
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, test } from 'vitest';
import { allocateStates, locateStateFile, readStateOews, type StateRow } from '../../../lib/ingest/state';
import { all, BLS_MINI, cleanTemp, copyFixtures, errorOf, ingestFixtures, one, setField } from './helpers';

afterEach(cleanTemp);

const FILE = path.join(BLS_MINI, 'state_M2025_dl.tsv');

describe('reading the state file', () => {
  it('finds it in the BLS directory with its release year', () => {
    expect(locateStateFile(BLS_MINI)).toEqual({ file: FILE, year: '2025' });
  });

  it('reads detailed rows with markers as nulls and # as top-coded', () => {
    const rows = readStateOews(FILE, '2025');
    expect(rows).toHaveLength(11);
    expect(new Set(rows.map((r) => r.postal))).toEqual(new Set(['CA', 'WY']));
    const actorsWy = rows.find((r) => r.postal === 'WY' && r.occ_code === '27-2011')!;
    expect(actorsWy).toMatchObject({ employment: null, location_quotient: null, median_annual_wage: null, median_top_coded: false });
    const ceoCa = rows.find((r) => r.postal === 'CA' && r.occ_code === '11-1011')!;
    // 2025's top code is not in the table of known amounts: flagged, no invented number.
    expect(ceoCa).toMatchObject({ employment: 34700, location_quotient: 1.45, median_top_coded: true, median_annual_wage: null });
  });

  test.each<[string, string, string, RegExp]>([
    ['a state code that is not 2 digits', 'AREA', '6', /state_M2025_dl\.tsv:3: column "AREA": expected a 2-digit state FIPS code/],
    ['a postal code that is not 2 letters', 'PRIM_STATE', 'Cal', /:3: column "PRIM_STATE": expected a 2-letter postal code/],
    ['employment that is not a number', 'TOT_EMP', 'many', /:3: column "TOT_EMP": expected a number/],
    ['a metro area instead of a state', 'AREA_TYPE', '4', /:3: column "AREA_TYPE": expected state estimates/],
    ['a # in a count column', 'TOT_EMP', '#', /:3: column "TOT_EMP": expected a number/],
  ])('stops at %s with file:line', (_what, column, value, message) => {
    const { blsDir } = copyFixtures();
    const file = path.join(blsDir, 'state_M2025_dl.tsv');
    setField(file, 3, column, value);
    expect(errorOf(() => readStateOews(file, '2025')).message).toMatch(message);
  });

  it('refuses a postal code that names two areas', () => {
    const { blsDir } = copyFixtures();
    const file = path.join(blsDir, 'state_M2025_dl.tsv');
    setField(file, 3, 'PRIM_STATE', 'CA');
    expect(errorOf(() => readStateOews(file, '2025')).message).toMatch(/:3: column "PRIM_STATE": CA is also area 06/);
  });

  it('refuses a duplicate row', () => {
    const { blsDir } = copyFixtures();
    const file = path.join(blsDir, 'state_M2025_dl.tsv');
    setField(file, 4, 'OCC_CODE', '11-1011');
    expect(errorOf(() => readStateOews(file, '2025')).message).toMatch(/:4: duplicate row for 11-1011 in area 06/);
  });
});

const r = (area: string, occ_code: string, employment: number | null): StateRow => ({
  area,
  postal: area === '06' ? 'CA' : 'WY',
  name: area === '06' ? 'California' : 'Wyoming',
  occ_code,
  employment,
  jobs_per_1000: null,
  location_quotient: 1,
  median_annual_wage: 50_000,
  median_hourly_wage: 24,
  median_top_coded: false,
});

describe('allocating state employment', () => {
  it('splits a row among the O*NET codes sharing it and uses the crosswalk and broad codes', () => {
    const codes = ['11-1011.00', '11-1011.03', '13-1021.00', '21-1011.00', '55-1011.00'];
    const { areas, labor } = allocateStates(codes, [r('06', '11-1011', 100), r('06', '13-1020', 40), r('06', '21-1018', 30), r('06', '99-9999', 7)], new Map([['21-1011.00', { nem_code: '21-1018' }]]), 'OEWS May 2025 state');
    expect(areas).toEqual([{ area: '06', postal: 'CA', name: 'California', employment: 177, release: 'OEWS May 2025 state' }]);
    const by = Object.fromEntries(labor.map((l) => [l.onet_soc_code, [l.oews_code, l.oews_sharers, l.employment]]));
    expect(by).toEqual({ '11-1011.00': ['11-1011', 2, 50], '11-1011.03': ['11-1011', 2, 50], '13-1021.00': ['13-1020', 1, 40], '21-1011.00': ['21-1018', 1, 30] });
  });

  it('never allocates more than a state has, and allocates all of every matched row (property)', () => {
    const socs = ['11-1011', '13-1020', '15-1252', '29-1141'];
    const codes = ['11-1011.00', '11-1011.03', '13-1021.00', '15-1252.00', '29-1141.00', '29-1141.01', '29-1141.02'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('06', '56'), fc.constantFrom(...socs), fc.option(fc.integer({ min: 0, max: 1e6 }))), { maxLength: 12 }), (spec) => {
        const seen = new Set<string>();
        const rows = spec.filter(([a, s]) => !seen.has(`${a}${s}`) && seen.add(`${a}${s}`)).map(([a, s, e]) => r(a, s, e));
        const { areas, labor } = allocateStates(codes, rows, new Map(), 'x');
        for (const a of areas) {
          const allocated = labor.filter((l) => l.area === a.area).reduce((s, l) => s + (l.employment ?? 0), 0);
          expect(allocated).toBeCloseTo(a.employment, 6);
        }
      }),
    );
  });
});

describe('ingest with the state file', () => {
  it('writes areas, rows and the allocation, and records the release', () => {
    const { sqlite, summary } = ingestFixtures();
    expect(summary.optionalFilesUsed).toContain('state_M2025_dl.tsv');
    expect(all(sqlite, 'SELECT postal, employment, release FROM state_areas ORDER BY postal')).toEqual([
      { postal: 'CA', employment: 34700 + 300840 + 48010 + 75610 + 26170 + 670, release: 'OEWS May 2025 state' },
      { postal: 'WY', employment: 60 + 7470 + 570 + 910, release: 'OEWS May 2025 state' },
    ]);
    expect(one(sqlite, "SELECT release FROM dataset_versions WHERE file = 'state_M2025_dl.tsv'")).toBe('OEWS May 2025 state');
    // Chief Executives and Chief Sustainability Officers share 11-1011: half each, never both in full.
    expect(all(sqlite, "SELECT onet_soc_code, employment FROM state_labor WHERE area = '06' AND oews_code = '11-1011' ORDER BY 1")).toEqual([
      { onet_soc_code: '11-1011.00', employment: 17350 },
      { onet_soc_code: '11-1011.03', employment: 17350 },
    ]);
  });

  it('builds without the state file and says it is missing', () => {
    const dirs = copyFixtures();
    fs.rmSync(path.join(dirs.blsDir, 'state_M2025_dl.tsv'));
    const { sqlite, summary } = ingestFixtures(dirs);
    expect(one(sqlite, 'SELECT count(*) FROM state_areas')).toBe(0);
    expect(summary.optionalFilesMissing.some((f) => f.startsWith('state_M'))).toBe(true);
  });
});
