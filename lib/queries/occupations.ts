import { occupationGroups } from '../../db/schema';
import { derived, type DataContext } from '../data/context';
import { occupationFacts } from './facts';

/** One occupation with its groups, BLS figures and (when scored) exposure. */
export interface OccupationRow {
  onet_soc_code: string;
  soc_code: string;
  title: string;
  major_group: string;
  major_title: string | null;
  minor_group: string;
  minor_title: string | null;
  broad_group: string;
  broad_title: string | null;
  job_zone: number | null;
  employment: number | null;
  median_wage: number | null;
  median_top_coded: boolean;
  growth_pct: number | null;
  openings: number | null;
  typical_education: string | null;
  task_count: number;
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  percentile: number | null;
  uncertainty: number | null;
  share_tasks_exposed: number | null;
  /** The OEWS row this occupation's employment comes from, and how many O*NET codes split it equally. */
  oews_code: string | null;
  oews_sharers: number | null;
}

const ALL = derived('allOccupations', (data): OccupationRow[] => {
  const rows = data.db.select().from(occupationFacts).orderBy(occupationFacts.onet_soc_code).all();
  const titles = new Map(getGroups(data).map((g) => [g.code, g.title]));
  // Keys in the order the API has always answered with.
  // Groups as the ingest recorded them (lib/ingest/labor.ts socGroups): SOC 2018 minor groups are
  // mostly XX-X000, but three are XX-XX00 (15-1200 Computer Occupations, 31-1100, 51-5100).
  return rows.map((r) => ({
    onet_soc_code: r.onet_soc_code,
    soc_code: r.soc_code,
    title: r.title,
    major_group: r.major_group,
    major_title: titles.get(r.major_group) ?? null,
    minor_group: r.minor_group,
    minor_title: titles.get(r.minor_group) ?? null,
    broad_group: r.broad_group,
    broad_title: titles.get(r.broad_group) ?? null,
    job_zone: r.job_zone,
    employment: r.employment,
    median_wage: r.median_wage,
    median_top_coded: r.median_top_coded ?? false,
    growth_pct: r.growth_pct,
    openings: r.openings,
    typical_education: r.typical_education,
    oews_code: r.oews_code,
    oews_sharers: r.oews_sharers,
    task_count: r.task_count,
    alpha: r.alpha,
    beta: r.beta,
    gamma: r.gamma,
    percentile: r.percentile,
    uncertainty: r.uncertainty,
    share_tasks_exposed: r.share_tasks_exposed,
  }));
});

/** All 1,016 occupations, read once per database file (a few ms) and filtered in memory. */
export function allOccupations(data: DataContext): OccupationRow[] {
  return data.get(ALL);
}

const INDEX = derived('occupationIndex', (data) => new Map(allOccupations(data).map((r) => [r.onet_soc_code, r])));
export function occupationIndex(data: DataContext): Map<string, OccupationRow> {
  return data.get(INDEX);
}

export type GroupOption = Pick<typeof occupationGroups.$inferSelect, 'code' | 'level' | 'title'>;

const GROUPS = derived('groups', ({ db }): GroupOption[] =>
  db.select({ code: occupationGroups.code, level: occupationGroups.level, title: occupationGroups.title }).from(occupationGroups).orderBy(occupationGroups.code).all(),
);

export function getGroups(data: DataContext): GroupOption[] {
  return data.get(GROUPS);
}

export const SORT_KEYS = ['title', 'onet_soc_code', 'beta', 'alpha', 'gamma', 'employment', 'median_wage', 'job_zone', 'growth_pct', 'percentile', 'task_count'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface OccupationFilter {
  q?: string;
  group?: string; // a major (15-0000), minor (15-1200) or broad (15-1250) group code, or a SOC code (15-1252)
  beta_min?: number;
  beta_max?: number;
  emp_min?: number;
  wage_min?: number;
  wage_max?: number;
  job_zone?: number[];
  growth_min?: number;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

/** Whether a group filter names something in this build: a SOC major, minor or broad group, or a SOC code. */
export function knownGroup(data: DataContext, code: string): boolean {
  return getGroups(data).some((g) => g.code === code) || allOccupations(data).some((r) => r.soc_code === code);
}

/** Filter and sort; nulls always sort last. */
export function filterOccupations(rows: OccupationRow[], f: OccupationFilter): OccupationRow[] {
  const q = f.q?.trim().toLowerCase();
  const g = f.group;
  const out = rows.filter((r) => {
    if (q && !r.title.toLowerCase().includes(q) && !r.onet_soc_code.startsWith(q)) return false;
    if (g && r.major_group !== g && r.minor_group !== g && r.broad_group !== g && r.soc_code !== g) return false;
    if (f.beta_min !== undefined && !(r.beta !== null && r.beta >= f.beta_min)) return false;
    if (f.beta_max !== undefined && !(r.beta !== null && r.beta <= f.beta_max)) return false;
    if (f.emp_min !== undefined && !(r.employment !== null && r.employment >= f.emp_min)) return false;
    if (f.wage_min !== undefined && !(r.median_wage !== null && r.median_wage >= f.wage_min)) return false;
    if (f.wage_max !== undefined && !(r.median_wage !== null && r.median_wage <= f.wage_max)) return false;
    if (f.job_zone?.length && !(r.job_zone !== null && f.job_zone.includes(r.job_zone))) return false;
    if (f.growth_min !== undefined && !(r.growth_pct !== null && r.growth_pct >= f.growth_min)) return false;
    return true;
  });
  const sign = f.dir === 'asc' ? 1 : -1;
  const key = f.sort;
  return out.sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) return a.onet_soc_code.localeCompare(b.onet_soc_code);
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
    return c !== 0 ? sign * c : a.onet_soc_code.localeCompare(b.onet_soc_code);
  });
}
