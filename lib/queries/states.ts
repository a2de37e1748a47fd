import type { ReadonlyDb } from '../../db';
import { getDb } from '../../db/read';
import { and, desc, eq } from 'drizzle-orm';
import { stateAreas, stateLabor, stateOews } from '../../db/schema';
import { MAJORITY_EXPOSED, stateDetail, stateSummaries, unitedStates, type AllocatedRow, type AreaRow, type StateDetail, type StateSummary } from '../states/figures';
import { hasRows, memo } from './db';
import { weightedMean, weightedShareAtLeast } from '../charts/stats';
import { nationalOewsRelease, releases } from './meta';
import { allOccupations, occupationIndex } from './occupations';

export interface StatesPicture {
  release: string;
  /** The O*NET release the exposure scores come from, as recorded by the build. */
  onetRelease: string;
  states: StateSummary[];
  us: Omit<StateSummary, 'rank_beta'>;
}

function load(d: ReadonlyDb): { areas: AreaRow[]; labor: AllocatedRow[] } {
  return memo(d.$client, 'states:rows', () => {
    const areas: AreaRow[] = d.select({ area: stateAreas.area, postal: stateAreas.postal, name: stateAreas.name, employment: stateAreas.employment, release: stateAreas.release }).from(stateAreas).orderBy(stateAreas.name).all();
    const labor: AllocatedRow[] = d
      .select({ area: stateLabor.area, onet_soc_code: stateLabor.onet_soc_code, employment: stateLabor.employment, median_annual_wage: stateLabor.median_annual_wage, location_quotient: stateLabor.location_quotient })
      .from(stateLabor)
      .all();
    return { areas, labor };
  });
}

/** Every state's exposure, or null when the database was built without the OEWS state file. */
export function getStatesPicture(d: ReadonlyDb = getDb()): StatesPicture | null {
  if (!hasRows(d.$client, 'state_areas')) return null;
  return memo(d.$client, 'states:picture', () => {
    const { areas, labor } = load(d);
    const occ = occupationIndex(d.$client);
    return { release: areas[0].release, onetRelease: releases(d.$client).onet, states: stateSummaries(areas, labor, occ), us: unitedStates(areas, labor, occ) };
  });
}

export interface StatePicture extends StateDetail {
  state: StateSummary;
  us: Omit<StateSummary, 'rank_beta'>;
  count: number;
}

/** One state by postal code (case-insensitive), or null when unknown. */
export function getStatePicture(postal: string, d: ReadonlyDb = getDb()): StatePicture | null {
  const all = getStatesPicture(d);
  const state = all?.states.find((s) => s.postal === postal.toUpperCase());
  if (!all || !state) return null;
  return memo(d.$client, `states:${state.postal}`, () => {
    const { labor } = load(d);
    const detail = stateDetail(labor.filter((l) => l.area === state.area), labor, occupationIndex(d.$client));
    return { ...detail, state, us: all.us, count: all.states.length };
  });
}

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

/** One occupation across the states (BLS state release), largest employment first; [] without state data. */
export function occupationByState(code: string, d: ReadonlyDb = getDb()): { release: string; rows: OccupationInState[] } | null {
  const all = getStatesPicture(d);
  if (!all) return null;
  const rows = d
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
    .where(eq(stateLabor.onet_soc_code, code))
    .orderBy(desc(stateLabor.employment), stateAreas.name)
    .all();
  return { release: all.release, rows };
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
export function stateScope(postal: string, d: ReadonlyDb = getDb()): StateScope | null {
  const all = getStatesPicture(d);
  const s = all?.states.find((x) => x.postal === postal.toUpperCase());
  if (!s) return null;
  return memo(d.$client, `states:scope:${s.postal}`, () => {
    const { labor } = load(d);
    const mine = labor.filter((l) => l.area === s.area);
    return {
      area: s.area,
      postal: s.postal,
      name: s.name,
      release: s.release,
      labor: new Map(mine.map((l) => [l.onet_soc_code, { employment: l.employment ?? 0, median_annual_wage: l.median_annual_wage }])),
    };
  });
}

/** The states a user can scope a view to (postal, name), alphabetical; [] without state data. */
export function stateOptions(d: ReadonlyDb = getDb()): Array<{ postal: string; name: string }> {
  return (getStatesPicture(d)?.states ?? []).map((s) => ({ postal: s.postal, name: s.name })).sort((a, b) => a.name.localeCompare(b.name));
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
export function workforceBenchmark(postal: string | null, d: ReadonlyDb = getDb()): WorkforceBenchmark | null {
  if (postal) {
    const s = getStatesPicture(d)?.states.find((x) => x.postal === postal.toUpperCase());
    return s ? { state: s.postal, name: s.name, release: s.release, beta: s.beta, share50: s.share50 } : null;
  }
  return memo(d.$client, 'benchmark:US', () => {
    const w = allOccupations(d.$client).map((o) => ({ value: o.beta, weight: o.employment }));
    return { state: null, name: 'United States', release: nationalOewsRelease(d.$client), beta: weightedMean(w), share50: weightedShareAtLeast(w, MAJORITY_EXPOSED) };
  });
}
