/**
 * BLS files: locating them, the special values (`*`, `**`, `#`, `—`, `>=$239,200`), and bad input in a
 * temporary copy of tests/fixtures/bls-mini stopping ingest at `<file>:<line>: <reason>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, test } from 'vitest';
import { blsTablesDir, locateBlsFiles, readCrosswalk, readOews, readProjections } from '../../../lib/ingest/bls';
import { ingest } from '../../../lib/ingest/build';
import { InputError } from '../../../lib/ingest/errors';
import { all, BLS_MINI, cleanTemp, copyFixtures, editLines, errorOf, ingestFixtures, setField, tempDb, tempDir } from './helpers';
import { writeXlsx } from './xlsx';

afterEach(cleanTemp);

const OEWS = 'national_M2023_dl.tsv';
const EP = 'ep_2024_34_occupation_table_1_2.tsv';
const XWALK = 'nem-onet-to-soc-crosswalk.tsv';
const STATE = 'state_M2025_dl.tsv';

/** An OEWS file with the fixture's header and its 11-1011 row (line 6) with some fields replaced. */
function oewsRow(fields: Record<string, string>, name = OEWS): string {
  const lines = fs.readFileSync(path.join(BLS_MINI, OEWS), 'utf8').split('\n');
  const header = lines[0].split('\t');
  const cells = lines[5].split('\t');
  for (const [k, v] of Object.entries(fields)) cells[header.indexOf(k)] = v;
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, `${lines[0]}\n${cells.join('\t')}\n`);
  return file;
}

describe('OEWS special values', () => {
  test.each<[string, Record<string, string>, string, Record<string, unknown>]>([
    ['plain numbers', {}, '2023', { employment: 211230, mean_annual_wage: 258900, median_annual_wage: 206680, median_hourly_wage: 99.37, median_top_coded: false }],
    ['** employment', { TOT_EMP: '**' }, '2023', { employment: null }],
    ['* employment', { TOT_EMP: '*' }, '2023', { employment: null }],
    ['* median wage', { A_MEDIAN: '*', H_MEDIAN: '*' }, '2023', { median_annual_wage: null, median_hourly_wage: null, median_top_coded: false }],
    ['empty median wage', { A_MEDIAN: '', H_MEDIAN: '' }, '2023', { median_annual_wage: null, median_hourly_wage: null, median_top_coded: false }],
    ['# median wage, 2023', { A_MEDIAN: '#', H_MEDIAN: '#' }, '2023', { median_annual_wage: 239200, median_hourly_wage: 115, median_top_coded: true }],
    ['# median wage, 2024', { A_MEDIAN: '#', H_MEDIAN: '#' }, '2024', { median_annual_wage: 239200, median_hourly_wage: 115, median_top_coded: true }],
    ['# mean wage', { A_MEAN: '#' }, '2023', { mean_annual_wage: 239200, median_top_coded: false }],
    ['# median wage in a year without a known top code', { A_MEDIAN: '#', H_MEDIAN: '#' }, '2019', { median_annual_wage: null, median_hourly_wage: null, median_top_coded: true }],
    ['thousands separators', { TOT_EMP: '211,230' }, '2023', { employment: 211230 }],
  ])('%s', (_what, fields, year, expected) => {
    const [row] = readOews(oewsRow(fields), year);
    expect(row).toMatchObject({ occ_code: '11-1011', title: 'Chief Executives', o_group: 'detailed', ...expected });
  });

  test.each([
    [{ TOT_EMP: '#' }, 'national_M2023_dl.tsv:2: column "TOT_EMP": expected a number or one of "**", "*" (got "#")'],
    [{ TOT_EMP: '' }, 'national_M2023_dl.tsv:2: column "TOT_EMP": expected a number or one of "**", "*" (got "")'],
    [{ A_MEDIAN: 'n/a' }, 'national_M2023_dl.tsv:2: column "A_MEDIAN": expected a number or one of "*", "#", "" (got "n/a")'],
    [{ H_MEDIAN: '**' }, 'national_M2023_dl.tsv:2: column "H_MEDIAN": expected a number or one of "*", "#", "" (got "**")'],
  ])('rejects %j', (fields, message) => {
    const e = errorOf(() => readOews(oewsRow(fields), '2023'));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(message);
  });
});

