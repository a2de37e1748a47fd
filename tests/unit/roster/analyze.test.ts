import { describe, expect, test } from 'vitest';
import { HOURS_PER_YEAR, matchRoster, NO_MATCH, summarizeRoster, type Candidate, type OccupationFigures, type RowMatch } from '@/lib/roster/analyze';
import type { RosterRow } from '@/lib/roster/parse';

const cand = (code: string, title: string, score: number): Candidate => ({ onet_soc_code: code, title, matched_title: title, score });
const CANDIDATES: Record<string, Candidate[]> = {
  paralegal: [cand('23-2011.00', 'Paralegals', 0.98), cand('43-6012.00', 'Legal Secretaries', 0.79), cand('25-1112.00', 'Law Teachers', 0.78), cand('99-0000.00', 'Fourth', 0.5)],
  rn: [cand('29-1141.00', 'Registered Nurses', 1), cand('29-1161.00', 'Nurse Midwives', 0.83)],
  analyst: [cand('15-2051.00', 'Data Scientists', 0.6), cand('13-1111.00', 'Management Analysts', 0.59), cand('15-2041.00', 'Statisticians', 0.5)],
  unscored: [cand('11-9199.00', 'Managers, All Other', 0.9)],
};
const FIGURES: Record<string, OccupationFigures> = {
  '23-2011.00': { title: 'Paralegals', alpha: 0.2, beta: 0.5, gamma: 0.8 },
  '43-6012.00': { title: 'Legal Secretaries', alpha: 0.3, beta: 0.7, gamma: 0.9 },
  '29-1141.00': { title: 'Registered Nurses', alpha: 0.1, beta: 0.3, gamma: 0.5 },
  '15-2051.00': { title: 'Data Scientists', alpha: 0.4, beta: 0.6, gamma: 0.8 },
  '13-1111.00': { title: 'Management Analysts', alpha: 0.3, beta: 0.55, gamma: 0.8 },
};
const calls: string[] = [];
// What the matcher says of each title: confident, flagged as ambiguous, or below the floor (no candidates).
const REVIEW = new Set(['analyst']);
const match = (t: string): RowMatch => {
  calls.push(t);
  const candidates = CANDIDATES[t.toLowerCase()];
  if (!candidates) return NO_MATCH;
  const flagged = REVIEW.has(t.toLowerCase());
  return { candidates, confidence: flagged ? 0.4 : 0.95, needs_review: flagged, reasons: flagged ? ['a different occupation fits almost as well'] : [] };
};
const figures = (code: string) => FIGURES[code];
const row = (line: number, job_title: string, headcount: number, department: string | null = null): RosterRow => ({ line, job_title, headcount, department });

describe('matchRoster', () => {
  const rows = [row(2, 'Paralegal', 4, 'Legal'), row(3, 'RN', 10, 'Clinical'), row(4, 'Unknown title', 2, 'Ops'), row(5, 'paralegal', 1, 'Legal'), row(6, 'Unscored', 3)];

  test('one row per input row, in input order, with the best match and two alternatives', () => {
    calls.length = 0;
    const m = matchRoster(rows, match, figures);
    expect(m.map((r) => [r.line, r.job_title, r.onet_soc_code])).toEqual([
      [2, 'Paralegal', '23-2011.00'],
      [3, 'RN', '29-1141.00'],
      [4, 'Unknown title', null],
      [5, 'paralegal', '23-2011.00'],
      [6, 'Unscored', null],
    ]);
    expect(m[0]).toMatchObject({ title: 'Paralegals', alpha: 0.2, beta: 0.5, gamma: 0.8, corrected: false, department: 'Legal', headcount: 4 });
    expect(m[0].alternatives.map((a) => a.onet_soc_code)).toEqual(['43-6012.00', '25-1112.00']);
    expect(m[0]).toMatchObject({ confidence: 0.95, needs_review: false, reasons: [] });
    // below the floor: unmatched, flagged, never assigned
    expect(m[2]).toMatchObject({ confidence: 0, beta: null, title: null, alternatives: [], needs_review: true });
    expect(m[2].reasons.length).toBeGreaterThan(0);
    // a matched code without figures is reported as unmatched rather than with a made-up exposure
    expect(m[4]).toMatchObject({ onet_soc_code: null, beta: null, needs_review: true, confidence: 0 });
    // titles are matched once however often (and in whatever case) they appear
    expect(calls.filter((c) => c.toLowerCase() === 'paralegal')).toHaveLength(1);
  });

  test('overrides replace a match, count as certain and keep the former best among the alternatives', () => {
    const m = matchRoster(rows, match, figures, new Map([[0, '43-6012.00']]));
    expect(m[0]).toMatchObject({ onet_soc_code: '43-6012.00', title: 'Legal Secretaries', beta: 0.7, confidence: 1, corrected: true, needs_review: false, reasons: [] });
    expect(m[0].alternatives.map((a) => a.onet_soc_code)).toEqual(['23-2011.00', '25-1112.00']);
    // the other row with the same title is untouched
    expect(m[3]).toMatchObject({ onet_soc_code: '23-2011.00', corrected: false });
  });

  test('an override to an unknown code leaves the row unmatched and not corrected', () => {
    const m = matchRoster(rows, match, figures, new Map([[1, '00-0000.00']]));
    expect(m[1]).toMatchObject({ onet_soc_code: null, corrected: false });
  });
});

