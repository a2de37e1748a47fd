import { z } from 'zod';

/**
 * Fast paths for the field parsers below: a plain function that returns what the zod schema would
 * output for the common, clean cell, or NOT_SURE for anything else (which then goes through zod,
 * so zod decides every rejection and its message). tests/unit/ingest/fields.test.ts checks, over
 * random and near-miss strings, that each fast path never disagrees with its schema.
 */
export const NOT_SURE: unique symbol = Symbol('not sure');
type FastPath<T> = (cell: string) => T | typeof NOT_SURE;
const fastPaths = new WeakMap<z.ZodType, FastPath<unknown>>();

export function withFastPath<T extends z.ZodType>(schema: T, fast: FastPath<z.output<T>>): T {
  fastPaths.set(schema, fast);
  return schema;
}

/** The fast path registered for a schema, if any. */
export function fastPathOf(schema: z.ZodType): FastPath<unknown> | undefined {
  return fastPaths.get(schema);
}

/** True when trim() would leave `s` as it is and it is not empty: it starts and ends with visible ASCII. */
export function isTrimmed(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
}

const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const SOC_CODE = /^\d{2}-\d{4}$/;
const WHOLE = /^\d+(\.0+)?$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** Field parsers for the official files; each error message says what was expected. */
export const onetCode = withFastPath(z.string().trim().regex(ONET_CODE, 'expected an O*NET-SOC code like 15-1252.00'), (s) => (ONET_CODE.test(s) ? s : NOT_SURE));
export const socCode = withFastPath(z.string().trim().regex(SOC_CODE, 'expected a SOC code like 15-1252'), (s) => (SOC_CODE.test(s) ? s : NOT_SURE));
export const text = withFastPath(z.string().trim().min(1, 'must not be empty'), (s) => (isTrimmed(s) ? s : NOT_SURE));
export const int = withFastPath(
  z
    .string()
    .trim()
    .regex(WHOLE, 'expected a whole number')
    .transform((v) => Number.parseInt(v, 10)),
  (s) => (WHOLE.test(s) ? Number.parseInt(s, 10) : NOT_SURE),
);
export const num = withFastPath(
  z
    .string()
    .trim()
    .regex(NUMBER, 'expected a number')
    .transform(Number),
  (s) => (NUMBER.test(s) ? Number(s) : NOT_SURE),
);
export const yn = withFastPath(
  z.enum(['Y', 'N'], { error: 'expected Y or N' }).transform((v) => v === 'Y'),
  (s) => (s === 'Y' ? true : s === 'N' ? false : NOT_SURE),
);
/** O*NET writes missing values as n/a (and some converted files leave them empty). */
export const na = <T extends z.ZodType>(inner: T) => {
  const innerFast = fastPathOf(inner);
  return withFastPath(
    z.preprocess((v) => (typeof v === 'string' && (v.trim() === 'n/a' || v.trim() === '') ? null : v), inner.nullable()),
    (s) => (s === 'n/a' || s === '' ? null : isTrimmed(s) && innerFast ? (innerFast(s) as z.output<T>) : NOT_SURE),
  );
};
export const nAOrText = withFastPath(
  z
    .string()
    .trim()
    .transform((v) => (v === '' || v === 'n/a' ? null : v)),
  (s) => (s === '' || s === 'n/a' ? null : isTrimmed(s) ? s : NOT_SURE),
);