describe('Employment Projections', () => {
  it('reads another projection period from the column names it derives (2023–33)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ep_2023_33_occupation_table_1_2.tsv');
    for (const f of [OEWS, XWALK]) fs.copyFileSync(path.join(BLS_MINI, f), path.join(dir, f));
    fs.writeFileSync(file, fs.readFileSync(path.join(BLS_MINI, EP), 'utf8').replace(/2024/g, '2023').replace(/2034/g, '2033').replace(/2023–34/g, '2023–33'));
    expect(locateBlsFiles(dir)).toMatchObject({ projections: file, projectionBase: '2023', projectionTarget: '2033' });
    const rows = readProjections(file, '2023', '2033');
    expect(rows.map((r) => r.nem_code)).toEqual(['00-0000', '11-0000', '11-1011', '11-1031', '13-1020', '21-1018', '27-2011', '29-1022']);
    expect(rows.find((r) => r.nem_code === '29-1022')).toMatchObject({ median_annual_wage: 239200, employment_base: 6100, typical_education: 'Doctoral or professional degree' });
    expect(rows.find((r) => r.nem_code === '11-1031')).toMatchObject({ work_experience: 'Less than 5 years' });
  });

  test.each([
    ['top-coded (>= 239,200 in dollars)', '>=$239,200', 239200],
    ['a number', '206420', 206420],
    ['an em dash', '—', null],
    ['empty', '', null],
    ['#', '#', null],
  ])('median wage %s', (_what, cell, wage) => {
    const dir = tempDir();
    const file = path.join(dir, EP);
    fs.copyFileSync(path.join(BLS_MINI, EP), file);
    setField(file, 5, 'Median annual wage, dollars, 2024[1]', cell, 2);
    expect(readProjections(file, '2024', '2034').find((r) => r.nem_code === '11-1011')?.median_annual_wage).toBe(wage);
  });

  test.each([
    ['—', null],
    ['-', null],
    ['-0.6', -600],
    ['1,234.5', 1234500],
  ])('employment %j (thousands) → %s persons', (cell, persons) => {
    const dir = tempDir();
    const file = path.join(dir, EP);
    fs.copyFileSync(path.join(BLS_MINI, EP), file);
    setField(file, 5, 'Employment change, numeric, 2024–34', cell, 2);
    expect(readProjections(file, '2024', '2034').find((r) => r.nem_code === '11-1011')?.change_numeric).toBe(persons);
  });
});

describe('crosswalk', () => {
  it('finds the header below the title rows and keeps only codes O*NET has', () => {
    const m = readCrosswalk(path.join(BLS_MINI, XWALK), new Set(['11-1011.00', '21-1011.00', '55-1011.00']));
    expect([...m]).toEqual([
      ['11-1011.00', { nem_code: '11-1011', nem_title: 'Chief executives' }],
      ['21-1011.00', { nem_code: '21-1018', nem_title: 'Substance abuse, behavioral disorder, and mental health counselors' }],
    ]);
  });
});

describe('locating the BLS files', () => {
  it('finds the three files and the years in their names', () => {
    expect(locateBlsFiles(BLS_MINI)).toEqual({
      oews: path.join(BLS_MINI, OEWS),
      oewsYear: '2023',
      projections: path.join(BLS_MINI, EP),
      projectionBase: '2024',
      projectionTarget: '2034',
      crosswalk: path.join(BLS_MINI, XWALK),
    });
  });

  it('prefers the .tsv conversion when both are present (the workbook is only read when alone)', () => {
    const dir = tempDir();
    for (const f of [OEWS, 'national_M2023_dl.xlsx', EP, 'ep_2024_34_occupation.xlsx', XWALK, 'nem-onet-to-soc-crosswalk.xlsx']) fs.writeFileSync(path.join(dir, f), '');
    const b = locateBlsFiles(dir);
    expect([b.oews, b.projections, b.crosswalk].map((p) => path.basename(p))).toEqual([OEWS, EP, XWALK]);
    fs.rmSync(path.join(dir, OEWS));
    expect(path.basename(locateBlsFiles(dir).oews)).toBe('national_M2023_dl.xlsx');
  });

  test.each([
    [OEWS, 'national_M<year>_dl.xlsx'],
    [EP, 'ep_<year>_<yy>_occupation.xlsx'],
    [XWALK, 'nem-onet-to-soc-crosswalk.tsv'],
  ])('names a missing %s', (file, named) => {
    const dirs = copyFixtures();
    fs.rmSync(path.join(dirs.blsDir, file));
    const { db } = tempDb();
    expect(() => ingest(db, dirs)).toThrow(`${path.join(dirs.blsDir, named)}: required BLS file is missing (looked for /^`);
  });

  it('names a missing directory', () => {
    expect(() => locateBlsFiles('/nonexistent/bls')).toThrow('/nonexistent/bls: BLS directory does not exist');
  });
});

