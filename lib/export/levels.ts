/**
 * Exports at every level, read from a built database: tasks, occupations, major groups, skills.
 * Numbers are rounded to 4 decimals for exchange; the database keeps full precision.
 */
import type Database from 'better-sqlite3';
import type { Cell } from './csv';

export const LEVELS = ['task', 'occupation', 'group', 'skill'] as const;
export type Level = (typeof LEVELS)[number];

export interface ExportTable {
  columns: string[];
  rows: Array<Record<string, Cell>>;
}

const R = (col: string) => `round(${col}, 4) AS ${col.split('.').pop()}`;

const QUERIES: Record<Level, string> = {
  task: `SELECT t.onet_soc_code, t.task_id, t.task_type, t.statement, round(t.weight, 4) AS weight,
           ${R('s.p_e0')}, ${R('s.p_e1')}, ${R('s.p_e2')}, ${R('s.alpha')}, ${R('s.beta')}, ${R('s.gamma')}, s.method
         FROM tasks t LEFT JOIN task_scores s USING (task_id) ORDER BY t.onet_soc_code, t.task_id`,
  occupation: `SELECT o.onet_soc_code, o.title, o.soc_code, round(l.employment, 1) AS employment, l.median_annual_wage AS median_wage,
           (SELECT count(*) FROM tasks t WHERE t.onet_soc_code = o.onet_soc_code) AS task_count,
           ${R('s.alpha')}, ${R('s.beta')}, ${R('s.gamma')}, round(s.percentile, 1) AS percentile, ${R('s.uncertainty')},
           o.major_group, o.job_zone, l.projected_change_percent, l.typical_education
         FROM occupations o LEFT JOIN occupation_labor l USING (onet_soc_code) LEFT JOIN occupation_scores s USING (onet_soc_code)
         ORDER BY o.onet_soc_code`,
  group: `SELECT g.code AS major_group, g.title, count(s.onet_soc_code) AS occupations, round(sum(l.employment), 0) AS employment,
           round(sum(l.employment * s.alpha) / sum(l.employment), 4) AS alpha,
           round(sum(l.employment * s.beta) / sum(l.employment), 4) AS beta,
           round(sum(l.employment * s.gamma) / sum(l.employment), 4) AS gamma
         FROM occupation_groups g JOIN occupations o ON o.major_group = g.code
         JOIN occupation_scores s USING (onet_soc_code) JOIN occupation_labor l USING (onet_soc_code)
         WHERE g.level = 'major' AND l.employment > 0 GROUP BY g.code ORDER BY g.code`,
  skill: `SELECT e.element_id, e.name, e.domain, ${R('x.alpha')}, ${R('x.beta')}, ${R('x.gamma')}, round(x.employment, 0) AS employment, x.occupations
         FROM elements e JOIN element_scores x USING (element_id) ORDER BY e.domain, e.element_id`,
};

export function exportLevel(sqlite: Database.Database, level: Level): ExportTable {
  const stmt = sqlite.prepare(QUERIES[level]);
  const columns = stmt.columns().map((c) => c.name);
  return { columns, rows: stmt.all() as Array<Record<string, Cell>> };
}
