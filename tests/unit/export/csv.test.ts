/**
 * The one CSV writer: RFC 4180 (CRLF, quoting) read back cell for cell by a strict reader written from
 * the grammar and by the project's own parser, the spreadsheet formula guard on every text cell
 * (header included), and numbers never touched.
 */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { csvField, guardFormula, objectsToCsv, toCsv, type Cell } from '../../../lib/export/csv';
import { parseCsv } from '../../../lib/ingest/csv';
import { readRfc4180 } from '../../helpers/rfc4180';

/** What the guard must do to a text cell, stated independently of the implementation. */
const TRIGGER = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-](\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;
const guarded = (s: string) => (TRIGGER.test(s) && !SIGNED_NUMBER.test(s) ? `'${s}` : s);

describe('csvField', () => {
  test.each<[Cell, string]>([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    [' padded', '" padded"'],
    [0, '0'],
    [-1.25, '-1.25'],
    [1e21, '1e+21'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [true, 'true'],
    [false, 'false'],
  ])('%j → %j', (v, out) => {
    expect(csvField(v)).toBe(out);
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
    ['-0.05', '-0.05'],
    ['+12%', '+12%'],
  ])('guards the formula %j → %j', (v, out) => {
    expect(csvField(v)).toBe(out);
  });

  test.each<[Cell, Cell]>([
    [-0.05, -0.05],
    [-5, -5],
    [null, null],
    [true, true],
    ['-2+3', "'-2+3"],
  ])('guardFormula(%j) → %j', (v, out) => {
    expect(guardFormula(v)).toBe(out);
  });
});

describe('toCsv and objectsToCsv', () => {
  it('writes a header and one CRLF-terminated line per row, in the given column order', () => {
    const rows = [
      { code: '11-1011.00', title: 'Chief Executives', beta: 0.41234, note: null },
      { code: '15-1252.00', title: 'Developers, "software"', beta: -0.6, note: '=1+1' },
    ];
    expect(objectsToCsv(rows, ['title', 'code', 'beta', 'note'])).toBe(
      'title,code,beta,note\r\nChief Executives,11-1011.00,0.41234,\r\n"Developers, ""software""",15-1252.00,-0.6,\'=1+1\r\n',
    );
    expect(toCsv(['=a', 'b'], [[1, 'x']])).toBe("'=a,b\r\n1,x\r\n");
  });

  it('writes only a header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });

  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '1', '.', ',', '"', '\r', '\n', ' ', '=', '+', '-', '@', '\t') }));
  const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
  const table = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.array(text, { minLength: n, maxLength: n }), fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 8 })));

  /** What a reader gets back for a cell: text guarded, numbers as written by String(), nothing for null. */
  const expected = (v: Cell) => (typeof v === 'string' ? guarded(v) : v === null || v === undefined ? '' : typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v));

  it('round-trips any table through a strict RFC 4180 reader and the project parser, text guarded, numbers untouched (property)', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const csv = toCsv(header, rows);
        const want = [header.map(expected), ...rows.map((r) => r.map(expected))];
        expect(readRfc4180(csv)).toEqual(want);
        expect(parseCsv(csv).map((r) => r.fields)).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a text cell that a spreadsheet would run as a formula (property)', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const cells = readRfc4180(toCsv(header, rows)).flat();
        for (const c of cells) if (TRIGGER.test(c)) expect(SIGNED_NUMBER.test(c), c).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('writes every finite number exactly as JavaScript prints it, negative ones included (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 10 }), (nums) => {
        const back = readRfc4180(toCsv(['x'], nums.map((n) => [n])))
          .slice(1)
          .map((r) => Number(r[0]));
        expect(back).toEqual(nums.map((n) => (Object.is(n, -0) ? 0 : n)));
      }),
    );
  });
});
