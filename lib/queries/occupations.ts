import { memo, sqlite, stmt, type Sqlite } from './db';

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

// SOC groups are derived from the SOC code itself (XX-0000 major, XX-X000 minor, XX-XXX0 broad), the
// standard SOC 2018 hierarchy, so filters and breadcrumbs agree with the OEWS group titles.
const SQL = `
SELECT o.onet_soc_code, o.soc_code, o.title,
       substr(o.soc_code, 1, 3) || '0000' AS major_group, gm.title AS major_title,
       substr(o.soc_code, 1, 4) || '000' AS minor_group, gn.title AS minor_title,
       substr(o.soc_code, 1, 6) || '0' AS broad_group, gb.title AS broad_title, o.job_zone,
       l.employment, l.median_annual_wage AS median_wage, coalesce(l.median_top_coded, 0) AS median_top_coded,
       l.projected_change_percent AS growth_pct, l.openings_annual AS openings, l.typical_education, l.oews_code, l.oews_sharers,
       (SELECT count(*) FROM tasks t WHERE t.onet_soc_code = o.onet_soc_code) AS task_count,
       s.alpha, s.beta, s.gamma, s.percentile, s.uncertainty, s.share_tasks_exposed
FROM occupations o
LEFT JOIN occupation_labor l ON l.onet_soc_code = o.onet_soc_code
LEFT JOIN occupation_scores s ON s.onet_soc_code = o.onet_soc_code
LEFT JOIN occupation_groups gm ON gm.code = substr(o.soc_code, 1, 3) || '0000'
LEFT JOIN occupation_groups gn ON gn.code = substr(o.soc_code, 1, 4) || '000'
LEFT JOIN occupation_groups gb ON gb.code = substr(o.soc_code, 1, 6) || '0'
ORDER BY o.onet_soc_code`;

/** All 1,016 occupations, read once per connection (a few ms) and filtered in memory. */
export function allOccupations(db: Sqlite = sqlite()): OccupationRow[] {
  return memo(db, 'allOccupations', () =>
    (stmt(db, SQL).all() as Array<Omit<OccupationRow, 'median_top_coded'> & { median_top_coded: number }>).map((r) => ({ ...r, median_top_coded: Boolean(r.median_top_coded) })),
  );
}

export function occupationIndex(db: Sqlite = sqlite()): Map<string, OccupationRow> {
  return memo(db, 'occupationIndex', () => new Map(allOccupations(db).map((r) => [r.onet_soc_code, r])));
}

export interface GroupOption {
  code: string;
  level: 'major' | 'minor' | 'broad';
  title: string;
}

export function getGroups(db: Sqlite = sqlite()): GroupOption[] {
  return memo(db, 'groups', () => stmt(db, 'SELECT code, level, title FROM occupation_groups ORDER BY code').all() as GroupOption[]);
}

export const SORT_KEYS = ['title', 'onet_soc_code', 'beta', 'alpha', 'gamma', 'employment', 'median_wage', 'job_zone', 'growth_pct', 'percentile', 'task_count'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface OccupationFilter {
  q?: string;
  group?: string; // a major (11-0000), minor (11-1000) or broad (11-1010) group code
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

/** SOC codes nest by prefix: 15-0000 ⊃ 15-1000 ⊃ 15-1250 ⊃ 15-1252. */
export function groupPrefix(code: string): string {
  if (code.endsWith('-0000')) return code.slice(0, 3);
  if (code.endsWith('000')) return code.slice(0, 4);
  return code.slice(0, 6);
}

/** Filter and sort; nulls always sort last. */
export function filterOccupations(rows: OccupationRow[], f: OccupationFilter): OccupationRow[] {
  const q = f.q?.trim().toLowerCase();
  const prefix = f.group ? groupPrefix(f.group) : null;
  const out = rows.filter((r) => {
    if (q && !r.title.toLowerCase().includes(q) && !r.onet_soc_code.startsWith(q)) return false;
    if (prefix && !r.soc_code.startsWith(prefix)) return false;
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