describe('a bad BLS row stops ingest at its file and line', () => {
  /** Sets one field of a fixture file and expects ingest to stop with `<file>:<line>: <message>`. */
  const rejects = (file: string, line: number, column: string, value: string, headerLine: number, message: string) => {
    const dirs = copyFixtures();
    setField(path.join(dirs.blsDir, file), line, column, value, headerLine);
    const { db } = tempDb();
    const e = errorOf(() => ingest(db, dirs));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(`${file}:${line}: ${message}`);
  };

  test.each<[string, string, number, string, string, number, string]>([
    // what, file, line, column, value, header line, what the column expects
    ['AREA not national', OEWS, 3, 'AREA', '06', 1, 'expected national estimates (AREA 99)'],
    ['an industry, not cross-industry', OEWS, 4, 'NAICS', '541000', 1, 'expected cross-industry estimates (NAICS 000000)'],
    ['unknown O_GROUP', OEWS, 10, 'O_GROUP', 'group', 1, 'expected one of total, major, minor, broad, detailed'],
    ['O*NET code as OCC_CODE', OEWS, 6, 'OCC_CODE', '11-1011.00', 1, 'expected an OEWS occupation code like 15-1252'],
    ['"#" as employment', OEWS, 24, 'TOT_EMP', '#', 1, 'expected a number or one of "**", "*"'],
    ['text as employment', EP, 5, 'Employment, 2024', 'abc', 2, 'expected a number or one of "—", "", "-"'],
    ['unknown occupation type', EP, 7, 'Occupation type', 'Detail', 2, 'expected Summary or Line item'],
    ['O*NET code as NEM code', EP, 8, '2024 National Employment Matrix code', '21-1018.00', 2, 'expected a SOC code like 15-1252'],
    ['SOC code as O*NET code', XWALK, 9, 'O*NET-SOC Code', '11-1031', 5, 'expected an O*NET-SOC code like 15-1252.00'],
    ['empty NEM title', XWALK, 12, 'National Employment Matrix Occupational Title', '', 5, 'must not be empty'],
  ])('%s (%s line %i)', (_what, file, line, column, value, headerLine, expected) => {
    rejects(file, line, column, value, headerLine, `column "${column}": ${expected} (got "${value}")`);
  });

  test.each<[string, string, number, string, string, number, string]>([
    // what, file, line, column, value, header line, message
    ['duplicate row', OEWS, 12, 'O_GROUP', 'broad', 1, 'duplicate row for 13-1020 (broad)'],
    ['duplicate NEM code', EP, 6, '2024 National Employment Matrix code', '11-1011', 2, 'duplicate National Employment Matrix code 11-1011'],
  ])('%s (%s line %i)', (_what, ...args) => rejects(...args));

  test.each([
    [EP, (l: string[]) => [l[0], l[1].replace('2024 National Employment Matrix title', 'Title'), ...l.slice(2)], 'ep_2024_34_occupation_table_1_2.tsv: no header row found (expected one starting with 2024 National Employment Matrix title)'],
    [EP, (l: string[]) => [l[0], l[1].replace('Typical education needed for entry', 'Education'), ...l.slice(2)], 'ep_2024_34_occupation_table_1_2.tsv:2: header is missing column(s) "Typical education needed for entry"; found '],
    [XWALK, (l: string[]) => l.map((x) => x.replace(/^Sort Order\t/, 'Order\t')), 'nem-onet-to-soc-crosswalk.tsv: no header row found (expected one starting with Sort Order)'],
    // Without the "Footnotes:" line the notes below the table would be read as occupations.
    [EP, (l: string[]) => l.filter((x) => !x.startsWith('Footnotes:')), 'ep_2024_34_occupation_table_1_2.tsv:11: column "2024 National Employment Matrix code": expected a SOC code like 15-1252 (got "")'],
  ])('%s: header and footer problems (%#)', (file, edit, message) => {
    const dirs = copyFixtures();
    editLines(path.join(dirs.blsDir, file), edit);
    const { db } = tempDb();
    expect(() => ingest(db, dirs)).toThrow(message);
  });
});

