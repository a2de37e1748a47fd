/**
 * The RFC 4180 parser behind .csv inputs: quoting, escaped quotes, newlines inside quotes, CRLF, and the
 * line an unterminated quote started on.
 */
import { describe, expect, it, test } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../../lib/ingest/csv';

const fields = (text: string, delimiter?: string) => parseCsv(text, delimiter).map((r) => r.fields);

describe('parseCsv', () => {
  test.each<[string, string, string[][]]>([
    ['plain fields', 'a,b,c', [['a', 'b', 'c']]],
    ['LF rows, trailing newline adds no row', 'a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['CRLF rows', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['old Mac CR rows', 'a,b\rc,d', [['a', 'b'], ['c', 'd']]],
    ['a quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['escaped quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['only an escaped quote', '""""', [['"']]],
    ['LF inside quotes', '1,"two\nlines"\n2,x', [['1', 'two\nlines'], ['2', 'x']]],
    ['CRLF inside quotes is kept', '"a\r\nb",c\r\n', [['a\r\nb', 'c']]],
    ['empty fields', 'a,,c', [['a', '', 'c']]],
    ['a trailing delimiter', 'a,\n', [['a', '']]],
    ['an empty quoted field between others', 'a,"",c', [['a', '', 'c']]],
    ['a quote inside an unquoted field is literal', 'ab"c,d', [['ab"c', 'd']]],
    ['spaces are kept', ' a , b ', [[' a ', ' b ']]],
    ['a byte order mark is dropped', '\ufeffa,b', [['a', 'b']]],
    ['a blank line is a row with one empty field', 'a\n\nb', [['a'], [''], ['b']]],
    ['empty input has no rows', '', []],
    ['a last row of one empty quoted field without newline', 'x\n""', [['x'], ['']]],
  ])('%s', (_what, text, rows) => {
    expect(fields(text)).toEqual(rows);
  });

  test.each([
    [';', 'a;"b;c";d', [['a', 'b;c', 'd']]],
    ['\t', 'a\t"b\tc"\n', [['a', 'b\tc']]],
  ])('delimiter %j', (d, text, rows) => {
    expect(fields(text, d)).toEqual(rows);
  });

  it('numbers each row by the line it starts on', () => {
    const rows = parseCsv('id,text\r\n1,"two\r\nlines"\r\n2,"three\nmore\nlines"\n3,x\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 7]);
    expect(rows[2].fields).toEqual(['2', 'three\nmore\nlines']);
  });

  test.each([
    ['a,b\n"c,d\ne', 2],
    ['1,"x\n\n\ny', 1],
    ['a\nb\nc,"d""', 3],
  ])('an unterminated quote in %j is a CsvSyntaxError at line %i', (text, line) => {
    let err: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect(err).toMatchObject({ line, message: 'unterminated quoted field' });
  });
});
