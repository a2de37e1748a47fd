import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countWords, MAX_TASKS, splitJobDescription, splitTasks } from '@/lib/jd/split';

describe('splitTasks', () => {
  test.each([
    ['dash, star and bullet-character lists', '- Draft legal documents for review\n* Maintain case files and databases\n• Schedule client meetings and depositions', ['Draft legal documents for review', 'Maintain case files and databases', 'Schedule client meetings and depositions']],
    ['numbered and lettered lists', '1. Answer customer calls promptly\n2) Log every complaint in the CRM\n(3) Escalate unresolved billing issues\na) Train new team members', ['Answer customer calls promptly', 'Log every complaint in the CRM', 'Escalate unresolved billing issues', 'Train new team members']],
    ['semicolons inside an item', '- Conduct legal research; summarize case law for attorneys; file motions with courts', ['Conduct legal research', 'summarize case law for attorneys', 'file motions with courts']],
    ['prose sentences', 'You will prepare trial binders. You will also liaise with courts! Do you enjoy detailed work? We do.', ['You will prepare trial binders.', 'You will also liaise with courts!', 'Do you enjoy detailed work?']],
    ['headings are dropped', 'RESPONSIBILITIES\nWhat you will do:\n- Write weekly status reports\nRequirements:\n- Drive a forklift safely', ['Write weekly status reports', 'Drive a forklift safely']],
    ['a heading glued to its first item keeps the item', 'Duties: write and edit product documentation', ['write and edit product documentation']],
    ['fragments under three words and duplicates are dropped', '- Filing\n- Answer the phones\n- answer the phones\n- Data entry', ['Answer the phones']],
    ['abbreviations with a full stop do not split a sentence early', 'Prepare reports for the U.S. office and the board. Track budgets monthly for each team.', ['Prepare reports for the U.S. office and the board.', 'Track budgets monthly for each team.']],
  ])('%s', (_name, text, expected) => {
    expect(splitTasks(text)).toEqual(expected);
  });

  test('CRLF line endings', () => {
    expect(splitTasks('- Draft legal documents\r\n- Maintain case files\r\n')).toEqual(['Draft legal documents', 'Maintain case files']);
  });

  test('empty and whitespace-only text gives no task', () => {
    expect(splitTasks('')).toEqual([]);
    expect(splitTasks('  \n\t\n')).toEqual([]);
  });

  test('very long items are cut at 400 characters', () => {
    const [t] = splitTasks(`- ${'word '.repeat(200)}`);
    expect(t.length).toBeLessThanOrEqual(401);
    expect(t.endsWith('…')).toBe(true);
  });

  test(`at most ${MAX_TASKS} tasks`, () => {
    const text = Array.from({ length: 500 }, (_, i) => `- Handle task number ${i} carefully`).join('\n');
    expect(splitTasks(text)).toHaveLength(MAX_TASKS);
  });

  test('counts the tasks beyond the limit instead of silently keeping the first ones', () => {
    const text = Array.from({ length: 130 }, (_, i) => `- Handle task number ${i} carefully`).join('\n');
    const r = splitJobDescription(text);
    expect(r.tasks).toHaveLength(MAX_TASKS);
    expect(r.found).toBe(130);
    expect(r.tasks.at(-1)).toBe(`Handle task number ${MAX_TASKS - 1} carefully`);
    expect(splitJobDescription(text, 500)).toEqual({ tasks: expect.any(Array), found: 130 });
    expect(splitJobDescription('- Draft the contracts\n- Draft the contracts\n')).toEqual({ tasks: ['Draft the contracts'], found: 1 });
  });

  test.each([
    ['!!! ??? ...', 0],
    ['-- 1. 2) 42 % $', 0],
    ['Draft contracts', 2],
    ['R&D 3D-print résumés', 3],
    ['写 报告 。', 2],
  ])('countWords(%j) = %i (a word has a letter)', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  test('punctuation and numbers are not tasks', () => {
    expect(splitTasks('- !!! ??? ...\n- 1. 2. 3. 4.\n- -- -- -- --\n- $ % & #')).toEqual([]);
    expect(splitTasks('- ... Draft the contracts !!!\n- 12 34 56 78')).toEqual(['Draft the contracts !!!']);
  });

  test('a 20,000-character description of one run-on line is fast', () => {
    const text = 'Manage the thing and other things '.repeat(600).slice(0, 20_000);
    const t = performance.now();
    splitTasks(text);
    splitTasks('.'.repeat(20_000));
    splitTasks('a. '.repeat(6_000));
    splitTasks(';'.repeat(20_000));
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe('splitTasks: properties', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('- ', '* ', '• ', '1. ', '2) ', '(a) ', '\n', '\r\n', '; ', '. ', ': ', 'Responsibilities:\n', 'DUTIES\n', 'Draft the reports ', 'U.S. '),
  );
  const doc = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 1000 }), fc.array(piece, { maxLength: 200 }).map((a) => a.join('')));

  test('never throws, never hangs, at most 100 tasks, each of at least three words, no duplicates', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const t = performance.now();
        const tasks = splitTasks(text);
        expect(performance.now() - t).toBeLessThan(200);
        expect(tasks.length).toBeLessThanOrEqual(MAX_TASKS);
        for (const task of tasks) {
          expect(task.trim().split(/\s+/).length).toBeGreaterThanOrEqual(3);
          expect(task.length).toBeLessThanOrEqual(401);
        }
        expect(new Set(tasks.map((x) => x.toLowerCase())).size).toBe(tasks.length);
      }),
      { numRuns: 1000 },
    );
  });

  test('each task is text of the input (modulo whitespace)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }).map((a) => a.join('')), (text) => {
        const flat = text.replace(/\s+/g, ' ');
        for (const task of splitTasks(text)) expect(flat).toContain(task.replace(/…$/, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitTasks: titles and plain line lists', () => {
  test.each([
    ['a title line followed by a blank line', 'Truck driver (CDL-A)\n\nDrive tractor-trailers over long distances.\nInspect the truck before each trip.', ['Drive tractor-trailers over long distances.', 'Inspect the truck before each trip.']],
    ['a title line followed by a heading', 'Paralegal, corporate legal team\nResponsibilities:\n- Draft contracts and memos', ['Draft contracts and memos']],
    ['a plain list of lines without punctuation', 'Review contracts for errors\nDraft legal memos for partners\nFile court documents on time', ['Review contracts for errors', 'Draft legal memos for partners', 'File court documents on time']],
    ['wrapped prose continuing in lower case', 'Prepare monthly financial statements and\nreconcile the general ledger accounts.', ['Prepare monthly financial statements and reconcile the general ledger accounts.']],
  ])('%s', (_name, text, expected) => {
    expect(splitTasks(text)).toEqual(expected);
  });
});
