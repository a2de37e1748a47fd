/** The database built from the full ../shared/data: the counts O*NET and BLS publish, and the export CLI. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/ingest/csv';
import { cli, fullDb, scalar } from './helpers';

describe('ingest of the full O*NET 30.1 and BLS data', () => {
  const db = fullDb();

  const COUNTS: Record<string, [sql: string, expected: number]> = {
    occupations: ['SELECT count(*) FROM occupations', 1016],
    tasks: ['SELECT count(*) FROM tasks', 18796],
    'occupations with tasks': ['SELECT count(DISTINCT onet_soc_code) FROM tasks', 923],
    'Core tasks': ["SELECT count(*) FROM tasks WHERE task_type = 'Core'", 13643],
    'Supplemental tasks': ["SELECT count(*) FROM tasks WHERE task_type = 'Supplemental'", 4308],
    'untyped tasks': ["SELECT count(*) FROM tasks WHERE task_type = 'n/a'", 845],
    'task–DWA links': ['SELECT count(*) FROM task_dwas', 23850],
    'alternate titles': ["SELECT count(*) FROM occupation_titles WHERE kind = 'alternate'", 56505],
  };
  it.each(Object.entries(COUNTS))('%s', (_name, [sql, expected]) => {
    expect(scalar(db, sql)).toBe(expected);
  });

  it('has BLS employment for at least 850 occupations and never double counts it', () => {
    expect(scalar(db, 'SELECT count(*) FROM occupation_labor WHERE employment > 0')).toBeGreaterThanOrEqual(850);
    const allocated = scalar(db, 'SELECT sum(employment) FROM occupation_labor');
    const total = scalar(db, "SELECT employment FROM bls_oews WHERE o_group = 'total'");
    expect(allocated).toBeLessThanOrEqual(total);
    expect(allocated / total).toBeGreaterThan(0.99);
    // Chief Executives and Chief Sustainability Officers share SOC 11-1011: each gets half.
    const ceo = db.prepare("SELECT employment, oews_sharers FROM occupation_labor WHERE onet_soc_code IN ('11-1011.00','11-1011.03')").all() as Array<{ employment: number; oews_sharers: number }>;
    const bls = scalar(db, "SELECT employment FROM bls_oews WHERE occ_code = '11-1011' AND o_group = 'detailed'");
    expect(ceo.map((r) => r.oews_sharers)).toEqual([2, 2]);
    expect(ceo[0].employment + ceo[1].employment).toBeCloseTo(bls, 6);
  });

  it('records the data versions it was built from', () => {
    const v = db.prepare('SELECT file, release, rows, sha256 FROM dataset_versions').all() as Array<{ file: string; release: string; rows: number; sha256: string }>;
    expect(v.find((x) => x.file === 'Task Statements.txt')).toMatchObject({ release: 'O*NET 30.1', rows: 18796 });
    expect(v.find((x) => x.file.startsWith('national_M2023_dl'))?.release).toBe('OEWS May 2023 national');
    for (const x of v) expect(x.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exports every occupation as CSV with the documented columns', () => {
    const r = cli('export', ['--level', 'occupation', '--format', 'csv']);
    expect(r.status).toBe(0);
    const rows = parseCsv(r.stdout).map((x) => x.fields).filter((f) => f.length > 1);
    const header = rows[0];
    for (const c of ['onet_soc_code', 'title', 'soc_code', 'employment', 'median_wage', 'task_count', 'alpha', 'beta', 'gamma']) expect(header).toContain(c);
    const body = rows.slice(1);
    expect(body).toHaveLength(1016);
    const tc = header.indexOf('task_count');
    expect(body.reduce((s, f) => s + Number(f[tc]), 0)).toBe(18796);
    const emp = header.indexOf('employment');
    expect(body.filter((f) => Number(f[emp]) > 0).length).toBeGreaterThanOrEqual(850);
  });

  it('exports tasks as JSON with class probabilities', () => {
    const r = cli('export', ['--level', 'task', '--format', 'json']);
    expect(r.status).toBe(0);
    const tasks = JSON.parse(r.stdout) as Array<Record<string, number | string>>;
    expect(tasks).toHaveLength(18796);
    for (const c of ['onet_soc_code', 'task_id', 'task_type', 'p_e0', 'p_e1', 'p_e2', 'alpha', 'beta', 'gamma']) expect(tasks[0]).toHaveProperty(c);
  });

  it('rejects a bad level with an error on stderr and exit 1', () => {
    const r = cli('export', ['--level', 'planet']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--level must be one of/);
  });
});
