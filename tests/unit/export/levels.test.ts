/**
 * exportLevel on a database built from the official-layout fixtures: the columns of each level, one row
 * per occupation / task, and the employment-weighted group means once scores exist.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { objectsToCsv } from '../../../lib/export/csv';
import { readerOf } from '../../../db';
import { exportLevel, LEVELS } from '../../../lib/queries/export-levels';
import { parseCsv } from '../../../lib/ingest/csv';
import { cleanTemp, ingestFixtures } from '../ingest/helpers';

afterEach(cleanTemp);

const OCCUPATION_COLUMNS = [
  'onet_soc_code',
  'title',
  'soc_code',
  'employment',
  'median_wage',
  'task_count',
  'alpha',
  'beta',
  'gamma',
  'percentile',
  'uncertainty',
  'major_group',
  'job_zone',
  'projected_change_percent',
  'typical_education',
  'observed_use_pct',
  'observed_exposure',
];

/** Gives every fixture occupation with tasks a score: beta rising with the code, alpha = beta / 2. */
function addScores(sqlite: import('better-sqlite3').Database) {
  const codes = (sqlite.prepare('SELECT DISTINCT onet_soc_code c FROM tasks ORDER BY 1').all() as Array<{ c: string }>).map((r) => r.c);
  const ins = sqlite.prepare(
    'INSERT INTO occupation_scores (onet_soc_code, alpha, beta, gamma, rubric_beta, task_count, share_tasks_exposed, uncertainty, percentile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  codes.forEach((c, i) => ins.run(c, (0.1 * (i + 1)) / 2, 0.1 * (i + 1), 0.1 * (i + 1) + 0.05, 0.3, 3, 0.5, 0.012345, 10 * (i + 1)));
  return new Map(codes.map((c, i) => [c, 0.1 * (i + 1)]));
}

describe('exportLevel', () => {
  it('knows four levels', () => {
    expect(LEVELS).toEqual(['task', 'occupation', 'group', 'skill']);
  });

  it('occupation: the documented columns and one row per occupation, scores NULL before scoring', () => {
    const { sqlite } = ingestFixtures();
    const t = exportLevel(readerOf(sqlite), 'occupation');
    expect(t.columns).toEqual(OCCUPATION_COLUMNS);
    expect(t.rows.map((r) => r.onet_soc_code)).toEqual(['11-1011.00', '11-1011.03', '11-1031.00', '13-1021.00', '21-1011.00', '27-2011.00', '29-1022.00', '55-1011.00']);
    expect(t.rows[0]).toEqual({
      onet_soc_code: '11-1011.00',
      title: 'Chief Executives',
      soc_code: '11-1011',
      employment: 105615,
      median_wage: 206680,
      task_count: 4,
      alpha: null,
      beta: null,
      gamma: null,
      percentile: null,
      uncertainty: null,
      major_group: '11-0000',
      job_zone: 5,
      projected_change_percent: 4.3,
      typical_education: "Bachelor's degree",
      observed_use_pct: null,
      observed_exposure: null,
    });
    expect(t.rows.find((r) => r.onet_soc_code === '55-1011.00')).toMatchObject({ task_count: 0, employment: null, median_wage: null, job_zone: null });
    expect(t.rows.find((r) => r.onet_soc_code === '29-1022.00')).toMatchObject({ median_wage: 239200 });
  });

  it('occupation: rounds scores to 4 decimals and the percentile to 1', () => {
    const { sqlite } = ingestFixtures();
    sqlite.prepare("INSERT INTO occupation_scores VALUES ('11-1011.00', 0.123456, 0.234567, 0.345678, 0.3, 4, 0.25, 0.0123456, 42.26)").run();
    expect(exportLevel(readerOf(sqlite), 'occupation').rows[0]).toMatchObject({ alpha: 0.1235, beta: 0.2346, gamma: 0.3457, uncertainty: 0.0123, percentile: 42.3 });
  });

  it('task: one row per task with its weight', () => {
    const { sqlite } = ingestFixtures();
    const t = exportLevel(readerOf(sqlite), 'task');
    expect(t.columns).toEqual(['onet_soc_code', 'task_id', 'task_type', 'statement', 'weight', 'p_e0', 'p_e1', 'p_e2', 'alpha', 'beta', 'gamma', 'method']);
    expect(t.rows).toHaveLength(22);
    expect(t.rows.filter((r) => r.task_type === 'n/a').map((r) => r.weight)).toEqual([0.75, 0.75, 0.75]);
  });

  it('group: employment-weighted means of the major groups, leaving out occupations without employment', () => {
    const { sqlite } = ingestFixtures();
    const beta = addScores(sqlite);
    const t = exportLevel(readerOf(sqlite), 'group');
    expect(t.columns).toEqual(['major_group', 'title', 'occupations', 'employment', 'alpha', 'beta', 'gamma']);
    // 27-0000: Actors' employment is "**"; 55-0000: no employment and no scores.
    expect(t.rows.map((r) => r.major_group)).toEqual(['11-0000', '13-0000', '21-0000', '29-0000']);
    const mgmt = t.rows[0];
    const w = [105615, 105615, 32460];
    const b = ['11-1011.00', '11-1011.03', '11-1031.00'].map((c) => beta.get(c)!);
    const mean = (w[0] * b[0] + w[1] * b[1] + w[2] * b[2]) / (w[0] + w[1] + w[2]);
    expect(mgmt).toMatchObject({ title: 'Management Occupations', occupations: 3, employment: 243690 });
    expect(mgmt.beta).toBeCloseTo(mean, 4);
    expect(mgmt.alpha).toBeCloseTo(mean / 2, 4);
  });

  it('skill: empty until element scores exist, then one row per scored element', () => {
    const { sqlite } = ingestFixtures();
    expect(exportLevel(readerOf(sqlite), 'skill')).toEqual({ columns: ['element_id', 'name', 'domain', 'alpha', 'beta', 'gamma', 'employment', 'occupations'], rows: [] });
    sqlite.prepare("INSERT INTO element_scores VALUES ('2.A.1.a', 0.11111, 0.22222, 0.33333, 12345.6, 3)").run();
    expect(exportLevel(readerOf(sqlite), 'skill').rows).toEqual([{ element_id: '2.A.1.a', name: 'Reading Comprehension', domain: 'skill', alpha: 0.1111, beta: 0.2222, gamma: 0.3333, employment: 12346, occupations: 3 }]);
  });

  it('writes through the one CSV writer and reads back with the same header and row count', () => {
    const { sqlite } = ingestFixtures();
    const t = exportLevel(readerOf(sqlite), 'occupation');
    const parsed = parseCsv(objectsToCsv(t.rows, t.columns));
    expect(parsed[0].fields).toEqual(OCCUPATION_COLUMNS);
    expect(parsed).toHaveLength(1 + 8);
    expect(parsed.find((r) => r.fields[0] === '21-1011.00')?.fields[1]).toBe('Substance Abuse and Behavioral Disorder Counselors');
  });
});
