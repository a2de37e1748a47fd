/**
 * The row types that are declared by hand (SQL expressions and aggregates: rounding, sums, averages,
 * correlated counts) checked against the real database: every row of every such query has exactly
 * the declared keys, with the declared types. Rows of plain column selections take their types from
 * the drizzle schema and need no check.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_ROWS, exportLevel, LEVELS } from '@/lib/queries/export-levels';
import { occupationFacts } from '@/lib/queries/facts';
import { getCounts } from '@/lib/queries/meta';
import { getTaskWeights, TASK_WEIGHT_ROW } from '@/lib/queries/methodology';
import { hasSearchIndex } from '@/lib/search/query';
import { fullData, fullDb, scalar } from './helpers';

const data = fullData();
afterAll(() => data.close());

describe('declared row types against the full database', () => {
  it.each(LEVELS)('export level %s: every row has exactly the declared columns and types', (level) => {
    const t = exportLevel(data.db, level);
    expect(t.rows.length).toBeGreaterThan({ task: 18000, occupation: 1000, group: 20, skill: 60 }[level]);
    for (const row of t.rows) {
      const r = EXPORT_ROWS[level].safeParse(row);
      if (!r.success) throw new Error(`${level}: ${JSON.stringify(row).slice(0, 300)}: ${r.error.message}`);
      expect(Object.keys(row)).toEqual(t.columns);
    }
  });

  it('task weights by type (avg, count): the declared row', () => {
    const rows = getTaskWeights(data);
    expect(rows.map((r) => r.task_type).sort()).toEqual(['Core', 'Supplemental', 'n/a']);
    for (const row of rows) expect(TASK_WEIGHT_ROW.parse(row)).toEqual(row);
  });

  it('counts (count, count distinct, sum) are numbers', () => {
    const c = getCounts(data);
    for (const [k, v] of Object.entries(c)) expect(typeof v, k).toBe('number');
    expect(c.occupations).toBe(1016);
    expect(Number.isInteger(c.employment)).toBe(true);
    expect(hasSearchIndex(data)).toBe(true);
  });

  it('occupation facts (the shared join): one row per occupation, its task count a whole number equal to the tasks listed', () => {
    const rows = data.db.select().from(occupationFacts).all();
    const raw = fullDb();
    try {
      expect(rows.length).toBe(scalar(raw, 'SELECT count(*) FROM occupations'));
      expect(new Set(rows.map((r) => r.onet_soc_code)).size).toBe(rows.length);
      const listed = new Map((raw.prepare('SELECT onet_soc_code AS code, count(*) AS n FROM tasks GROUP BY onet_soc_code').all() as Array<{ code: string; n: number }>).map((r) => [r.code, r.n]));
      for (const r of rows) {
        expect(Number.isInteger(r.task_count), r.onet_soc_code).toBe(true);
        expect(r.task_count, r.onet_soc_code).toBe(listed.get(r.onet_soc_code) ?? 0);
      }
      // the left joins leave scores null exactly where an occupation was not scored
      expect(rows.filter((r) => r.beta !== null).length).toBe(scalar(raw, 'SELECT count(*) FROM occupation_scores'));
    } finally {
      raw.close();
    }
  });
});
