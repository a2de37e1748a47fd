import { groupWeightedMean, weightedHistogram, weightedShareAtLeast, type Bin } from '../charts/stats';
import { derived, type DataContext } from '../data/context';
import { allOccupations, type OccupationRow } from './occupations';

export const MEASURES = ['alpha', 'beta', 'gamma'] as const;
export type Measure = (typeof MEASURES)[number];

export interface Headline {
  measure: Measure;
  atLeast10: number;
  atLeast50: number;
}

export interface NationalPicture {
  /** BLS employment allocated to O*NET occupations (all of them, scored or not) */
  employment: number;
  employedOccupations: number;
  /** the part of it in occupations with an exposure score (those with O*NET task statements) */
  scoredEmployment: number;
  scoredOccupations: number;
  headline: Headline[];
  histogram: Bin[];
  byMajorGroup: Array<{ code: string; title: string; beta: number; employment: number; occupations: number }>;
  byJobZone: Array<{ job_zone: number; beta: number; employment: number; occupations: number }>;
  byEducation: Array<{ education: string; beta: number; employment: number; occupations: number }>;
  byWageBand: Array<{ band: string; lo: number; hi: number; beta: number; employment: number; occupations: number }>;
  scatter: Array<{ onet_soc_code: string; title: string; wage: number; top_coded: boolean; beta: number; employment: number; oews_code: string | null; oews_sharers: number | null }>;
  mostExposed: OccupationRow[];
  leastExposed: OccupationRow[];
}

/** Eloundou et al. (2023), Table/abstract: share of workers with ≥10% / ≥50% of tasks exposed, beta. */
export const PUBLISHED_HEADLINE = { source: 'Eloundou et al. (2023), “GPTs are GPTs”', measure: 'beta' as Measure, atLeast10: 0.8, atLeast50: 0.19 };

/** BLS typical entry-level education, from least to most. */
export const EDUCATION_ORDER = [
  'No formal educational credential',
  'High school diploma or equivalent',
  'Some college, no degree',
  'Postsecondary nondegree award',
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  'Doctoral or professional degree',
];

const WAGE_BANDS = [0, 30000, 40000, 50000, 60000, 80000, 100000, 150000, Infinity];

function rank(education: string): number {
  const i = EDUCATION_ORDER.indexOf(education);
  return i < 0 ? EDUCATION_ORDER.length : i;
}

function band(lo: number, hi: number): string {
  const k = (v: number) => `$${Math.round(v / 1000)}k`;
  return hi === Infinity ? `${k(lo)}+` : lo === 0 ? `< ${k(hi)}` : `${k(lo)}–${k(hi)}`;
}

/**
 * The national figures on the home page. Employment-weighted throughout; O*NET codes sharing a SOC
 * code carry equal shares of its employment (occupation_labor), so nothing is counted twice.
 */
export function getNationalPicture(data: DataContext): NationalPicture {
  return data.get(NATIONAL);
}

const NATIONAL = derived('national', (data): NationalPicture => {
  const rows = allOccupations(data);
  const scored = rows.filter((r) => r.beta !== null && (r.employment ?? 0) > 0);
  const w = (m: Measure) => scored.map((r) => ({ value: r[m], weight: r.employment }));
  const beta = (r: OccupationRow) => ({ value: r.beta, weight: r.employment });
  const groupTitles = new Map(rows.map((r) => [r.major_group, r.major_title ?? r.major_group]));
  const byWage = groupWeightedMean(
    scored.filter((r) => r.median_wage !== null),
    (r) => WAGE_BANDS.findIndex((lo, i) => r.median_wage! >= lo && r.median_wage! < WAGE_BANDS[i + 1]),
    beta,
  ).sort((a, b) => a.key - b.key);
  const ranked = [...scored].filter((r) => (r.employment ?? 0) >= 10000).sort((a, b) => b.beta! - a.beta! || a.title.localeCompare(b.title));
  return {
    employment: rows.reduce((s, r) => s + (r.employment ?? 0), 0),
    employedOccupations: rows.filter((r) => (r.employment ?? 0) > 0).length,
    scoredEmployment: scored.reduce((s, r) => s + (r.employment ?? 0), 0),
    scoredOccupations: scored.length,
    headline: MEASURES.map((m) => ({ measure: m, atLeast10: weightedShareAtLeast(w(m), 0.1), atLeast50: weightedShareAtLeast(w(m), 0.5) })),
    histogram: weightedHistogram(w('beta'), 10),
    byMajorGroup: groupWeightedMean(scored, (r) => r.major_group, beta)
      .map((g) => ({ code: g.key, title: groupTitles.get(g.key) ?? g.key, beta: g.mean, employment: g.weight, occupations: g.count }))
      .sort((a, b) => b.beta - a.beta),
    byJobZone: groupWeightedMean(scored.filter((r) => r.job_zone !== null), (r) => r.job_zone!, beta)
      .map((g) => ({ job_zone: g.key, beta: g.mean, employment: g.weight, occupations: g.count }))
      .sort((a, b) => a.job_zone - b.job_zone),
    byEducation: groupWeightedMean(scored.filter((r) => r.typical_education !== null), (r) => r.typical_education!, beta)
      .map((g) => ({ education: g.key, beta: g.mean, employment: g.weight, occupations: g.count }))
      .sort((a, b) => rank(a.education) - rank(b.education)),
    byWageBand: byWage.map((g) => ({ band: band(WAGE_BANDS[g.key], WAGE_BANDS[g.key + 1]), lo: WAGE_BANDS[g.key], hi: WAGE_BANDS[g.key + 1], beta: g.mean, employment: g.weight, occupations: g.count })),
    scatter: scored
      .filter((r) => r.median_wage !== null)
      .map((r) => ({ onet_soc_code: r.onet_soc_code, title: r.title, wage: r.median_wage!, top_coded: r.median_top_coded, beta: r.beta!, employment: r.employment!, oews_code: r.oews_code, oews_sharers: r.oews_sharers })),
    mostExposed: ranked.slice(0, 15),
    leastExposed: ranked.slice(-15).reverse(),
  };
});
