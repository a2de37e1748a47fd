import { and, desc, eq, sql } from 'drizzle-orm';
import { stateAreas, stateLabor, stateOews } from '../../db/schema';
import { MAJORITY_EXPOSED, stateDetail, stateSummaries, unitedStates, type AllocatedRow, type AreaRow, type StateDetail, type StateSummary } from '../states/figures';
import { derived, derivedBy, type DataContext } from '../data/context';
import { weightedMean, weightedShareAtLeast } from '../charts/stats';
import { hasRows, nationalOewsRelease, releases } from './meta';
import { allOccupations, occupationIndex } from './occupations';

export interface StatesPicture {
  release: string;
  /** The O*NET release the exposure scores come from, as recorded by the build. */
  onetRelease: string;
  states: StateSummary[];
  us: Omit<StateSummary, 'rank_beta'>;
}

const ROWS = derived('stateRows', ({ db: d }): { areas: AreaRow[]; labor: AllocatedRow[] } => {
  const areas: AreaRow[] = d.select({ area: stateAreas.area, postal: stateAreas.postal, name: stateAreas.name, employment: stateAreas.employment, release: stateAreas.release }).from(stateAreas).orderBy(stateAreas.name).all();
  const labor: AllocatedRow[] = d
    .select({ area: stateLabor.area, onet_soc_code: stateLabor.onet_soc_code, employment: stateLabor.employment, median_annual_wage: stateLabor.median_annual_wage, location_quotient: stateLabor.location_quotient })
    .from(stateLabor)
    .all();
  return { areas, labor };
});

function load(data: DataContext): { areas: AreaRow[]; labor: AllocatedRow[] } {
  return data.get(ROWS);
}

const PICTURE = derived('statesPicture', (data): StatesPicture => {
  const { areas, labor } = load(data);
  const occ = occupationIndex(data);
  return { release: areas[0].release, onetRelease: releases(data).onet, states: stateSummaries(areas, labor, occ), us: unitedStates(areas, labor, occ) };
});

/** Every state's exposure, or null when the database was built without the OEWS state file. */
export function getStatesPicture(data: DataContext): StatesPicture | null {
  return hasRows(data, 'state_areas') ? data.get(PICTURE) : null;
}

export interface StatePicture extends StateDetail {
  state: StateSummary;
  us: Omit<StateSummary, 'rank_beta'>;
  count: number;
}

/** One state by postal code (case-insensitive), or null when unknown. */
export function getStatePicture(postal: string, data: DataContext): StatePicture | null {
  const all = getStatesPicture(data);
  const state = all?.states.find((s) => s.postal === postal.toUpperCase());
  return all && state ? statePicture(data, state.postal) : null;
}

const statePicture = derivedBy('statePicture', (data, postal): StatePicture => {
  const all = data.get(PICTURE);
  const state = all.states.find((s) => s.postal === postal)!;
  const { labor } = load(data);
  const detail = stateDetail(labor.filter((l) => l.area === state.area), labor, occupationIndex(data));
  return { ...detail, state, us: all.us, count: all.states.length };
});

export interface OccupationInState {
  area: string;
  postal: string;
  name: string;
  /** Workers allocated to this O*NET occupation (the BLS row split among its sharers). */
  employment: number | null;
  /** Of the BLS row (not split): jobs per 1,000 in the state, location quotient, median wage. */
  jobs_per_1000: number | null;
  location_quotient: number | null;
  median_annual_wage: number | null;
  median_top_coded: boolean;
  oews_code: string;
  oews_sharers: number;
}

const BY_STATE = derived('occupationByState', ({ db }) =>
  db
    .select({
      area: stateAreas.area,
      postal: stateAreas.postal,
      name: stateAreas.name,
      employment: stateLabor.employment,
      jobs_per_1000: stateOews.jobs_per_1000,
      location_quotient: stateOews.location_quotient,
      median_annual_wage: stateOews.median_annual_wage,
      median_top_coded: stateOews.median_top_coded,
      oews_code: stateLabor.oews_code,
      oews_sharers: stateLabor.oews_sharers,
    })
    .from(stateLabor)
    .innerJoin(stateAreas, eq(stateAreas.area, stateLabor.area))
    .innerJoin(stateOews, and(eq(stateOews.area, stateLabor.area), eq(stateOews.occ_code, stateLabor.oews_code)))
    .where(eq(stateLabor.onet_soc_code, sql.placeholder('code')))
    .orderBy(desc(stateLabor.employment), stateAreas.name)
    .prepare(),
);

/** One occupation across the states (BLS state release), largest employment first; null without state data. */
export function occupationByState(code: string, data: DataContext): { release: string; rows: OccupationInState[] } | null {
  const all = getStatesPicture(data);
  if (!all) return null;
  return { release: all.release, rows: data.get(BY_STATE).all({ code }) };
}

export interface StateScope {
  area: string;
  postal: string;
  name: string;
  release: string;
  /** Employment (allocated to O*NET codes) and the state's median wage of each code's BLS row. */
  labor: Map<string, { employment: number; median_annual_wage: number | null }>;
}

/** A state's workforce by O*NET occupation, for state-scoped scenarios and rosters; null when unknown. */
export function stateScope(postal: string, data: DataContext): StateScope | null {
  const all = getStatesPicture(data);
  const s = all?.states.find((x) => x.postal === postal.toUpperCase());
  return s ? scopeOf(data, s.postal) : null;
}

const scopeOf = derivedBy('stateScope', (data, postal): StateScope => {
  const s = data.get(PICTURE).states.find((x) => x.postal === postal)!;
  const { labor } = load(data);
  const mine = labor.filter((l) => l.area === s.area);
  return {
    area: s.area,
    postal: s.postal,
    name: s.name,
    release: s.release,
    labor: new Map(mine.map((l) => [l.onet_soc_code, { employment: l.employment ?? 0, median_annual_wage: l.median_annual_wage }])),
  };
});

/** The states a user can scope a view to (postal, name), alphabetical; [] without state data. */
export function stateOptions(data: DataContext): Array<{ postal: string; name: string }> {
  return (getStatesPicture(data)?.states ?? []).map((s) => ({ postal: s.postal, name: s.name })).sort((a, b) => a.name.localeCompare(b.name));
}

export interface WorkforceBenchmark {
  /** Postal code of the state, or null for the nation. */
  state: string | null;
  name: string;
  release: string;
  /** Employment-weighted mean beta and share of workers in occupations with beta ≥ 0.5. */
  beta: number | null;
  share50: number | null;
}

/** The workforce a roster is compared with: one state's (BLS state release) or the nation's (national release). */
export function workforceBenchmark(postal: string | null, data: DataContext): WorkforceBenchmark | null {
  if (postal) {
    const s = getStatesPicture(data)?.states.find((x) => x.postal === postal.toUpperCase());
    return s ? { state: s.postal, name: s.name, release: s.release, beta: s.beta, share50: s.share50 } : null;
  }
  return data.get(US_BENCHMARK);
}

const US_BENCHMARK = derived('usBenchmark', (data): WorkforceBenchmark => {
  const w = allOccupations(data).map((o) => ({ value: o.beta, weight: o.employment }));
  return { state: null, name: 'United States', release: nationalOewsRelease(data), beta: weightedMean(w), share50: weightedShareAtLeast(w, MAJORITY_EXPOSED) };
});
