/**
 * The field parsers' fast paths (lib/ingest/fields.ts, blsNumber in lib/ingest/bls.ts) against their
 * zod schemas: for any string, a fast path either declines or returns exactly what zod outputs (zod
 * stays the definition; the fast path only skips it for clean cells). And on clean cells they fire.
 */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import type { z } from 'zod';
import { blsNumber } from '../../../lib/ingest/bls';
import { fastPathOf, int, isTrimmed, na, nAOrText, NOT_SURE, num, onetCode, socCode, text, yn } from '../../../lib/ingest/fields';

const SCHEMAS: Array<[string, z.ZodType, string[]]> = [
  ['onetCode', onetCode, ['15-1252.00', '11-1011.03']],
  ['socCode', socCode, ['15-1252']],
  ['text', text, ['Write code.', 'a']],
  ['int', int, ['12', '0', '12.00']],
  ['num', num, ['3.25', '-1', '2.5e3', '0.00']],
  ['yn', yn, ['Y', 'N']],
  ['na(int)', na(int), ['n/a', '', '4']],
  ['na(yn)', na(yn), ['n/a', 'Y']],
  ['nAOrText', nAOrText, ['n/a', '', 'CEO']],
  ['blsNumber', blsNumber({ '*': null, '#': 'top', '': null }), ['12340', '0.85', '239200']],
  ['blsNumber with a numeric marker', blsNumber({ '0': null }), []],
];

// Strings near the accepted forms: digits, signs, separators, markers and every kind of space.
const near = fc
  .array(fc.constantFrom(...'0123456789.-+eE,$>=*#/naYN xQ'.split(''), '\t', '\u00a0', '\u2028', '\ufeff', '\u3000', '15-1252', '.00', 'n/a'), { maxLength: 14 })
  .map((parts) => parts.join(''));
const anything = fc.oneof(near, fc.string({ maxLength: 16 }), fc.string({ unit: 'binary', maxLength: 10 }));

describe('fast paths agree with their zod schemas', () => {
  test.each(SCHEMAS)('%s: declines or returns what zod returns, for any string', (_name, schema) => {
    const fast = fastPathOf(schema);
    expect(fast).toBeDefined();
    fc.assert(
      fc.property(anything, (s) => {
        const v = fast!(s);
        if (v === NOT_SURE) return;
        const r = schema.safeParse(s);
        expect(r.success, JSON.stringify(s)).toBe(true);
        expect(Object.is(r.data, v), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test.each(SCHEMAS.filter(([, , clean]) => clean.length > 0))('%s: answers clean cells itself', (_name, schema, clean) => {
    for (const s of clean) expect(fastPathOf(schema)!(s), s).not.toBe(NOT_SURE);
  });

  it('never takes the fast path for a numeric marker', () => {
    expect(fastPathOf(blsNumber({ '0': null }))!('0')).toBe(NOT_SURE);
  });

  it('isTrimmed is true only where trim() changes nothing on a non-empty string', () => {
    fc.assert(fc.property(anything, (s) => !isTrimmed(s) || (s.trim() === s && s !== '')));
  });
});
