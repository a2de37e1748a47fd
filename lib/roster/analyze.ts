/**
 * Roster analysis: each title matched to an occupation (best candidate, confidence and the next two),
 * then headcount-weighted exposure for the organisation and by department, the most exposed roles and
 * the hours of work exposed. Overrides (user corrections) replace a row's match. Pure: the matcher and
 * the occupation figures are passed in.
 */
import type { RosterRow } from './parse';

/** Annual working hours per full-time worker used to express exposure in hours (52 × 40). */
export const HOURS_PER_YEAR = 2080;

export interface Candidate {
  onet_soc_code: string;
  title: string;
  matched_title: string;
  score: number;
}

export interface OccupationFigures {
  title: string;
  alpha: number;
  beta: number;
  gamma: number;
}

export interface MatchedRow {
  line: number;
  job_title: string;
  headcount: number;
  department: string | null;
  onet_soc_code: string | null;
  title: string | null;
  confidence: number;
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  corrected: boolean;
  alternatives: Candidate[];
}

export interface RosterSummary {
  rows: number;
  matched_rows: number;
  headcount: number;
  matched_headcount: number;
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  hours_per_year: number;
  exposed_hours_per_year: number;
  low_confidence_rows: number;
  by_department: Array<{ department: string; headcount: number; beta: number | null; exposed_hours_per_year: number }>;
  most_exposed_roles: Array<{ onet_soc_code: string; title: string; headcount: number; beta: number; job_titles: string[] }>;
}

/** Below this confidence a match is flagged for review. */
export const LOW_CONFIDENCE = 0.5;

/**
 * Confidence of the best candidate: its own score (0–1 from the search) tempered by the margin to
 * the runner-up, so an ambiguous title is not reported as certain.
 */
export function confidenceOf(cands: Candidate[]): number {
  if (cands.length === 0) return 0;
  const top = Math.max(0, Math.min(1, cands[0].score));
  const second = cands[1] ? Math.max(0, Math.min(1, cands[1].score)) : 0;
  return Math.round(top * (0.6 + 0.4 * Math.min(1, (top - second) / Math.max(top, 1e-9) * 2)) * 1000) / 1000;
}

export function matchRoster(
  rows: RosterRow[],
  match: (title: string) => Candidate[],
  figures: (code: string) => OccupationFigures | undefined,
  overrides: Map<number, string> = new Map(),
): MatchedRow[] {
  const cache = new Map<string, Candidate[]>();
  return rows.map((r, i) => {
    const key = r.job_title.toLowerCase();
    let cands = cache.get(key);
    if (!cands) {
      cands = match(r.job_title).slice(0, 3);
      cache.set(key, cands);
    }
    const override = overrides.get(i);
    const code = override ?? cands[0]?.onet_soc_code ?? null;
    const f = code ? figures(code) : undefined;
    return {
      line: r.line,
      job_title: r.job_title,
      headcount: r.headcount,
      department: r.department,
      onet_soc_code: f ? code : null,
      title: f?.title ?? null,
      confidence: override && f ? 1 : confidenceOf(cands),
      alpha: f?.alpha ?? null,
      beta: f?.beta ?? null,
      gamma: f?.gamma ?? null,
      corrected: Boolean(override && f),
      alternatives: cands.filter((c) => c.onet_soc_code !== code).slice(0, 2),
    };
  });
}

export function summarizeRoster(rows: MatchedRow[], opts: { topRoles?: number } = {}): RosterSummary {
  const matched = rows.filter((r) => r.beta !== null);
  const hc = rows.reduce((s, r) => s + r.headcount, 0);
  const mhc = matched.reduce((s, r) => s + r.headcount, 0);
  const wm = (k: 'alpha' | 'beta' | 'gamma') => (mhc > 0 ? matched.reduce((s, r) => s + r.headcount * (r[k] as number), 0) / mhc : null);
  const depts = new Map<string, { hc: number; mhc: number; b: number }>();
  for (const r of rows) {
    const d = r.department ?? '(none)';
    const e = depts.get(d) ?? { hc: 0, mhc: 0, b: 0 };
    e.hc += r.headcount;
    if (r.beta !== null) {
      e.mhc += r.headcount;
      e.b += r.headcount * r.beta;
    }
    depts.set(d, e);
  }
  const roles = new Map<string, { title: string; headcount: number; beta: number; job_titles: Set<string> }>();
  for (const r of matched) {
    const e = roles.get(r.onet_soc_code!) ?? { title: r.title!, headcount: 0, beta: r.beta!, job_titles: new Set<string>() };
    e.headcount += r.headcount;
    e.job_titles.add(r.job_title);
    roles.set(r.onet_soc_code!, e);
  }
  const beta = wm('beta');
  return {
    rows: rows.length,
    matched_rows: matched.length,
    headcount: hc,
    matched_headcount: mhc,
    alpha: wm('alpha'),
    beta,
    gamma: wm('gamma'),
    hours_per_year: mhc * HOURS_PER_YEAR,
    exposed_hours_per_year: matched.reduce((s, r) => s + r.headcount * HOURS_PER_YEAR * (r.beta as number), 0),
    low_confidence_rows: rows.filter((r) => r.confidence < LOW_CONFIDENCE && !r.corrected).length,
    by_department: [...depts]
      .map(([department, e]) => ({ department, headcount: e.hc, beta: e.mhc > 0 ? e.b / e.mhc : null, exposed_hours_per_year: e.b * HOURS_PER_YEAR }))
      .sort((a, b) => (b.beta ?? -1) - (a.beta ?? -1)),
    most_exposed_roles: [...roles]
      .map(([onet_soc_code, e]) => ({ onet_soc_code, title: e.title, headcount: e.headcount, beta: e.beta, job_titles: [...e.job_titles] }))
      .sort((a, b) => b.beta * b.headcount - a.beta * a.headcount)
      .slice(0, opts.topRoles ?? 10),
  };
}
