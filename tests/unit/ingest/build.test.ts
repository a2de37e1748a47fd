/**
 * ingest() end to end on the official-layout fixtures (tests/fixtures/onet-mini, bls-mini): what lands in
 * the database, the task weights, the allocation of BLS employment, the optional files, other encodings
 * (LF text; workbooks are covered in bls.test.ts) and that nothing is written when a file is bad.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, test } from 'vitest';
import { checkDatabase, ingest, TASK_TYPE_WEIGHTS } from '../../../lib/ingest/build';
import { InputError } from '../../../lib/ingest/errors';
import { all, BLS_MINI, cleanTemp, copyFixtures, editLines, ingestFixtures, one, ONET_MINI, setField, tempDb } from './helpers';

afterEach(cleanTemp);

const CODES = ['11-1011.00', '11-1011.03', '11-1031.00', '13-1021.00', '21-1011.00', '27-2011.00', '29-1022.00', '55-1011.00'];

describe('ingest of the fixtures', () => {
  test.each([
    ['occupations', 8],
    ['occupation_groups', 19], // 5 major + 5 minor + 6 broad from OEWS, plus 55-0000, 55-1000, 55-1010 (military) which OEWS lacks
    ['tasks', 22],
    ['iwas', 6],
    ['dwas', 10],
    ['task_dwas', 10],
    ['elements', 4],
    ['occupation_elements', 9],
    ['related_occupations', 4],
    ['occupation_titles', 17], // 12 alternate + 5 reported
    ['technology_skills', 4],
    ['job_zone_reference', 5],
    ['education_categories', 12], // only Required Level of Education (2.D.1, RL)
    ['education_levels', 24],
    ['bls_oews', 23],
    ['bls_projections', 8],
    ['nem_crosswalk', 6], // 11-1021.00 is in the crosswalk but not in the O*NET fixture
    ['occupation_labor', 8],
    ['occupation_interests', 42], // 7 occupations × 6 RIASEC interests (OI); the high-point row (IH) is skipped
    ['occupation_work_styles', 12], // 6 occupations × 2 styles, WI and DR pivoted into one row
    ['level_anchors', 12],
    ['element_activity_links', 38], // 35 skill → work activity links + 3 ability → work activity links
    ['state_areas', 2],
    ['state_oews', 11],
    ['state_labor', 11], // CA 6 (11-1011 shared by 2 codes, 13-1021 via 13-1020, 21-1011 via the crosswalk, Actors, Surgeons), WY 5 (no Surgeons); 11-1021 has no O*NET code here
    ['dataset_versions', 25],
  ])('%s has %i rows, and the summary says so', (table, n) => {
    const { sqlite, summary } = ingestFixtures();
    expect(one(sqlite, `SELECT count(*) FROM "${table}"`)).toBe(n);
    expect(summary.rows[table]).toBe(n);
  });

  it('reports releases and which optional files were missing', () => {
    const { summary } = ingestFixtures();
    expect(summary.release).toEqual({ onet: 'O*NET 30.1', oews: 'OEWS May 2023', projections: 'EP 2024–2034' });
    expect(summary.optionalFilesUsed).toEqual(['Content Model Reference.txt', 'state_M2025_dl.tsv']);
    expect(summary.optionalFilesMissing).toEqual(['Task Ratings.txt', 'Abilities.txt', 'Work Activities.txt', 'Work Context.txt']);
  });

  it('keeps element descriptions from the Content Model Reference', () => {
    const { sqlite } = ingestFixtures();
    const e = sqlite.prepare("SELECT name, description FROM elements WHERE element_id = '2.A.1.a'").get() as { name: string; description: string };
    expect(e).toEqual({ name: 'Reading Comprehension', description: 'Understanding written sentences and paragraphs in work-related documents.' });
  });

  it('reports progress through every step', () => {
    const { db } = tempDb();
    const steps: Array<[string, number, number]> = [];
    ingest(db, { onetDir: ONET_MINI, blsDir: BLS_MINI, onStep: (s, d, t) => steps.push([s, d, t]) });
    expect(steps.map((s) => s[1])).toEqual(steps.map((_, i) => i + 1));
    expect(steps.at(-1)).toEqual(['Checking', steps.length, steps.length]);
  });

  it('weights tasks by Task Type without Task Ratings (Core 1, Supplemental 0.5, n/a 0.75)', () => {
    const { sqlite } = ingestFixtures();
    expect(TASK_TYPE_WEIGHTS).toEqual({ Core: 1, Supplemental: 0.5, 'n/a': 0.75 });
    const byType = all<{ task_type: string; n: number; w: number; imp: number | null }>(
      sqlite,
      'SELECT task_type, count(*) n, min(weight) w, max(importance) imp FROM tasks GROUP BY task_type ORDER BY task_type',
    );
    expect(byType).toEqual([
      { task_type: 'Core', n: 14, w: 1, imp: null },
      { task_type: 'Supplemental', n: 5, w: 0.5, imp: null },
      { task_type: 'n/a', n: 3, w: 0.75, imp: null },
    ]);
    expect(one(sqlite, 'SELECT count(DISTINCT weight) FROM tasks')).toBe(3);
  });

  test.each([
    [8823, '11-1011.00', 'Core', 95, 1],
    [8842, '11-1011.00', 'Supplemental', 94, 0.5],
    [15287, '11-1031.00', 'n/a', null, 0.75],
    [9382, '29-1022.00', 'Supplemental', 60, 0.5],
  ])('task %i: occupation %s, type %s, incumbents %s, weight %s', (id, code, type, incumbents, weight) => {
    const { sqlite } = ingestFixtures();
    const t = sqlite.prepare('SELECT * FROM tasks WHERE task_id = ?').get(id) as Record<string, unknown>;
    expect(t).toMatchObject({ onet_soc_code: code, task_type: type, incumbents_responding: incumbents, weight });
  });

  it('keeps quotes inside a tab-delimited statement as they are', () => {
    const { sqlite } = ingestFixtures();
    expect(one<string>(sqlite, 'SELECT statement FROM tasks WHERE task_id = 15287')).toBe('Conduct "head counts" to help predict the outcome of upcoming votes.');
  });

  it('keeps an occupation without tasks (55-1011.00)', () => {
    const { sqlite } = ingestFixtures();
    expect(one(sqlite, "SELECT count(*) FROM occupations WHERE onet_soc_code = '55-1011.00'")).toBe(1);
    expect(one(sqlite, "SELECT count(*) FROM tasks WHERE onet_soc_code = '55-1011.00'")).toBe(0);
  });

  test.each([
    ['11-1011.00', { soc_code: '11-1011', major_group: '11-0000', minor_group: '11-1000', broad_group: '11-1010', job_zone: 5, education_category: 8 }, 0.4591],
    ['29-1022.00', { soc_code: '29-1022', major_group: '29-0000', minor_group: '29-1000', broad_group: '29-1020', job_zone: 5, education_category: 12 }, 0.722],
    ['27-2011.00', { soc_code: '27-2011', job_zone: 2, education_category: null }, null],
    ['55-1011.00', { soc_code: '55-1011', major_group: '55-0000', job_zone: null, education_category: null }, null],
  ])('occupation %s: SOC groups, job zone, modal education', (code, expected, share) => {
    const { sqlite } = ingestFixtures();
    const o = sqlite.prepare('SELECT * FROM occupations WHERE onet_soc_code = ?').get(code) as Record<string, unknown>;
    expect(o).toMatchObject(expected);
    if (share === null) expect(o.education_share).toBeNull();
    else expect(o.education_share).toBeCloseTo(share, 9);
  });

  it('pivots IM and LV into one rating per occupation and element, with Not Relevant from the LV row', () => {
    const { sqlite } = ingestFixtures();
    expect(all(sqlite, "SELECT element_id, importance, level, not_relevant FROM occupation_elements WHERE onet_soc_code = '11-1011.00' ORDER BY element_id")).toEqual([
      { element_id: '2.A.1.a', importance: 4.12, level: 4.62, not_relevant: 0 },
      { element_id: '2.A.1.b', importance: 4, level: 4.75, not_relevant: 0 },
      { element_id: '2.C.1.a', importance: 4.78, level: 6.5, not_relevant: 0 },
      { element_id: '2.C.2.b', importance: 1.14, level: 0.4, not_relevant: 1 },
    ]);
    expect(all(sqlite, 'SELECT element_id, name, domain FROM elements ORDER BY element_id')).toEqual([
      { element_id: '2.A.1.a', name: 'Reading Comprehension', domain: 'skill' },
      { element_id: '2.A.1.b', name: 'Active Listening', domain: 'skill' },
      { element_id: '2.C.1.a', name: 'Administration and Management', domain: 'knowledge' },
      { element_id: '2.C.2.b', name: 'Food Production', domain: 'knowledge' },
    ]);
  });

  it('stores titles of both kinds, n/a short titles as NULL', () => {
    const { sqlite } = ingestFixtures();
    expect(all(sqlite, "SELECT title, short_title, kind, shown_in_my_next_move s FROM occupation_titles WHERE onet_soc_code = '11-1011.00' ORDER BY kind, title")).toEqual([
      { title: 'Agency Owner', short_title: null, kind: 'alternate', s: null },
      { title: 'CEO (Chief Executive Officer)', short_title: 'CEO', kind: 'alternate', s: null },
      { title: 'CEO (Chief Executive Officer)', short_title: null, kind: 'reported', s: 1 },
      { title: 'Chief Diversity Officer (CDO)', short_title: null, kind: 'reported', s: 0 },
      { title: 'President', short_title: null, kind: 'reported', s: 1 },
    ]);
  });

  it('records every input file with its rows, size and sha256', () => {
    const { sqlite } = ingestFixtures();
    const v = all<{ file: string; source: string; release: string; rows: number; bytes: number; sha256: string }>(sqlite, 'SELECT * FROM dataset_versions ORDER BY file');
    expect(v.map((r) => r.file)).toContain('Skills.txt');
    expect(v.map((r) => r.file)).not.toContain('Task Ratings.txt');
    const byFile = new Map(v.map((r) => [r.file, r]));
    expect(byFile.get('Task Statements.txt')).toMatchObject({ rows: 22, release: 'O*NET 30.1', source: 'O*NET (CC BY 4.0)' });
    expect(byFile.get('Skills.txt')?.rows).toBe(12);
    expect(byFile.get('national_M2023_dl.tsv')).toMatchObject({ rows: 23, release: 'OEWS May 2023 national' });
    expect(byFile.get('ep_2024_34_occupation_table_1_2.tsv')).toMatchObject({ rows: 8, release: 'Employment Projections 2024–2034' });
    for (const r of v) {
      const file = fs.existsSync(path.join(ONET_MINI, r.file)) ? path.join(ONET_MINI, r.file) : path.join(BLS_MINI, r.file);
      const buf = fs.readFileSync(file);
      expect(r.bytes).toBe(buf.length);
      expect(r.sha256).toBe(crypto.createHash('sha256').update(buf).digest('hex'));
    }
  });
});

describe('BLS figures in the database', () => {
  it('splits the employment of one OEWS row equally between the O*NET codes sharing it (11-1011.00 and .03)', () => {
    const { sqlite } = ingestFixtures();
    const rows = all(sqlite, "SELECT onet_soc_code, oews_code, oews_sharers, employment, median_annual_wage FROM occupation_labor WHERE oews_code = '11-1011' ORDER BY onet_soc_code");
    expect(rows).toEqual([
      { onet_soc_code: '11-1011.00', oews_code: '11-1011', oews_sharers: 2, employment: 105615, median_annual_wage: 206680 },
      { onet_soc_code: '11-1011.03', oews_code: '11-1011', oews_sharers: 2, employment: 105615, median_annual_wage: 206680 },
    ]);
  });

  it('sums employment over O*NET occupations to the BLS detailed total, counting nothing twice', () => {
    const { sqlite } = ingestFixtures();
    const onet = one(sqlite, 'SELECT sum(employment) FROM occupation_labor');
    const bls = one(sqlite, "SELECT sum(employment) FROM bls_oews WHERE o_group = 'detailed'");
    expect(bls).toBe(211230 + 32460 + 477980 + 397880 + 4160);
    expect(onet).toBe(bls);
  });

  test.each([
    // code, matched OEWS row (crosswalk / own SOC / broad code / none), employment, median annual, hourly, top-coded
    ['11-1031.00', '11-1031', 32460, 47290, null, 0], // H_MEDIAN "*"
    ['13-1021.00', '13-1020', 477980, 71950, 34.59, 0], // not in the crosswalk: falls back to the broad code 13-1020
    ['21-1011.00', '21-1018', 397880, 53710, 25.82, 0], // crosswalk NEM code 21-1018 (its own SOC 21-1011 is not published)
    ['27-2011.00', '27-2011', null, null, 20.5, 0], // TOT_EMP "**", A_MEDIAN "*"
    ['29-1022.00', '29-1022', 4160, 239200, 115, 1], // "#": top-coded at $239,200 / $115.00
    ['55-1011.00', null, null, null, null, null], // military: not in OEWS
  ])('%s → OEWS %s, employment %s, median %s / %s per hour, top-coded %s', (code, oews, emp, annual, hourly, top) => {
    const { sqlite } = ingestFixtures();
    const r = sqlite.prepare('SELECT * FROM occupation_labor WHERE onet_soc_code = ?').get(code);
    expect(r).toMatchObject({ oews_code: oews, employment: emp, median_annual_wage: annual, median_hourly_wage: hourly, median_top_coded: top });
  });

  it('stores BLS marker values as numbers or NULL in bls_oews', () => {
    const { sqlite } = ingestFixtures();
    expect(sqlite.prepare("SELECT employment, mean_annual_wage, median_annual_wage, median_hourly_wage, median_top_coded FROM bls_oews WHERE occ_code = '29-1022'").get()).toEqual({
      employment: 4160,
      mean_annual_wage: 334310,
      median_annual_wage: 239200,
      median_hourly_wage: 115,
      median_top_coded: 1,
    });
    expect(sqlite.prepare("SELECT employment, mean_annual_wage, median_annual_wage FROM bls_oews WHERE occ_code = '27-2011'").get()).toEqual({
      employment: null,
      mean_annual_wage: null,
      median_annual_wage: null,
    });
    // 13-1020 is published both as a broad group and as a detailed occupation.
    expect(one(sqlite, "SELECT count(*) FROM bls_oews WHERE occ_code = '13-1020'")).toBe(2);
  });

  it('reads Employment Projections in persons, trims the indented titles and stops at the footnotes', () => {
    const { sqlite } = ingestFixtures();
    expect(sqlite.prepare("SELECT * FROM bls_projections WHERE nem_code = '11-1011'").get()).toEqual({
      nem_code: '11-1011',
      title: 'Chief executives',
      occupation_type: 'Line item',
      employment_base: 309400,
      employment_projected: 322700,
      change_numeric: 13300,
      change_percent: 4.3,
      openings_annual: 22200,
      median_annual_wage: 206420,
      typical_education: "Bachelor's degree",
      work_experience: '5 years or more',
      training: 'None',
    });
    expect(one(sqlite, "SELECT median_annual_wage FROM bls_projections WHERE nem_code = '29-1022'")).toBe(239200); // ">=$239,200"
    expect(one(sqlite, "SELECT median_annual_wage FROM bls_projections WHERE nem_code = '27-2011'")).toBeNull(); // "—"
    expect(one(sqlite, "SELECT typical_education FROM bls_projections WHERE nem_code = '00-0000'")).toBeNull();
    expect(one(sqlite, "SELECT count(*) FROM bls_projections WHERE title LIKE 'Footnotes%' OR title LIKE '[1]%'")).toBe(0);
  });

  it('joins projections through the crosswalk and splits openings among the codes sharing a NEM code', () => {
    const { sqlite } = ingestFixtures();
    expect(all(sqlite, 'SELECT onet_soc_code, nem_code, projected_change_percent p, openings_annual o FROM occupation_labor ORDER BY onet_soc_code')).toEqual([
      { onet_soc_code: '11-1011.00', nem_code: '11-1011', p: 4.3, o: 11100 },
      { onet_soc_code: '11-1011.03', nem_code: '11-1011', p: 4.3, o: 11100 },
      { onet_soc_code: '11-1031.00', nem_code: '11-1031', p: 3.4, o: 2200 },
      { onet_soc_code: '13-1021.00', nem_code: null, p: null, o: null },
      { onet_soc_code: '21-1011.00', nem_code: '21-1018', p: 16.8, o: 48300 },
      { onet_soc_code: '27-2011.00', nem_code: '27-2011', p: 0.3, o: 6300 },
      { onet_soc_code: '29-1022.00', nem_code: '29-1022', p: 4.1, o: 200 },
      { onet_soc_code: '55-1011.00', nem_code: null, p: null, o: null },
    ]);
  });
});

describe('optional O*NET files', () => {
  const RATINGS = [
    'O*NET-SOC Code\tTask ID\tScale ID\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source',
    '11-1011.00\t8823\tFT\t1\t0.00\t61\t0.0000\tn/a\tn/a\tN\t08/2023\tIncumbent',
    '11-1011.00\t8823\tFT\t2\t7.25\t61\t2.1000\t3.0000\t16.0000\tN\t08/2023\tIncumbent',
    '11-1011.00\t8823\tIM\tn/a\t4.71\t62\t0.0722\t4.5600\t4.8500\tN\t08/2023\tIncumbent',
    '11-1011.00\t8823\tRT\tn/a\t100.00\t62\t0.0000\tn/a\tn/a\tN\t08/2023\tIncumbent',
    '11-1011.00\t8824\tIM\tn/a\t4.50\t62\t0.0900\t4.3200\t4.6800\tN\t08/2023\tIncumbent',
    '11-1011.00\t8850\tIM\tn/a\t3.20\t62\t0.1200\t2.9600\t3.4400\tN\t08/2023\tIncumbent',
    '11-1011.00\t8842\tIM\tn/a\t2.90\t62\t0.1500\t2.6000\t3.2000\tN\t08/2023\tIncumbent',
  ];

  it('uses Task Ratings importance (IM) as the task weight when the file is present', () => {
    const dirs = copyFixtures();
    fs.writeFileSync(path.join(dirs.onetDir, 'Task Ratings.txt'), RATINGS.map((l) => `${l}\r\n`).join(''));
    const { sqlite, summary } = ingestFixtures(dirs);
    expect(all(sqlite, "SELECT task_id, importance, weight FROM tasks WHERE onet_soc_code = '11-1011.00' ORDER BY task_id")).toEqual([
      { task_id: 8823, importance: 4.71, weight: 4.71 },
      { task_id: 8824, importance: 4.5, weight: 4.5 },
      { task_id: 8842, importance: 2.9, weight: 2.9 },
      { task_id: 8850, importance: 3.2, weight: 3.2 },
    ]);
    // Tasks without an IM rating get a mid-scale importance (3) scaled by their Task Type weight (n/a: 0.75).
    expect(sqlite.prepare('SELECT importance, weight FROM tasks WHERE task_id = 15281').get()).toEqual({ importance: null, weight: 2.25 });
    expect(summary.optionalFilesUsed).toEqual(['Task Ratings.txt', 'Content Model Reference.txt', 'state_M2025_dl.tsv']);
    expect(summary.optionalFilesMissing).not.toContain('Task Ratings.txt');
    expect(one(sqlite, "SELECT rows FROM dataset_versions WHERE file = 'Task Ratings.txt'")).toBe(4);
  });

  test.each([
    ['an importance outside 1–5', '11-1011.00\t8824\tIM\tn/a\t5.20\t62\t0.09\t4.3\t4.7\tN\t08/2023\tIncumbent', 'Task Ratings.txt:3: column "Data Value": importance must be within 1–5 (got 5.2)'],
    ['an unknown task', '11-1011.00\t99999\tIM\tn/a\t4.00\t62\t0.09\t4.3\t4.7\tN\t08/2023\tIncumbent', 'Task Ratings.txt:3: column "Task ID": unknown task 99999'],
  ])('rejects Task Ratings with %s', (_what, row, message) => {
    const dirs = copyFixtures();
    fs.writeFileSync(path.join(dirs.onetDir, 'Task Ratings.txt'), [RATINGS[0], RATINGS[3], row].map((l) => `${l}\r\n`).join(''));
    expect(() => ingestFixtures(dirs)).toThrow(message);
  });

  it('reads Abilities when present and reports it used', () => {
    const dirs = copyFixtures();
    const header = fs.readFileSync(path.join(ONET_MINI, 'Skills.txt'), 'utf8').split('\r\n')[0];
    const rows = [
      header,
      '11-1011.00\t1.A.1.a.1\tOral Comprehension\tIM\t4.50\t8\t0.1890\t4.1300\t4.8700\tN\tn/a\t08/2023\tAnalyst',
      '11-1011.00\t1.A.1.a.1\tOral Comprehension\tLV\t5.00\t8\t0.0000\t5.0000\t5.0000\tN\tN\t08/2023\tAnalyst',
    ];
    fs.writeFileSync(path.join(dirs.onetDir, 'Abilities.txt'), rows.map((l) => `${l}\r\n`).join(''));
    const { sqlite, summary } = ingestFixtures(dirs);
    expect(summary.optionalFilesUsed).toEqual(['Abilities.txt', 'Content Model Reference.txt', 'state_M2025_dl.tsv']);
    expect(one<string>(sqlite, "SELECT domain FROM elements WHERE element_id = '1.A.1.a.1'")).toBe('ability');
    expect(one(sqlite, "SELECT rows FROM dataset_versions WHERE file = 'Abilities.txt'")).toBe(2);
  });

  it('names the release "O*NET (unknown release)" without Read Me.txt', () => {
    const dirs = copyFixtures();
    fs.rmSync(path.join(dirs.onetDir, 'Read Me.txt'));
    expect(ingestFixtures(dirs).summary.release.onet).toBe('O*NET (unknown release)');
  });
});

/** Every table ingest writes, as comparable rows (dataset_versions differs in bytes and hashes by design). */
function dump(sqlite: import('better-sqlite3').Database) {
  const tables = ['occupations', 'occupation_groups', 'tasks', 'iwas', 'dwas', 'task_dwas', 'elements', 'occupation_elements', 'related_occupations', 'occupation_titles', 'technology_skills', 'job_zone_reference', 'education_categories', 'education_levels', 'bls_oews', 'bls_projections', 'nem_crosswalk', 'occupation_labor'];
  return Object.fromEntries(
    tables.map((t) => {
      const n = (sqlite.pragma(`table_info("${t}")`) as unknown[]).length;
      return [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY ${Array.from({ length: n }, (_, i) => i + 1).join(', ')}`).all()];
    }),
  );
}

describe('other encodings of the same files', () => {
  it('reads LF O*NET files and CRLF BLS files exactly like the official CRLF / LF ones', () => {
    const dirs = copyFixtures();
    for (const f of fs.readdirSync(dirs.onetDir)) {
      const p = path.join(dirs.onetDir, f);
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(/\r\n/g, '\n'));
    }
    for (const f of fs.readdirSync(dirs.blsDir)) {
      const p = path.join(dirs.blsDir, f);
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(/\n/g, '\r\n'));
    }
    expect(fs.readFileSync(path.join(dirs.onetDir, 'Task Statements.txt'), 'utf8')).not.toContain('\r');
    expect(dump(ingestFixtures(dirs).sqlite)).toEqual(dump(ingestFixtures().sqlite));
  });

  it('tolerates a UTF-8 byte order mark and blank lines', () => {
    const dirs = copyFixtures();
    const f = path.join(dirs.onetDir, 'Task Statements.txt');
    fs.writeFileSync(f, `\ufeff${fs.readFileSync(f, 'utf8')}\r\n\r\n`);
    editLines(f, (lines) => [...lines.slice(0, 5), '', ...lines.slice(5)]);
    expect(dump(ingestFixtures(dirs).sqlite).tasks).toEqual(dump(ingestFixtures().sqlite).tasks);
  });

});

describe('failures write nothing', () => {
  it('throws on a bad row before writing a single row', () => {
    const dirs = copyFixtures();
    setField(path.join(dirs.blsDir, 'nem-onet-to-soc-crosswalk.tsv'), 8, 'NEM Code', 'eleven', 5); // the last file read
    const { db, sqlite } = tempDb();
    expect(() => ingest(db, dirs)).toThrow(InputError);
    const tables = all<{ name: string }>(sqlite, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'");
    expect(tables.length).toBeGreaterThan(10);
    for (const { name } of tables) expect(one(sqlite, `SELECT count(*) FROM "${name}"`), name).toBe(0);
  });

  it('throws when the O*NET directory does not exist', () => {
    const { db } = tempDb();
    expect(() => ingest(db, { onetDir: '/nonexistent/onet', blsDir: BLS_MINI })).toThrow('/nonexistent/onet: O*NET directory does not exist');
  });
});

describe('checkDatabase', () => {
  it('passes on the ingested fixtures', () => {
    expect(() => checkDatabase(ingestFixtures().db)).not.toThrow();
  });

  it('fails on an empty database', () => {
    expect(() => checkDatabase(tempDb().db)).toThrow('database check failed: no occupations; no tasks');
  });

  it('fails on a task without an occupation', () => {
    const { db, sqlite } = ingestFixtures();
    sqlite.prepare("INSERT INTO tasks (task_id, onet_soc_code, statement, task_type, weight) VALUES (1, '99-9999.00', 'Orphan.', 'Core', 1)").run();
    expect(() => checkDatabase(db)).toThrow('database check failed: 1 tasks without an occupation');
  });
});

it('covers every fixture occupation in occupation_labor', () => {
  const { sqlite } = ingestFixtures();
  expect(all(sqlite, 'SELECT onet_soc_code FROM occupation_labor ORDER BY 1').map((r) => r.onet_soc_code)).toEqual(CODES);
});
