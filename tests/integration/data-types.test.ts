/**
 * The row types that are declared by hand (SQL expressions and aggregates: rounding, sums, averages,
 * correlated counts) checked against the real database: every row of every such query has exactly
 * the declared keys, with the declared types. Rows of plain column selections take their types from
 * the drizzle schema and need no check.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_ROWS, exportLevel, LEVELS } from '@/lib/export/levels';
import { getCounts } from '@/lib/queries/meta';
import { getTaskWeights, TASK_WEIGHT_ROW } from '@/lib/queries/methodology';
import { hasSearchIndex } from '@/lib/search/query';
import { fullData } from './helpers';

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
});
