/**
 * readTable and parseRows: the header check, line numbers (header = line 1), title rows above and
 * footnotes below BLS tables, .csv input, and the `<file>:<line>: column "X": reason (got "v")` messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { afterEach, describe, expect, it, test } from 'vitest';
import { InputError } from '../../../lib/ingest/errors';
import { int, na, nAOrText, num, onetCode, socCode, text, yn } from '../../../lib/ingest/fields';
import { parseRows, readRows, readTable } from '../../../lib/ingest/table';
import { cleanTemp, errorOf, tempDir } from './helpers';

afterEach(cleanTemp);

function write(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('readTable on tab-delimited text', () => {
  it('keeps only the asked columns, by header name, in any order, and numbers lines from the header', () => {
    const f = write('t.txt', ' Code \tName\tExtra\r\n1\tone\tx\r\n\r\n2\ttwo\ty\r\n');
    expect(readTable(f, { columns: ['Name', 'Code'] })).toEqual({
      file: 't.txt',
      header: ['Code', 'Name', 'Extra'],
      rows: [
        { line: 2, cells: { Name: 'one', Code: '1' } },
        { line: 4, cells: { Name: 'two', Code: '2' } },
      ],
    });
  });

  it('skips rows of empty cells (BLS sheets end with them)', () => {
    const f = write('t.tsv', 'A\tB\n1\t2\n\t\n\t\t\n3\t4\n');
    expect(readTable(f, { columns: ['A'] }).rows).toEqual([
      { line: 2, cells: { A: '1' } },
      { line: 5, cells: { A: '3' } },
    ]);
  });

  it('fills missing trailing cells with "" when the asked columns are present', () => {
    const f = write('t.txt', 'A\tB\tC\n1\t2\n');
    expect(readTable(f, { columns: ['A', 'B'] }).rows).toEqual([{ line: 2, cells: { A: '1', B: '2' } }]);
  });

  it('finds the header below title rows and stops at the footer', () => {
    const f = write('t.tsv', 'Title of the table\t\t\nAs of 2023\t\t\nCode\tValue\n11-1011\t1\nFootnotes:\t\n[1] a note\t\n');
    const t = readTable(f, { columns: ['Code', 'Value'], headerStartsWith: 'Code', footerStartsWith: /^Footnotes:/ });
    expect(t.rows).toEqual([{ line: 4, cells: { Code: '11-1011', Value: '1' } }]);
    expect(readTable(f, { columns: ['Code'], headerStartsWith: /^co/i }).header).toEqual(['Code', 'Value']);
  });

  test.each<[string, string | Buffer, Parameters<typeof readTable>[1], string]>([
    ['a missing column', 'A\tB\n1\t2\n', { columns: ['A', 'C', 'D'] }, 'x.txt:1: header is missing column(s) "C", "D"; found "A", "B"'],
    ['a missing column below title rows', 'T\nA\tB\n', { columns: ['C'], headerStartsWith: 'A' }, 'x.txt:2: header is missing column(s) "C"; found "A", "B"'],
    ['no header row', 'T\nX\tY\n', { columns: ['A'], headerStartsWith: 'A' }, 'x.txt: no header row found (expected one starting with A)'],
    ['an empty file', '', { columns: ['A'] }, 'x.txt: no header row found'],
    ['a short row', 'A\tB\tC\n1\t2\t3\n1\n', { columns: ['A', 'C'] }, 'x.txt:3: expected 3 tab-separated fields, found 1'],
    ['a NUL byte', Buffer.from('A\tB\n\0\n'), { columns: ['A'] }, 'x.txt: binary content (NUL byte): not a tab-delimited text file'],
  ])('reports %s', (_what, content, opts, message) => {
    const e = errorOf(() => readTable(write('x.txt', content), opts));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(message);
  });
});

describe('readTable on .csv', () => {
  it('parses quoted fields and numbers rows by their first physical line', () => {
    const f = write('x.csv', 'id,text,other\r\n1,"two\r\nlines, with a comma",a\r\n\r\n2,"say ""hi""",b\r\n');
    expect(readTable(f, { columns: ['id', 'text'] }).rows).toEqual([
      { line: 2, cells: { id: '1', text: 'two\r\nlines, with a comma' } },
      { line: 5, cells: { id: '2', text: 'say "hi"' } },
    ]);
  });

  it('reports an unterminated quote at the line it opened', () => {
    const e = errorOf(() => readTable(write('x.csv', 'id,text\n1,ok\n2,"open\n3,x\n'), { columns: ['id'] }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe('x.csv:3: unterminated quoted field');
  });
});

describe('parseRows', () => {
  const schema = z.object({ Code: onetCode, N: int });
  const table = (rows: Array<Record<string, string>>) => ({ file: 'f.txt', header: ['Code', 'N'], rows: rows.map((cells, i) => ({ line: i + 2, cells })) });

  it('returns the parsed rows with their line', () => {
    expect(parseRows(table([{ Code: ' 11-1011.00 ', N: '3' }]), schema)).toEqual([{ Code: '11-1011.00', N: 3, line: 2 }]);
  });

  test.each([
    [{ Code: '11-1011', N: '3' }, 'f.txt:2: column "Code": expected an O*NET-SOC code like 15-1252.00 (got "11-1011")'],
    [{ Code: '11-1011.00', N: '3.5' }, 'f.txt:2: column "N": expected a whole number (got "3.5")'],
    [{ Code: 'x'.repeat(80), N: '1' }, `f.txt:2: column "Code": expected an O*NET-SOC code like 15-1252.00 (got "${'x'.repeat(57)}...")`],
  ])('reports the first problem: %j', (cells, message) => {
    expect(errorOf(() => parseRows(table([cells]), schema)).message).toBe(message);
  });

  it('reports the line of the bad row, not the first', () => {
    const rows = [{ Code: '11-1011.00', N: '1' }, { Code: '11-1011.03', N: '2' }, { Code: '11-1011.04', N: 'x' }];
    expect(errorOf(() => parseRows(table(rows), schema)).message).toBe('f.txt:4: column "N": expected a whole number (got "x")');
  });
});

describe('readRows (read and validate in one pass)', () => {
  const schema = z.object({ N: int, Code: onetCode });

  it('returns the parsed rows with their line, repeated values included, and checks the extra required columns', () => {
    const f = write('t.txt', 'Code\tExtra\tN\r\n11-1011.00\tx\t3\r\n11-1011.00\ty\t3\r\n\r\n 11-1011.03 \tz\t4\r\n');
    expect(readRows(f, schema, { alsoRequire: ['Extra'] })).toEqual({
      file: 't.txt',
      rows: [
        { N: 3, Code: '11-1011.00', line: 2 },
        { N: 3, Code: '11-1011.00', line: 3 },
        { N: 4, Code: '11-1011.03', line: 5 },
      ],
    });
    expect(errorOf(() => readRows(f, schema, { alsoRequire: ['Other'] })).message).toBe('t.txt:1: header is missing column(s) "Other"; found "Code", "Extra", "N"');
  });

  test.each([
    ['a bad value after good ones', 'Code\tN\n11-1011.00\t1\n11-1011.00\tx\n', 't.txt:3: column "N": expected a whole number (got "x")'],
    ['the first failing column in schema order', 'Code\tN\n11-1011\tx\n', 't.txt:2: column "N": expected a whole number (got "x")'],
    ['a bad value before a short line (the first bad line wins)', 'Code\tN\n11-1011\t1\n11-1011.00\n', 't.txt:2: column "Code": expected an O*NET-SOC code like 15-1252.00 (got "11-1011")'],
    ['a short line before a bad value', 'Code\tN\n11-1011.00\n11-1011\t1\n', 't.txt:2: expected 2 tab-separated fields, found 1'],
    ['a stray tab', 'Code\tN\n11-1011.00\t1\tx\n', 't.txt:2: expected 2 tab-separated fields, found 3 (a stray tab?)'],
  ])('reports %s', (_what, content, message) => {
    expect(errorOf(() => readRows(write('t.txt', content), schema)).message).toBe(message);
  });
});

describe('field parsers', () => {
  test.each<[string, z.ZodType, string, unknown]>([
    ['int', int, '12', 12],
    ['int', int, '12.0', 12],
    ['int', int, ' 7 ', 7],
    ['num', num, '-1.5', -1.5],
    ['num', num, '2.5e3', 2500],
    ['yn', yn, 'Y', true],
    ['yn', yn, 'N', false],
    ['na(int)', na(int), 'n/a', null],
    ['na(int)', na(int), '', null],
    ['na(int)', na(int), '4', 4],
    ['nAOrText', nAOrText, 'n/a', null],
    ['nAOrText', nAOrText, ' CEO ', 'CEO'],
    ['socCode', socCode, '15-1252', '15-1252'],
    ['text', text, ' a ', 'a'],
  ])('%s accepts %j', (_name, schema, input, output) => {
    expect(schema.parse(input)).toEqual(output);
  });

  test.each<[string, z.ZodType, string]>([
    ['int', int, '-1'],
    ['int', int, '1.5'],
    ['int', int, ''],
    ['num', num, '1,5'],
    ['num', num, 'NaN'],
    ['yn', yn, 'y'],
    ['socCode', socCode, '15-1252.00'],
    ['onetCode', onetCode, '15-1252'],
    ['text', text, '   '],
  ])('%s rejects %j', (_name, schema, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });
});
