import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseRoster, ROSTER_LIMITS, RosterError } from '@/lib/roster/parse';

function fails(input: string | Uint8Array): RosterError {
  try {
    parseRoster(input);
  } catch (e) {
    if (e instanceof RosterError) return e;
    throw e;
  }
  throw new Error('expected a RosterError');
}

describe('parseRoster: headers matched flexibly', () => {
  test.each([
    ['Job Title,Headcount,Department', 'Job Title', 'Headcount', 'Department'],
    ['title,count', 'title', 'count', null],
    ['ROLE,Employees,Team', 'ROLE', 'Employees', 'Team'],
    ['Position Title,FTEs,Business Unit', 'Position Title', 'FTEs', 'Business Unit'],
    ['  job_title , head-count , dept ', 'job_title', 'head-count', 'dept'],
    ['Department,Job,Number of employees', 'Job', 'Number of employees', 'Department'],
  ])('%s', (header, title, count, dept) => {
    const { rows, columns } = parseRoster(`${header}\n${header.startsWith('Department') ? 'Legal,Paralegal,4' : 'Paralegal,4,Legal'}\n`);
    expect(columns).toEqual({ job_title: title, headcount: count, department: dept });
    expect(rows[0]).toMatchObject({ line: 2, job_title: 'Paralegal', headcount: 4 });
    expect(rows[0].department).toBe(dept === null ? null : 'Legal');
  });
});

describe('parseRoster: quoting, delimiters and numbers', () => {
  test('quoted fields with commas, escaped quotes and line breaks; lines counted from the record start', () => {
    const { rows } = parseRoster('Job Title,Headcount\n"Nurse, RN",3\n"The ""best"" clerk",2\n"Two\nlines",1\nLast,5\n');
    expect(rows.map((r) => [r.line, r.job_title])).toEqual([
      [2, 'Nurse, RN'],
      [3, 'The "best" clerk'],
      [4, 'Two\nlines'],
      [6, 'Last'],
    ]);
  });
  test('TSV and semicolon-separated files', () => {
    expect(parseRoster('role\temployees\tteam\nData entry, clerk\t4\tOps\n').rows[0]).toMatchObject({ job_title: 'Data entry, clerk', headcount: 4, department: 'Ops' });
    expect(parseRoster('Position;FTE\nAnalyst;2.5\n').rows[0]).toMatchObject({ job_title: 'Analyst', headcount: 2.5 });
  });
  test('CRLF, blank lines, a UTF-8 BOM, thousands separators, an empty department', () => {
    const bytes = new TextEncoder().encode('\uFEFFJob Title,Headcount,Dept\r\n\r\nA,"1,200",\r\nB,3,Ops\r\n');
    const { rows } = parseRoster(bytes);
    expect(rows).toEqual([
      { line: 3, job_title: 'A', headcount: 1200, department: null },
      { line: 4, job_title: 'B', headcount: 3, department: 'Ops' },
    ]);
  });
  test('input order is kept', () => {
    const titles = Array.from({ length: 50 }, (_, i) => `Role ${50 - i}`);
    const { rows } = parseRoster(`Title,Count\n${titles.map((t) => `${t},1`).join('\n')}\n`);
    expect(rows.map((r) => r.job_title)).toEqual(titles);
  });
});

describe('parseRoster: every error names its line and field', () => {
  test.each([
    ['empty', '', null, null, /empty/],
    ['whitespace only', ' \n\n \n', null, null, /empty/],
    ['header only', 'Job Title,Headcount\n', null, null, /no rows/],
    ['no title column', 'Name,Salary\nA,3\n', 1, 'job title', /no job-title column/],
    ['no headcount column', 'Title,Salary\nA,3\n', 1, 'headcount', /no headcount column/],
    ['unterminated quote', 'Job Title,Headcount\nA,3\nB,"4\n', 3, null, /unterminated/],
    ['empty title (the only row)', 'Job Title,Headcount\n,4\n', 2, 'Job Title', /job title is empty/],
    ['long title', `Job,Count\n${'x'.repeat(ROSTER_LIMITS.titleChars + 1)},1\n`, 2, 'Job', /longer than/],
    ['text headcount (every row)', 'Job Title,Headcount\nA,ten\nB,three\n', 2, 'Headcount', /positive number \(got "ten"\); none of the 2 rows could be read/],
    ['negative headcount', 'Job Title,Headcount\nA,-3\n', 2, 'Headcount', /positive number/],
    ['zero headcount', 'Role,Employees\nA,0\n', 2, 'Employees', /between 0 and/],
    ['huge headcount', 'Role,Employees\nA,99999999999\n', 2, 'Employees', /between 0 and/],
    ['missing headcount cell', 'Role,Employees\nA\n', 2, 'Employees', /positive number/],
    ['exponent', 'Role,Employees\nA,1e3\n', 2, 'Employees', /positive number/],
  ])('%s', (_name, input, line, field, reason) => {
    const e = fails(input);
    expect(e.status).toBe(400);
    expect(e.line).toBe(line);
    expect(e.field).toBe(field);
    expect(e.reason).toMatch(reason);
    if (line !== null) expect(e.message).toContain(`line ${line}`);
  });

  test('binary input (NUL bytes) is refused, as bytes or as text', () => {
    expect(fails(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).reason).toMatch(/binary/);
    expect(fails('Job Title,Headcount\nA\u0000,1\n').reason).toMatch(/binary/);
  });
});

