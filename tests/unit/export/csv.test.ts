/**
 * CSV writing: RFC 4180 quoting that our own parser reads back cell for cell, and the spreadsheet formula
 * guard for user text.
 */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { csvCell, toCsv, type Cell } from '../../../lib/export/csv';
import { parseCsv } from '../../../lib/ingest/csv';

describe('csvCell', () => {
  test.each<[Cell, string]>([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    [0, '0'],
    [-1.25, '-1.25'],
    [1e21, '1e+21'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [true, 'true'],
    [false, 'false'],
  ])('%j → %j', (v, out) => {
    expect(csvCell(v)).toBe(out);
  });

  test.each<[string, string]>([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['plain text', 'plain text'],
    ['a=b', 'a=b'],
  ])('guards the formula %j → %j', (v, out) => {
    expect(csvCell(v, { guardFormulas: true })).toBe(out);
    // Without the guard, the text is written as it is (quoted only when needed).
    expect(parseCsv(csvCell(v))[0].fields[0]).toBe(v);
  });

  it('does not guard numbers, which are not user text', () => {
    expect(csvCell(-5, { guardFormulas: true })).toBe('-5');
  });
});

describe('toCsv', () => {
  it('writes a header and one line per row, LF-terminated, in the given column order', () => {
    const rows = [
      { code: '11-1011.00', title: 'Chief Executives', beta: 0.41234, note: null },
      { code: '15-1252.00', title: 'Developers, "software"', beta: 0.6, note: '=1+1' },
    ];
    expect(toCsv(rows, ['title', 'code', 'beta', 'note'])).toBe('title,code,beta,note\nChief Executives,11-1011.00,0.41234,\n"Developers, ""software""",15-1252.00,0.6,=1+1\n');
    expect(toCsv(rows, ['note'], { guardFormulas: true })).toBe("note\n\n'=1+1\n");
  });

  it('writes only a header for no rows', () => {
    expect(toCsv([], ['a', 'b'])).toBe('a,b\n');
  });

  it('round-trips any strings through parseCsv (property)', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '=', '\t') }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 8 }))),
        ([n, rows]) => {
          const columns = Array.from({ length: n }, (_, i) => `c${i}`);
          const objects = rows.map((r) => Object.fromEntries(r.map((v, i) => [columns[i], v])));
          const parsed = parseCsv(toCsv(objects, columns)).map((r) => r.fields);
          expect(parsed).toEqual([columns, ...rows]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
