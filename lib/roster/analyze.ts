/**
 * Roster analysis: each title matched to an occupation (best candidate, calibrated confidence, a
 * needs_review flag with its reasons, and the next two; a title below the match floor stays unmatched),
 * then headcount-weighted exposure for the organisation and by department, the most exposed roles and
 * the hours of work exposed. Overrides (user corrections) replace a row's match. Pure: the matcher and
 * the occupation figures are passed in.
 */
import type { RosterRow } from './parse';
import type { Exposure } from '../score/exposure';

/** Annual working hours per full-time worker used to express exposure in hours (52 × 40). */
export const HOURS_PER_YEAR = 2080;

export interface Candidate {
  onet_soc_code: string;
  title: string;
  matched_title: string;
  score: number;
}

export interface OccupationFigures extends Exposure {
  title: string;
}

export interface MatchedRow {
  line: number;
  job_title: string;
  headcount: number;
  department: string | null;
  onet_soc_code: string | null;
  title: string | null;
  /** calibrated probability that the match's 6-digit SOC code is right (1 when corrected, 0 when unmatched) */
  confidence: number;
  /** true when a person should check the match (never for a correction) */
  needs_review: boolean;
  /** why it needs review, in words */
  reasons: string[];
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  corrected: boolean;
  alternatives: Candidate[];
}

export interface RosterSummary {
  rows: number;
  matched_rows: number;
  /** rows whose title matched no occupation (left out of every figure, never assigned) */
  unmatched_rows: number;
  headcount: number;
  matched_headcount: number;
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  hours_per_year: number;
  exposed_hours_per_year: number;
  /** rows to check: matched but flagged needs_review, or unmatched (corrections excluded) */
  low_confidence_rows: number;
  by_department: Array<{ department: string; headcount: number; beta: number | null; exposed_hours_per_year: number }>;
  most_exposed_roles: Array<{ onet_soc_code: string; title: string; headcount: number; beta: number; job_titles: string[] }>;
}

/** The matcher's answer for one title (lib/search/matcher). */
export interface RowMatch {
  candidates: Candidate[];
  confidence: number;
  needs_review: boolean;
  reasons: string[];
}

export const NO_MATCH: RowMatch = { candidates: [], confidence: 0, needs_review: true, reasons: ['no occupation title shares enough words with it'] };

export function matchRoster(
  rows: RosterRow[],
  match: (title: string) => RowMatch,
  figures: (code: string) => OccupationFigures | undefined,
  overrides: Map<number, string> = new Map(),
): MatchedRow[] {
  const cache = new Map<string, RowMatch>();
  return rows.map((r, i) => {
    const key = r.job_title.toLowerCase();
    let m = cache.get(key);
    if (!m) {
      m = match(r.job_title);
      cache.set(key, m);
    }
    const cands = m.candidates.slice(0, 3);
    const override = overrides.get(i);
    const code = override ?? cands[0]?.onet_soc_code ?? null;
    const f = code ? figures(code) : undefined;
    const corrected = Boolean(override && f);
    return {
      line: r.line,
      job_title: r.job_title,
      headcount: r.headcount,
      department: r.department,
      onet_soc_code: f ? code : null,
      title: f?.title ?? null,
      confidence: corrected ? 1 : f ? m.confidence : 0,
      needs_review: corrected ? false : f ? m.needs_review : true,
      reasons: corrected ? [] : f ? m.reasons : m.reasons.length ? m.reasons : NO_MATCH.reasons,
      alpha: f?.alpha ?? null,
      beta: f?.beta ?? null,
      gamma: f?.gamma ?? null,
      corrected,
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
    unmatched_rows: rows.filter((r) => r.onet_soc_code === null).length,
    headcount: hc,
    matched_headcount: mhc,
    alpha: wm('alpha'),
    beta,
    gamma: wm('gamma'),
    hours_per_year: mhc * HOURS_PER_YEAR,
    exposed_hours_per_year: matched.reduce((s, r) => s + r.headcount * HOURS_PER_YEAR * (r.beta as number), 0),
    low_confidence_rows: rows.filter((r) => r.needs_review).length,
    by_department: [...depts]
      .map(([department, e]) => ({ department, headcount: e.hc, beta: e.mhc > 0 ? e.b / e.mhc : null, exposed_hours_per_year: e.b * HOURS_PER_YEAR }))
      .sort((a, b) => (b.beta ?? -1) - (a.beta ?? -1)),
    most_exposed_roles: [...roles]
      .map(([onet_soc_code, e]) => ({ onet_soc_code, title: e.title, headcount: e.headcount, beta: e.beta, job_titles: [...e.job_titles] }))
      .sort((a, b) => b.beta * b.headcount - a.beta * a.headcount)
      .slice(0, opts.topRoles ?? 10),
  };
}