describe('parseRoster: bad rows are skipped and listed once each, the rest processed', () => {
  test('one bad cell does not reject the file', () => {
    const { rows, skipped } = parseRoster('Job Title,Headcount,Department\nParalegal,3,Legal\nClerk,ten,Ops\nNurse,42,Clinical\n');
    expect(rows.map((r) => [r.line, r.job_title, r.headcount])).toEqual([
      [2, 'Paralegal', 3],
      [4, 'Nurse', 42],
    ]);
    expect(skipped).toEqual([{ line: 3, column: 'Headcount', value: 'ten', reason: 'headcount must be a positive number (got "ten")' }]);
  });

  test.each([
    ['empty title', ',4', 'Job Title', ''],
    ['long title', `${'x'.repeat(ROSTER_LIMITS.titleChars + 1)},1`, 'Job Title', `${'x'.repeat(40)}…`],
    ['text headcount', 'Clerk,several', 'Headcount', 'several'],
    ['negative headcount', 'Clerk,-3', 'Headcount', '-3'],
    ['zero headcount', 'Clerk,0', 'Headcount', '0'],
    ['huge headcount', 'Clerk,99999999999', 'Headcount', '99999999999'],
    ['missing headcount cell', 'Clerk', 'Headcount', ''],
  ])('%s: skipped with its line, column and value', (_n, row, column, value) => {
    const { rows, skipped } = parseRoster(`Job Title,Headcount\nParalegal,3\n${row}\nNurse,2\n`);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ line: 3, column, value });
    expect(skipped[0].reason.length).toBeGreaterThan(10);
  });

  test('a row with two problems is listed once; lines are those of the file', () => {
    const { skipped } = parseRoster('Job Title,Headcount\nA,1\n,ten\n\nB,x\n');
    expect(skipped.map((s) => [s.line, s.column])).toEqual([
      [3, 'Job Title'],
      [5, 'Headcount'],
    ]);
  });

  test('kept rows plus skipped rows are every data row, for any mix', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 1, max: 999 }).map(String), fc.constantFrom('ten', '', '-1', '0', 'n/a')), { minLength: 1, maxLength: 30 }), (counts) => {
        const text = `Title,Count\n${counts.map((c, i) => `T${i},${c}`).join('\n')}\n`;
        const good = counts.filter((c) => /^\d+$/.test(c) && Number(c) > 0).length;
        if (good === 0) {
          expect(() => parseRoster(text)).toThrow(RosterError);
          return;
        }
        const { rows, skipped } = parseRoster(text);
        expect(rows).toHaveLength(good);
        expect(rows.length + skipped.length).toBe(counts.length);
        expect(new Set([...rows.map((r) => r.line), ...skipped.map((s) => s.line)]).size).toBe(counts.length);
      }),
    );
  });
});

describe('parseRoster: limits answer 413', () => {
  test('more than 2 MB', () => {
    const big = `Title,Count\n${'a,1\n'.repeat(ROSTER_LIMITS.bytes / 4 + 1)}`;
    const e = fails(big);
    expect(e.status).toBe(413);
    expect(e.reason).toMatch(/limit is 2097152 bytes/);
    expect(fails(new TextEncoder().encode(big)).status).toBe(413);
  });
  test('more than 10,000 rows, while exactly 10,000 pass', () => {
    const rows = (n: number) => `Title,Count\n${Array.from({ length: n }, (_, i) => `T${i},1`).join('\n')}\n`;
    expect(parseRoster(rows(ROSTER_LIMITS.rows)).rows).toHaveLength(ROSTER_LIMITS.rows);
    const e = fails(rows(ROSTER_LIMITS.rows + 1));
    expect(e.status).toBe(413);
    expect(e.reason).toMatch(/10001 rows/);
  });
});

describe('parseRoster: property', () => {
  test('any text gives rows or a RosterError, never another exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }).map((s) => `Job Title,Headcount\n${s}`)), (s) => {
        try {
          const { rows } = parseRoster(s);
          for (const r of rows) {
            expect(r.job_title.trim()).not.toBe('');
            expect(r.headcount).toBeGreaterThan(0);
          }
        } catch (e) {
          expect(e).toBeInstanceOf(RosterError);
        }
      }),
      { numRuns: 500 },
    );
  });
  test('well-formed rosters round-trip', () => {
    const row = fc.record({
      title: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !s.includes('\u0000')),
      count: fc.integer({ min: 1, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rs) => {
        const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const { rows } = parseRoster(`Job Title,Headcount\n${rs.map((r) => `${q(r.title)},${r.count}`).join('\n')}\n`);
        expect(rows.map((r) => [r.job_title, r.headcount])).toEqual(rs.map((r) => [r.title.trim(), r.count]));
      }),
      { numRuns: 200 },
    );
  });
});
