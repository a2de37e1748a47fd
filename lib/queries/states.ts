import type { ReadonlyDb } from '../../db';
import { getDb } from '../../db/read';
import { stateAreas, stateLabor } from '../../db/schema';
import { stateDetail, stateSummaries, unitedStates, type AllocatedRow, type AreaRow, type StateDetail, type StateSummary } from '../states/figures';
import { hasRows, memo } from './db';
import { getDatasetVersions } from './meta';
import { occupationIndex } from './occupations';

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
    return { release: areas[0].release, onetRelease: getDatasetVersions(d.$client).find((v) => v.source.startsWith('O*NET'))?.release ?? 'O*NET', states: stateSummaries(areas, labor, occ), us: unitedStates(areas, labor, occ) };
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
