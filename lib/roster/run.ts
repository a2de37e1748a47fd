/**
 * Roster analysis against one data context (lib/data): titles matched by the one job-title matcher (only scored
 * occupations can be matched, so every match has an exposure), figures from occupation_scores,
 * reskilling paths for the most exposed roles. Everything stays in memory.
 */
import { createHash } from 'node:crypto';
import { derived, type DataContext } from '../data/context';
import { rosterFigures } from '../queries/roster';
import { pathData } from '../queries/path-data';
import { findPaths, type Path } from '../paths/paths';
import { matcherFor } from '../search/matcher';
import { matchRoster, NO_MATCH, summarizeRoster, type MatchedRow, type OccupationFigures, type RosterSummary, type RowMatch } from './analyze';
import type { RosterRow } from './parse';
import { HttpError } from '../http/errors';

export const PATH_ROLES = 3;
export const PATHS_PER_ROLE = 3;

export interface RosterPaths {
  from: { onet_soc_code: string; title: string; beta: number; headcount: number };
  paths: Array<Pick<Path, 'onet_soc_code' | 'title' | 'beta' | 'exposure_reduction' | 'job_zone' | 'wage' | 'wage_change' | 'growth' | 'score'> & { gaps: Array<{ element: string; domain: string; from: number; to: number }> }>;
}

export interface RosterResult {
  rows: Array<Omit<MatchedRow, 'alternatives'> & { alternatives: Array<{ onet_soc_code: string; title: string; matched_title: string; score: number }> }>;
  summary: RosterSummary;
  paths: RosterPaths[];
}

/** Validates user corrections: row indexes inside the roster, codes of scored occupations. */
export function checkOverrides(data: DataContext, overrides: Record<string, string>, rows: number): Map<number, string> {
  const figures = rosterFigures(data);
  const out = new Map<number, string>();
  for (const [k, code] of Object.entries(overrides)) {
    const i = Number(k);
    if (!Number.isInteger(i) || i < 0 || i >= rows) throw new HttpError('invalid_input', `overrides: row index ${k} is outside the roster (0–${rows - 1})`, { field: `overrides.${k}` });
    if (!figures.has(code)) throw new HttpError('not_found', `overrides.${k}: ${code} is not a scored O*NET occupation`, { field: `overrides.${k}` });
    out.set(i, code);
  }
  return out;
}

/**
 * Title matches are kept per database file (bounded), keyed by a hash of the title so no uploaded text
 * outlives its request: a correction re-posts the whole roster and should not search again.
 */
const MATCH_CACHE_SIZE = 20_000;
/** Longest stretch of matching between two yields to the event loop, so a large roster never stalls other requests. */
const MATCH_SLICE_MS = 5;

const MATCHES = derived('rosterMatches', () => new Map<string, RowMatch>());

/** Thrown when the client went away: the work stops at the next slice. */
export class AbortedError extends Error {
  constructor() {
    super('the client disconnected');
    this.name = 'AbortedError';
  }
}

/**
 * Matches every distinct title (≈ 0.1–2 ms each, bounded by the matcher's caps), yielding between
 * slices and stopping as soon as `signal` aborts. Only scored occupations can be matched.
 */
async function matchTitles(data: DataContext, titles: string[], figures: Map<string, OccupationFigures>, signal?: AbortSignal): Promise<Map<string, RowMatch>> {
  const cache = data.get(MATCHES);
  const matcher = matcherFor(data);
  const allow = (code: string) => figures.has(code);
  const out = new Map<string, RowMatch>();
  let slice = performance.now();
  for (const title of titles) {
    const key = title.toLowerCase();
    if (out.has(key)) continue;
    const hash = createHash('sha256').update(key).digest('base64');
    let m = cache.get(hash);
    if (!m) {
      const r = matcher.match(title, { limit: 3, prefix: false, allow });
      m = { candidates: r.results, confidence: r.confidence, needs_review: r.needs_review, reasons: r.reasons };
      if (cache.size >= MATCH_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(hash, m);
      if (performance.now() - slice >= MATCH_SLICE_MS) {
        await new Promise((r) => setImmediate(r));
        if (signal?.aborted) throw new AbortedError();
        slice = performance.now();
      }
    }
    out.set(key, m);
  }
  return out;
}

/** Matches, summarises and finds paths for a roster, all on one data context (lease it for the whole request). */
export async function analyzeRoster(data: DataContext, rows: RosterRow[], overrides: Map<number, string>, signal?: AbortSignal): Promise<RosterResult> {
  const figures = rosterFigures(data);
  const matches = await matchTitles(data, rows.map((r) => r.job_title), figures, signal);
  const matched = matchRoster(rows, (title) => matches.get(title.toLowerCase()) ?? NO_MATCH, (code) => figures.get(code), overrides);
  const summary = summarizeRoster(matched);
  const paths: RosterPaths[] = summary.most_exposed_roles.slice(0, PATH_ROLES).map((r) => ({
    from: { onet_soc_code: r.onet_soc_code, title: r.title, beta: r.beta, headcount: r.headcount },
    paths: (findPaths(pathData(data), r.onet_soc_code, { limit: PATHS_PER_ROLE }) ?? []).map((p) => ({
      onet_soc_code: p.onet_soc_code,
      title: p.title,
      beta: p.beta,
      exposure_reduction: p.exposure_reduction,
      job_zone: p.job_zone,
      wage: p.wage,
      wage_change: p.wage_change,
      growth: p.growth,
      score: p.score,
      gaps: p.gaps.slice(0, 4).map((g) => ({ element: g.element, domain: g.domain, from: g.from, to: g.to })),
    })),
  }));
  return { rows: matched, summary, paths };
}