describe('workbooks (.xlsx, read with read-excel-file)', () => {
  /** The fixture's rows as a spreadsheet holds them: numbers as numbers, codes such as NAICS 000000 as text. */
  const rowsOf = (file: string) =>
    fs
      .readFileSync(path.join(BLS_MINI, file), 'utf8')
      .split('\n')
      .filter((l, i, a) => i < a.length - 1 || l !== '')
      .map((l) => l.split('\t').map((c) => (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(c) ? Number(c) : c)));

  const BLS_TABLES = ['bls_oews', 'bls_projections', 'nem_crosswalk', 'occupation_labor', 'occupation_groups'] as const;
  const dump = (sqlite: import('better-sqlite3').Database) => Object.fromEntries(BLS_TABLES.map((t) => [t, all(sqlite, `SELECT * FROM "${t}" ORDER BY 1, 2, 3`)]));

  function workbookOnlyDir(): { onetDir: string; blsDir: string } {
    const dirs = copyFixtures();
    writeXlsx(path.join(dirs.blsDir, 'national_M2023_dl.xlsx'), [['national_M2023_dl', rowsOf(OEWS)]]);
    writeXlsx(path.join(dirs.blsDir, 'ep_2024_34_occupation.xlsx'), [
      ['Table 1.1', [['Table 1.1 Employment by major occupational group'], ['not', 'this', 'sheet']]],
      ['Table 1.2', rowsOf(EP)],
    ]);
    writeXlsx(path.join(dirs.blsDir, 'nem-onet-to-soc-crosswalk.xlsx'), [['Crosswalk', rowsOf(XWALK)]]);
    writeXlsx(path.join(dirs.blsDir, 'state_M2025_dl.xlsx'), [['state_M2025_dl', rowsOf(STATE)]]);
    for (const f of [OEWS, EP, XWALK, STATE]) fs.rmSync(path.join(dirs.blsDir, f));
    return dirs;
  }

  it('converts each workbook\'s sheet ("Table 1.2" for projections) to TSV and ingests exactly what the TSVs give', async () => {
    const dirs = workbookOnlyDir();
    const cache = tempDir();
    const converted: string[] = [];
    const blsDir = await blsTablesDir(dirs.blsDir, cache, (x) => converted.push(path.basename(x)));
    expect(blsDir).toBe(path.join(cache, 'bls-tables'));
    expect(converted.sort()).toEqual(['ep_2024_34_occupation.xlsx', 'national_M2023_dl.xlsx', 'nem-onet-to-soc-crosswalk.xlsx', 'state_M2025_dl.xlsx']);
    const { sqlite } = ingestFixtures({ onetDir: dirs.onetDir, blsDir });
    const want = dump(ingestFixtures().sqlite);
    const got = dump(sqlite);
    for (const t of BLS_TABLES) {
      expect(got[t].length, t).toBeGreaterThan(0);
      expect(got[t], t).toEqual(want[t]);
    }
    expect(all(sqlite, "SELECT file FROM dataset_versions WHERE source LIKE 'BLS%' ORDER BY file").map((r) => r.file)).toEqual([EP, OEWS, XWALK, STATE]);
    // The state workbook too: its conversion gives the same areas, rows and allocation as the TSV.
    for (const t of ['state_areas', 'state_oews', 'state_labor']) expect(all(sqlite, `SELECT * FROM ${t} ORDER BY 1, 2`), t).toEqual(all(ingestFixtures().sqlite, `SELECT * FROM ${t} ORDER BY 1, 2`));
    // A second call reuses the conversions (newer than their workbooks).
    const again: string[] = [];
    expect(await blsTablesDir(dirs.blsDir, cache, (x) => again.push(x))).toBe(blsDir);
    expect(again).toEqual([]);
  });

  it('uses the directory as it is when every table is a TSV', async () => {
    expect(await blsTablesDir(BLS_MINI, tempDir())).toBe(BLS_MINI);
  });

  it('keeps the workbook\'s row numbers: a bad cell is reported at its row', async () => {
    const dirs = workbookOnlyDir();
    const rows = rowsOf(XWALK);
    rows[7][3] = 'eleven'; // row 8, column "NEM Code"
    writeXlsx(path.join(dirs.blsDir, 'nem-onet-to-soc-crosswalk.xlsx'), [['Crosswalk', rows]]);
    const blsDir = await blsTablesDir(dirs.blsDir, tempDir());
    expect(() => ingest(tempDb().db, { onetDir: dirs.onetDir, blsDir })).toThrow(/nem-onet-to-soc-crosswalk\.tsv:8: column "NEM Code"/);
  });

  it('names a workbook without the sheet, and one that is not a workbook', async () => {
    const dirs = workbookOnlyDir();
    writeXlsx(path.join(dirs.blsDir, 'ep_2024_34_occupation.xlsx'), [['Table 1.1', [['x']]]]);
    await expect(blsTablesDir(dirs.blsDir, tempDir())).rejects.toThrow('ep_2024_34_occupation.xlsx: workbook has no sheet "Table 1.2"');
    fs.writeFileSync(path.join(dirs.blsDir, 'ep_2024_34_occupation.xlsx'), 'not a zip');
    await expect(blsTablesDir(dirs.blsDir, tempDir())).rejects.toThrow(/^ep_2024_34_occupation\.xlsx: not a readable \.xlsx workbook/);
  });

  it('refuses to read a workbook synchronously (ingest only reads text)', () => {
    const dirs = workbookOnlyDir();
    expect(() => ingest(tempDb().db, dirs)).toThrow(/\.xlsx: a workbook: convert it to TSV first/);
  });
});
