/**
 * Exposure by state: each state's workers weighted by the exposure (beta) of their occupations, with
 * state employment allocated to O*NET codes by the national rule. Pure functions over plain rows; the
 * U.S. figure beside a state is the sum of the same state file (one release), never the national file.
 */
import { groupWeightedMean, weightedMean, weightedShareAtLeast } from '../charts/stats';

export const STATE_MEASURES = ['beta', 'share50'] as const;
export type StateMeasure = (typeof STATE_MEASURES)[number];
/** An occupation counts as "half its tasks exposed or more" when its beta is at least this. */
export const MAJORITY_EXPOSED = 0.5;

export interface OccupationExposure {
  onet_soc_code: string;
  title: string;
  major_group: string;
  major_title: string | null;
  beta: number | null;
}

export interface AreaRow {
  area: string;
  postal: string;
  name: string;
  employment: number;
  release: string;
}

export interface AllocatedRow {
  area: string;
  onet_soc_code: string;
  employment: number | null;
  median_annual_wage: number | null;
  location_quotient: number | null;
}

export interface StateSummary {
  area: string;
  postal: string;
  name: string;
  release: string;
  /** Workers in the file (detailed occupations; suppressed cells count as 0). */
  employment: number;
  /** Workers in occupations that have an exposure score. */
  scored_employment: number;
  /** Employment-weighted mean beta of those workers. */
  beta: number | null;
  /** Share of those workers in occupations with beta ≥ 0.5. */
  share50: number | null;
  rank_beta: number;
}

function rows(labor: AllocatedRow[], occ: ReadonlyMap<string, OccupationExposure>) {
  return labor.map((l) => ({ l, o: occ.get(l.onet_soc_code) })).filter((x): x is { l: AllocatedRow; o: OccupationExposure } => x.o !== undefined && x.o.beta !== null && (x.l.employment ?? 0) > 0);
}

function summarise(area: AreaRow, labor: AllocatedRow[], occ: ReadonlyMap<string, OccupationExposure>): Omit<StateSummary, 'rank_beta'> {
  const scored = rows(labor, occ);
  const w = scored.map(({ l, o }) => ({ value: o.beta, weight: l.employment }));
  return {
    ...area,
    scored_employment: scored.reduce((s, { l }) => s + (l.employment ?? 0), 0),
    beta: weightedMean(w),
    share50: scored.length > 0 ? weightedShareAtLeast(w, MAJORITY_EXPOSED) : null,
  };
}

/** Every state's headline figures, ranked by beta (1 = most exposed). */
export function stateSummaries(areas: AreaRow[], labor: AllocatedRow[], occ: ReadonlyMap<string, OccupationExposure>): StateSummary[] {
  const byArea = groupBy(labor, (l) => l.area);
  const out = areas.map((a) => summarise(a, byArea.get(a.area) ?? [], occ));
  const order = [...out].sort((a, b) => (b.beta ?? -1) - (a.beta ?? -1) || a.name.localeCompare(b.name));
  return out.map((s) => ({ ...s, rank_beta: order.indexOf(s) + 1 }));
}

/** The sum of all areas as one (same release as the states). */
/** The states ranked by a measure, highest first (no figure last), ties by name: the map's table and the /states page. */
export function rankedBy<T extends Pick<StateSummary, StateMeasure | 'name'>>(states: readonly T[], measure: StateMeasure): T[] {
  return [...states].sort((a, b) => (b[measure] ?? -1) - (a[measure] ?? -1) || a.name.localeCompare(b.name));
}

export function unitedStates(areas: AreaRow[], labor: AllocatedRow[], occ: ReadonlyMap<string, OccupationExposure>): Omit<StateSummary, 'rank_beta'> {
  const release = areas[0]?.release ?? '';
  return summarise({ area: 'US', postal: 'US', name: `United States (sum of the ${areas.length} areas)`, employment: areas.reduce((s, a) => s + a.employment, 0), release }, labor, occ);
}

export interface StateOccupation {
  onet_soc_code: string;
  title: string;
  beta: number;
  employment: number;
  location_quotient: number | null;
  median_annual_wage: number | null;
}

export interface GroupComparison {
  major_group: string;
  title: string;
  state_beta: number;
  us_beta: number | null;
  state_employment: number;
}

export interface StateDetail {
  mostExposed: StateOccupation[];
  leastExposed: StateOccupation[];
  /** Highly exposed (beta ≥ 0.5) occupations the state has more of than the U.S. (location quotient ≥ 1.2). */
  overRepresented: StateOccupation[];
  byGroup: GroupComparison[];
}

/** Occupations with fewer workers in the state than this are left out of the ranked lists (noisy estimates). */
export const MIN_LISTED_EMPLOYMENT = 500;
export const OVER_REPRESENTED_LQ = 1.2;

export function stateDetail(stateLabor: AllocatedRow[], allLabor: AllocatedRow[], occ: ReadonlyMap<string, OccupationExposure>, n = 10): StateDetail {
  const scored = rows(stateLabor, occ);
  const listed: StateOccupation[] = scored
    .filter(({ l }) => (l.employment ?? 0) >= MIN_LISTED_EMPLOYMENT)
    .map(({ l, o }) => ({ onet_soc_code: o.onet_soc_code, title: o.title, beta: o.beta!, employment: l.employment!, location_quotient: l.location_quotient, median_annual_wage: l.median_annual_wage }));
  const byBeta = [...listed].sort((a, b) => b.beta - a.beta || b.employment - a.employment);
  const us = groupWeightedMean(rows(allLabor, occ), ({ o }) => o.major_group, ({ l, o }) => ({ value: o.beta, weight: l.employment }));
  const usBeta = new Map(us.map((g) => [g.key, g.mean]));
  const titles = new Map([...occ.values()].map((o) => [o.major_group, o.major_title ?? o.major_group]));
  return {
    mostExposed: byBeta.slice(0, n),
    leastExposed: byBeta.slice(-n).reverse(),
    overRepresented: listed
      .filter((o) => o.beta >= MAJORITY_EXPOSED && (o.location_quotient ?? 0) >= OVER_REPRESENTED_LQ)
      .sort((a, b) => b.location_quotient! - a.location_quotient! || b.employment - a.employment)
      .slice(0, n),
    byGroup: groupWeightedMean(scored, ({ o }) => o.major_group, ({ l, o }) => ({ value: o.beta, weight: l.employment }))
      .map((g) => ({ major_group: g.key, title: titles.get(g.key) ?? g.key, state_beta: g.mean, us_beta: usBeta.get(g.key) ?? null, state_employment: g.weight }))
      .sort((a, b) => b.state_beta - a.state_beta),
  };
}

function groupBy<T, K>(list: T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const t of list) {
    const k = key(t);
    const l = m.get(k);
    if (l) l.push(t);
    else m.set(k, [t]);
  }
  return m;
}