describe('summarizeRoster', () => {
  const m = matchRoster([row(2, 'Paralegal', 4, 'Legal'), row(3, 'RN', 10, 'Clinical'), row(4, 'Unknown title', 2, 'Clinical'), row(5, 'Analyst', 6), row(6, 'paralegal', 1, 'Legal')], match, figures);
  const s = summarizeRoster(m);

  test('headcount-weighted exposure over matched rows only', () => {
    expect(s).toMatchObject({ rows: 5, matched_rows: 4, unmatched_rows: 1, headcount: 23, matched_headcount: 21 });
    const beta = (4 * 0.5 + 10 * 0.3 + 6 * 0.6 + 1 * 0.5) / 21;
    expect(s.beta).toBeCloseTo(beta, 10);
    expect(s.alpha).toBeCloseTo((4 * 0.2 + 10 * 0.1 + 6 * 0.4 + 1 * 0.2) / 21, 10);
    expect(s.hours_per_year).toBe(21 * HOURS_PER_YEAR);
    expect(s.exposed_hours_per_year).toBeCloseTo(21 * HOURS_PER_YEAR * beta, 6);
  });

  test('by department, most exposed first; unmatched people count in headcount, not in beta', () => {
    expect(s.by_department.map((d) => d.department)).toEqual(['(none)', 'Legal', 'Clinical']);
    const clinical = s.by_department.find((d) => d.department === 'Clinical')!;
    expect(clinical).toMatchObject({ headcount: 12, beta: 0.3 });
    expect(clinical.exposed_hours_per_year).toBeCloseTo(10 * 0.3 * HOURS_PER_YEAR, 6);
  });

  test('most exposed roles grouped by occupation, ranked by exposed work (beta × headcount)', () => {
    expect(s.most_exposed_roles.map((r) => [r.onet_soc_code, r.headcount])).toEqual([
      ['15-2051.00', 6],
      ['29-1141.00', 10],
      ['23-2011.00', 5],
    ]);
    expect(s.most_exposed_roles[2].job_titles).toEqual(['Paralegal', 'paralegal']);
    expect(summarizeRoster(m, { topRoles: 1 }).most_exposed_roles).toHaveLength(1);
  });

  test('rows to check (flagged or unmatched) are counted unless corrected', () => {
    expect(s.low_confidence_rows).toBe(2); // the ambiguous analyst and the unmatched title
    const fixed = summarizeRoster(matchRoster([row(2, 'Analyst', 6)], match, figures, new Map([[0, '13-1111.00']])));
    expect(fixed.low_confidence_rows).toBe(0);
  });

  test('nothing matched: null exposure, zero hours', () => {
    const none = summarizeRoster(matchRoster([row(2, 'Unknown title', 3)], match, figures));
    expect(none).toMatchObject({ beta: null, alpha: null, gamma: null, matched_headcount: 0, exposed_hours_per_year: 0, most_exposed_roles: [] });
  });
});
