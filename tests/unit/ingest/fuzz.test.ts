/**
 * Fuzzing the readers: whatever the bytes, readTable + parseRows either return rows or throw an
 * InputError naming the file (and line): never another kind of error, never a hang; and readRows (the
 * one-pass reader ingest uses) returns exactly the same rows, or throws the same error (or one about
 * a bad value on an earlier line: it reports the file's first bad line).
 */
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError } from '../../../lib/ingest/errors';
import { int, na, onetCode, text } from '../../../lib/ingest/fields';
import { parseRows, readRows, readTable } from '../../../lib/ingest/table';
import { readWorkbookSheet } from '../../../lib/ingest/workbook';
import { writeXlsx } from './xlsx';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-fuzz-'));
const COLUMNS = ['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type'] as const;
const schema = z.object({ 'O*NET-SOC Code': onetCode, 'Task ID': int, Task: text, 'Task Type': na(z.enum(['Core', 'Supplemental'])) });

function attempt(file: string): { ok: true; n: number } | { ok: false; error: unknown } {
  try {
    const rows = parseRows(readTable(file, { columns: COLUMNS }), schema);
    return { ok: true, n: rows.length };
  } catch (error) {
    return { ok: false, error };
  }
}

const cell = fc.oneof(
  fc.constantFrom('15-1252.00', '8823', 'Core', 'Supplemental', 'n/a', '', 'abc', '-1', '1e9', '"quoted"'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const line = fc.array(cell, { minLength: 0, maxLength: 6 }).map((cs) => cs.join('\t'));

describe('fuzzing the tab-delimited reader', () => {
  it('returns rows or throws an InputError with file and line, for any text', () => {
    let i = 0;
    fc.assert(
      fc.property(fc.boolean(), fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (withHeader, lines, eol) => {
        const file = path.join(dir, `t${i++}.txt`);
        fs.writeFileSync(file, [...(withHeader ? [COLUMNS.join('\t')] : []), ...lines].join(eol));
        const r = attempt(file);
        if (!r.ok) {
          expect(r.error).toBeInstanceOf(InputError);
          expect((r.error as Error).message.startsWith(path.basename(file))).toBe(true);
        } else {
          expect(r.n).toBeLessThanOrEqual(lines.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('readRows gives what readTable + parseRows give: the same rows, or the same error, for any text', () => {
    // Repeated values exercise the per-column memo; columns in another order than the header, an
    // extra required column, title rows and a footer exercise the rest.
    const wide = ['Extra', ...COLUMNS];
    const anyLine = fc.oneof(line, fc.array(fc.constantFrom('15-1252.00', '11-1011.03', '8823', '12', 'Core', 'n/a', ' x ', ''), { minLength: 5, maxLength: 5 }).map((cs) => cs.join('\t')));
    const outcome = (fn: () => unknown[]) => {
      try {
        return { rows: fn() };
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return { error: (e as Error).message };
      }
    };
    let i = 0;
    fc.assert(
      fc.property(
        fc.array(anyLine, { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        (lines, eol, titled, footed) => {
          const file = path.join(dir, `d${i++}.txt`);
          const content = [...(titled ? ['A title row', ''] : []), wide.join('\t'), ...lines, ...(footed ? ['Footnotes:', '[1] a note'] : [])].join(eol);
          fs.writeFileSync(file, content);
          const opts = { headerStartsWith: titled ? 'Extra' : undefined, footerStartsWith: footed ? /^Footnotes:/ : undefined };
          const reordered = z.object({ Task: text, 'O*NET-SOC Code': onetCode, 'Task Type': na(z.enum(['Core', 'Supplemental'])), 'Task ID': int });
          const twoStep = outcome(() => parseRows(readTable(file, { columns: [...Object.keys(reordered.shape), 'Extra'], ...opts }), reordered));
          const onePass = outcome(() => readRows(file, reordered, { alsoRequire: ['Extra'], ...opts }).rows);
          if (onePass.error === undefined || twoStep.error === undefined || onePass.error === twoStep.error) {
            expect(onePass).toEqual(twoStep);
          } else {
            // The one pass stops at the first bad line of the file: a bad value can come before a
            // malformed line that the two-step reader (all lines first, then values) reports first.
            const lineOf = (m: string) => Number(/^d\d+\.txt:(\d+): /.exec(m)?.[1]);
            expect(onePass.error).toMatch(/^d\d+\.txt:\d+: column "/);
            expect(lineOf(onePass.error)).toBeLessThan(lineOf(twoStep.error));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('parses every row of a well-formed file it generates', () => {
    const row = fc.record({ code: fc.constantFrom('15-1252.00', '11-1011.03'), id: fc.integer({ min: 1, max: 99999 }), task: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\t\r\n]/.test(s) && s.trim() !== ''), type: fc.constantFrom('Core', 'Supplemental', 'n/a') });
    let i = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const file = path.join(dir, `g${i++}.txt`);
        fs.writeFileSync(file, [COLUMNS.join('\t'), ...rows.map((r) => [r.code, r.id, r.task, r.type].join('\t'))].join('\r\n') + '\r\n');
        const parsed = parseRows(readTable(file, { columns: COLUMNS }), schema);
        expect(parsed.map((p) => [p['O*NET-SOC Code'], p['Task ID'], p.Task, p['Task Type'] ?? 'n/a'])).toEqual(rows.map((r) => [r.code, r.id, r.task.trim(), r.type]));
        expect(parsed.map((p) => p.line)).toEqual(rows.map((_, k) => k + 2));
      }),
      { numRuns: 100 },
    );
  });

  it('rejects binary content with an InputError', () => {
    const file = path.join(dir, 'bin.txt');
    fs.writeFileSync(file, Buffer.from([0x4f, 0x00, 0x01, 0x02]));
    expect(() => readTable(file, { columns: COLUMNS })).toThrow(InputError);
  });
});

describe('fuzzing the workbook reader (read-excel-file)', () => {
  it('rejects with an InputError naming the file (not a crash, not a hang) for arbitrary bytes named .xlsx', async () => {
    let i = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ maxLength: 2000 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b]))), async (bytes) => {
        const name = `x${i++}.xlsx`;
        const file = path.join(dir, name);
        fs.writeFileSync(file, bytes);
        const error = await readWorkbookSheet(file).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error !== undefined) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reads a generated workbook; converted to TSV, bad cells are reported at their row number', async () => {
    const file = path.join(dir, 'ok.xlsx');
    writeXlsx(file, [['Sheet1', [[...COLUMNS], ['15-1252.00', 1, 'Write code.', 'Core'], ['15-1252.00', 'two', 'Test code.', 'Core']]]]);
    const rows = await readWorkbookSheet(file);
    expect(rows[1]).toEqual(['15-1252.00', '1', 'Write code.', 'Core']);
    const tsv = path.join(dir, 'ok.tsv');
    fs.writeFileSync(tsv, rows.map((r) => r.join('\t')).join('\n'));
    expect(() => parseRows(readTable(tsv, { columns: COLUMNS }), schema)).toThrow('ok.tsv:3: column "Task ID": expected a whole number (got "two")');
  });
});
