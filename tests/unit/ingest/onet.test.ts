/**
 * Bad O*NET input, one broken line at a time in a temporary copy of tests/fixtures/onet-mini: ingest must
 * stop with `<file>:<line>: <reason>` (the header is line 1), and name a missing required file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, test } from 'vitest';
import { ingest } from '../../../lib/ingest/build';
import { InputError } from '../../../lib/ingest/errors';
import { ONET_FILES, OPTIONAL_ONET_FILES, readOnetRelease, readTasks } from '../../../lib/ingest/onet';
import { cleanTemp, copyFixtures, editLines, ONET_MINI, ingestFailure, setField, tempDb } from './helpers';

afterEach(cleanTemp);

const failure = ingestFailure;

const TASKS = ONET_FILES.tasks;

describe('a bad row stops ingest at its file and line', () => {
  test.each<[string, string, number, string, string, string]>([
    // what, file, line, column, new value, expected message
    ['non-numeric Task ID', TASKS, 4, 'Task ID', '88x50', 'Task Statements.txt:4: column "Task ID": expected a whole number (got "88x50")'],
    ['unknown O*NET code', TASKS, 6, 'O*NET-SOC Code', '99-9999.00', 'Task Statements.txt:6: column "O*NET-SOC Code": unknown occupation 99-9999.00 (not in Occupation Data.txt)'],
    ['malformed O*NET code', TASKS, 2, 'O*NET-SOC Code', '11-1011', 'Task Statements.txt:2: column "O*NET-SOC Code": expected an O*NET-SOC code like 15-1252.00 (got "11-1011")'],
    ['unknown Task Type', TASKS, 9, 'Task Type', 'Optional', 'Task Statements.txt:9: column "Task Type": expected Core, Supplemental or n/a (got "Optional")'],
    ['empty task statement', TASKS, 23, 'Task', '  ', 'Task Statements.txt:23: column "Task": must not be empty (got "  ")'],
    ['non-numeric incumbents', TASKS, 12, 'Incumbents Responding', 'many', 'Task Statements.txt:12: column "Incumbents Responding": expected a whole number (got "many")'],
    ['duplicate Task ID', TASKS, 3, 'Task ID', '8823', 'Task Statements.txt:3: duplicate Task ID 8823'],
    ['duplicate occupation', ONET_FILES.occupations, 3, 'O*NET-SOC Code', '11-1011.00', 'Occupation Data.txt:3: duplicate O*NET-SOC code 11-1011.00'],
    ['empty title', ONET_FILES.occupations, 9, 'Title', '', 'Occupation Data.txt:9: column "Title": must not be empty (got "")'],
    ['link to an unknown task', ONET_FILES.taskDwas, 5, 'Task ID', '15399', 'Tasks to DWAs.txt:5: column "Task ID": unknown task 15399 (not in Task Statements.txt)'],
    ['link to an unknown DWA', ONET_FILES.taskDwas, 7, 'DWA ID', '4.A.4.a.8.I01.D99', 'Tasks to DWAs.txt:7: column "DWA ID": unknown DWA 4.A.4.a.8.I01.D99'],
    ['DWA under an unknown IWA', ONET_FILES.dwas, 4, 'IWA ID', '4.A.4.a.5.I99', 'DWA Reference.txt:4: column "IWA ID": unknown IWA 4.A.4.a.5.I99'],
    ['non-numeric rating', ONET_FILES.skills, 3, 'Data Value', 'x', 'Skills.txt:3: column "Data Value": expected a number (got "x")'],
    ['level above 7', ONET_FILES.skills, 11, 'Data Value', '7.5', 'Skills.txt:11: column "Data Value": LV must be within 0–7 (got 7.5)'],
    ['importance below 1', ONET_FILES.knowledge, 6, 'Data Value', '0.5', 'Knowledge.txt:6: column "Data Value": IM must be within 1–5 (got 0.5)'],
    ['Not Relevant neither Y nor N', ONET_FILES.knowledge, 5, 'Not Relevant', 'Maybe', 'Knowledge.txt:5: column "Not Relevant": expected Y or N (got "Maybe")'],
    ['related to an unknown occupation', ONET_FILES.related, 4, 'Related O*NET-SOC Code', '11-9999.00', 'Related Occupations.txt:4: column "Related O*NET-SOC Code": unknown occupation 11-9999.00'],
    ['alternate title of an unknown occupation', ONET_FILES.alternateTitles, 13, 'O*NET-SOC Code', '55-1019.00', 'Alternate Titles.txt:13: column "O*NET-SOC Code": unknown occupation 55-1019.00 (not in Occupation Data.txt)'],
    ['Shown in My Next Move not Y/N', ONET_FILES.reportedTitles, 6, 'Shown in My Next Move', 'yes', 'Sample of Reported Titles.txt:6: column "Shown in My Next Move": expected Y or N (got "yes")'],
    ['Hot Technology not Y/N', ONET_FILES.technologySkills, 4, 'Hot Technology', 'X', 'Technology Skills.txt:4: column "Hot Technology": expected Y or N (got "X")'],
    ['job zone 6', ONET_FILES.jobZones, 7, 'Job Zone', '6', 'Job Zones.txt:7: column "Job Zone": job zone must be 1–5 (got "6")'],
    ['education share above 100%', ONET_FILES.education, 9, 'Data Value', '145.91', 'Education, Training, and Experience.txt:9: column "Data Value": a percentage must be within 0–100 (got 145.91)'],
    ['unknown education category', ONET_FILES.education, 20, 'Category', '13', 'Education, Training, and Experience.txt:20: column "Category": unknown education category 13'],
  ])('%s (%s line %i)', (_what, file, line, column, value, message) => {
    const e = failure((dir) => setField(path.join(dir, file), line, column, value));
    expect(e.message).toBe(message);
    expect(e.file).toBe(file);
    expect(e.line).toBe(line);
  });

  it('a header missing a column: line 1, naming the column and what was found', () => {
    const e = failure((dir) => editLines(path.join(dir, TASKS), (l) => [l[0].replace('\tTask Type\t', '\tType\t'), ...l.slice(1)]));
    expect(e.message).toBe(
      'Task Statements.txt:1: header is missing column(s) "Task Type"; found "O*NET-SOC Code", "Task ID", "Task", "Type", "Incumbents Responding", "Date", "Domain Source"',
    );
  });

  it('a row with too few fields to hold the columns read', () => {
    const e = failure((dir) => editLines(path.join(dir, TASKS), (l) => l.map((x, i) => (i === 6 ? x.split('\t').slice(0, 3).join('\t') : x))));
    expect(e.message).toBe('Task Statements.txt:7: expected 7 tab-separated fields, found 3');
  });

  it('a stray tab inside a statement gives the row one field too many and is caught', () => {
    const e = failure((dir) => editLines(path.join(dir, TASKS), (l) => l.map((x, i) => (i === 3 ? x.replace('promotional campaigns', 'promotional\tcampaigns') : x))));
    expect(e.message).toBe('Task Statements.txt:4: expected 7 tab-separated fields, found 8 (a stray tab?)');
  });

  it('counts lines the same in LF files', () => {
    const e = failure((dir) => {
      const f = path.join(dir, TASKS);
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/\r\n/g, '\n'));
      setField(f, 17, 'Task ID', '-5603');
    });
    expect(e.message).toBe('Task Statements.txt:17: column "Task ID": expected a whole number (got "-5603")');
  });

  it('counts blank lines when numbering', () => {
    const e = failure((dir) => {
      const f = path.join(dir, TASKS);
      editLines(f, (l) => [...l.slice(0, 3), '', ...l.slice(3)]);
      setField(f, 6, 'Task Type', 'core');
    });
    expect(e.message).toBe('Task Statements.txt:6: column "Task Type": expected Core, Supplemental or n/a (got "core")');
  });

  it('rejects a binary file', () => {
    const e = failure((dir) => fs.writeFileSync(path.join(dir, ONET_FILES.jobZones), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])));
    expect(e.message).toBe('Job Zones.txt: binary content (NUL byte): not a tab-delimited text file');
  });

  it('rejects an empty Occupation Data', () => {
    const e = failure((dir) => editLines(path.join(dir, ONET_FILES.occupations), (l) => l.slice(0, 1)));
    expect(e.message).toBe('Occupation Data.txt: no occupations');
  });
});

describe('required and optional files', () => {
  const required = Object.values(ONET_FILES).filter((f) => !OPTIONAL_ONET_FILES.has(f));

  it('knows which files are optional', () => {
    expect([...OPTIONAL_ONET_FILES].sort()).toEqual(['Abilities.txt', 'Content Model Reference.txt', 'Read Me.txt', 'Task Ratings.txt', 'Work Activities.txt', 'Work Context.txt']);
    expect(required).toHaveLength(20);
  });

  test.each(required)('a missing %s is named', (file) => {
    const dirs = copyFixtures();
    fs.rmSync(path.join(dirs.onetDir, file));
    const { db } = tempDb();
    expect(() => ingest(db, dirs)).toThrow(new InputError(file, undefined, `required O*NET file is missing from ${dirs.onetDir}`));
    expect(() => ingest(db, dirs)).toThrow(`${file}: required O*NET file is missing from `);
  });
});

describe('O*NET readers', () => {
  it('reads the release from the first line of Read Me.txt', () => {
    expect(readOnetRelease(ONET_MINI)).toBe('O*NET 30.1');
  });

  test.each([
    ['O*NET 29.3 Database', 'O*NET 29.3'],
    ['Something else', 'O*NET (unknown release)'],
  ])('Read Me first line %j → %j', (first, release) => {
    const dirs = copyFixtures();
    fs.writeFileSync(path.join(dirs.onetDir, 'Read Me.txt'), `${first}\r\nDecember 2025 Release\r\n`);
    expect(readOnetRelease(dirs.onetDir)).toBe(release);
  });

  it('readTasks maps the official columns', () => {
    const codes = new Set(['11-1011.00', '11-1011.03', '11-1031.00', '13-1021.00', '21-1011.00', '27-2011.00', '29-1022.00', '55-1011.00']);
    const tasks = readTasks(ONET_MINI, codes);
    expect(tasks).toHaveLength(22);
    expect(tasks[0]).toEqual({
      task_id: 8823,
      onet_soc_code: '11-1011.00',
      statement: 'Direct or coordinate an organization\'s financial or budget activities to fund operations, maximize investments, or increase efficiency.',
      task_type: 'Core',
      incumbents_responding: 95,
    });
    expect(tasks.find((t) => t.task_id === 15281)).toMatchObject({ task_type: 'n/a', incumbents_responding: null });
  });

  it('accepts Task IDs written as floats (8823.0), as some exports do', () => {
    const dirs = copyFixtures();
    setField(path.join(dirs.onetDir, TASKS), 2, 'Task ID', '8823.0');
    const tasks = readTasks(dirs.onetDir, new Set(['11-1011.00', '11-1011.03', '11-1031.00', '13-1021.00', '21-1011.00', '27-2011.00', '29-1022.00']));
    expect(tasks[0].task_id).toBe(8823);
  });
});
