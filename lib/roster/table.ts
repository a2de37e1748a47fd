/**
 * The matched roster as one flat table (the `?format=csv` answer of POST /api/v1/roster): one row per
 * input row, exposures to 4 decimals, the hours of work exposed a year, and the first two
 * alternatives. Written out by the one CSV writer, which guards the uploader's text.
 */
import { HOURS_PER_YEAR, type MatchedRow } from './analyze';

export const ROSTER_TABLE_COLUMNS = [
  'line', 'job_title', 'department', 'headcount', 'onet_soc_code', 'title', 'confidence', 'needs_review', 'corrected',
  'alpha', 'beta', 'gamma', 'exposed_hours_per_year', 'alternative_1_code', 'alternative_1_title', 'alternative_2_code', 'alternative_2_title',
] as const;

type TableRow = Omit<MatchedRow, 'alternatives' | 'reasons'> & { alternatives: ReadonlyArray<{ onet_soc_code: string; title: string }> };

const r4 = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 10000);

export function rosterTable(rows: readonly TableRow[]) {
  return rows.map((r) => ({
    line: r.line,
    job_title: r.job_title,
    department: r.department,
    headcount: r.headcount,
    onet_soc_code: r.onet_soc_code,
    title: r.title,
    confidence: r.confidence,
    needs_review: r.needs_review,
    corrected: r.corrected,
    alpha: r4(r.alpha),
    beta: r4(r.beta),
    gamma: r4(r.gamma),
    exposed_hours_per_year: r.beta === null ? null : Math.round(r.headcount * HOURS_PER_YEAR * r.beta),
    alternative_1_code: r.alternatives[0]?.onet_soc_code ?? null,
    alternative_1_title: r.alternatives[0]?.title ?? null,
    alternative_2_code: r.alternatives[1]?.onet_soc_code ?? null,
    alternative_2_title: r.alternatives[1]?.title ?? null,
  }));
}
