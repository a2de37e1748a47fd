/**
 * BLS OEWS state estimates (state_M<year>_dl): read and validated like the national file, then
 * allocated to O*NET occupations state by state with the national rule (lib/ingest/labor.ts).
 * The state file is optional: without it the app has no geography, and says so.
 */
import { z } from 'zod';
import { blsNumber } from './bls';
export { locateStateFile, type StateFile } from './bls';
import { InputError } from './errors';
import { text } from './fields';
import { allocateLabor } from './labor';
import { readRows } from './table';

export interface StateRow {
  area: string;
  postal: string;
  name: string;
  occ_code: string;
  employment: number | null;
  jobs_per_1000: number | null;
  location_quotient: number | null;
  median_annual_wage: number | null;
  median_hourly_wage: number | null;
  median_top_coded: boolean;
}

/** Top-coded wage amounts (`#`) by OEWS release year; an unknown year leaves a `#` wage empty. */
const TOP_CODES: Record<string, { annual: number; hourly: number }> = {
  '2023': { annual: 239_200, hourly: 115 },
  '2024': { annual: 239_200, hourly: 115 },
};

const O_GROUPS = ['total', 'major', 'minor', 'broad', 'detailed'] as const;
const missing = { '*': null, '**': null, '': null } as const;

/**
 * Reads the state file's detailed rows (total/major/minor/broad rows are validated and skipped:
 * the allocation, like the national one, works on detailed occupations). Territories (AREA_TYPE 2 but
 * FIPS 66, 72, 78) are kept; the map shows what its boundaries cover.
 */
export function readStateOews(file: string, year: string): StateRow[] {
  const t = readRows(
    file,
    z.object({
      AREA: z.string().trim().regex(/^\d{2}$/, 'expected a 2-digit state FIPS code like 06'),
      AREA_TITLE: text,
      AREA_TYPE: z.literal('2', { error: 'expected state estimates (AREA_TYPE 2)' }),
      PRIM_STATE: z.string().trim().regex(/^[A-Z]{2}$/, 'expected a 2-letter postal code like CA'),
      OCC_CODE: z.string().trim().regex(/^\d{2}-\d{4}$/, 'expected an OEWS occupation code like 15-1252'),
      O_GROUP: z.enum(O_GROUPS, { error: `expected one of ${O_GROUPS.join(', ')}` }),
      TOT_EMP: blsNumber(missing),
      JOBS_1000: blsNumber(missing),
      LOC_QUOTIENT: blsNumber(missing),
      A_MEDIAN: blsNumber({ ...missing, '#': 'top' }),
      H_MEDIAN: blsNumber({ ...missing, '#': 'top' }),
    }),
  );
  const rows = t.rows;
  const top = TOP_CODES[year];
  const areaOf = new Map<string, { postal: string; name: string; line: number }>();
  const postalOf = new Map<string, string>();
  const seen = new Set<string>();
  const out: StateRow[] = [];
  for (const r of rows) {
    const known = areaOf.get(r.AREA);
    if (known && (known.postal !== r.PRIM_STATE || known.name !== r.AREA_TITLE)) {
      throw new InputError(t.file, r.line, `area ${r.AREA} is "${r.AREA_TITLE}" (${r.PRIM_STATE}) here but "${known.name}" (${known.postal}) on line ${known.line}`);
    }
    const otherArea = postalOf.get(r.PRIM_STATE);
    if (otherArea !== undefined && otherArea !== r.AREA) throw new InputError(t.file, r.line, `column "PRIM_STATE": ${r.PRIM_STATE} is also area ${otherArea}`);
    if (!known) areaOf.set(r.AREA, { postal: r.PRIM_STATE, name: r.AREA_TITLE, line: r.line });
    postalOf.set(r.PRIM_STATE, r.AREA);
    if (r.O_GROUP !== 'detailed') continue;
    const key = `${r.AREA}|${r.OCC_CODE}`;
    if (seen.has(key)) throw new InputError(t.file, r.line, `duplicate row for ${r.OCC_CODE} in area ${r.AREA}`);
    seen.add(key);
    for (const col of ['TOT_EMP', 'JOBS_1000', 'LOC_QUOTIENT'] as const) {
      if (r[col] === 'top') throw new InputError(t.file, r.line, `column "${col}": "#" is a wage marker, not a count`);
    }
    const wage = (v: number | null | 'top', kind: 'annual' | 'hourly') => (v === 'top' ? (top ? top[kind] : null) : v);
    out.push({
      area: r.AREA,
      postal: r.PRIM_STATE,
      name: r.AREA_TITLE,
      occ_code: r.OCC_CODE,
      employment: r.TOT_EMP as number | null,
      jobs_per_1000: r.JOBS_1000 as number | null,
      location_quotient: r.LOC_QUOTIENT as number | null,
      median_annual_wage: wage(r.A_MEDIAN, 'annual'),
      median_hourly_wage: wage(r.H_MEDIAN, 'hourly'),
      median_top_coded: r.A_MEDIAN === 'top',
    });
  }
  if (out.length === 0) throw new InputError(t.file, undefined, 'no detailed occupation rows');
  return out;
}

export interface StateArea {
  area: string;
  postal: string;
  name: string;
  employment: number;
  release: string;
}

export interface StateLaborRow {
  area: string;
  onet_soc_code: string;
  oews_code: string;
  oews_sharers: number;
  employment: number | null;
  median_annual_wage: number | null;
  location_quotient: number | null;
}

/** Areas with their file employment, and each state's employment allocated to O*NET codes. */
export function allocateStates(
  codes: string[],
  rows: StateRow[],
  crosswalk: Map<string, { nem_code: string }>,
  release: string,
): { areas: StateArea[]; labor: StateLaborRow[] } {
  const byArea = new Map<string, StateRow[]>();
  for (const r of rows) {
    const list = byArea.get(r.area);
    if (list) list.push(r);
    else byArea.set(r.area, [r]);
  }
  const areas: StateArea[] = [];
  const labor: StateLaborRow[] = [];
  for (const [area, list] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
    areas.push({ area, postal: list[0].postal, name: list[0].name, employment: list.reduce((s, r) => s + (r.employment ?? 0), 0), release });
    const byCode = new Map(list.map((r) => [r.occ_code, r]));
    const allocated = allocateLabor(
      codes,
      list.map((r) => ({ occ_code: r.occ_code, o_group: 'detailed', employment: r.employment, median_annual_wage: r.median_annual_wage, median_hourly_wage: r.median_hourly_wage, median_top_coded: r.median_top_coded })),
      [],
      crosswalk,
    );
    for (const a of allocated) {
      if (a.oews_code === null || a.oews_sharers === null) continue;
      labor.push({
        area,
        onet_soc_code: a.onet_soc_code,
        oews_code: a.oews_code,
        oews_sharers: a.oews_sharers,
        employment: a.employment,
        median_annual_wage: a.median_annual_wage,
        location_quotient: byCode.get(a.oews_code)?.location_quotient ?? null,
      });
    }
  }
  return { areas, labor };
}
