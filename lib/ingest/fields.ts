import { z } from 'zod';

/** Field parsers for the official files; each error message says what was expected. */
export const onetCode = z.string().trim().regex(/^\d{2}-\d{4}\.\d{2}$/, 'expected an O*NET-SOC code like 15-1252.00');
export const socCode = z.string().trim().regex(/^\d{2}-\d{4}$/, 'expected a SOC code like 15-1252');
export const text = z.string().trim().min(1, 'must not be empty');
export const int = z
  .string()
  .trim()
  .regex(/^\d+(\.0+)?$/, 'expected a whole number')
  .transform((v) => Number.parseInt(v, 10));
export const num = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'expected a number')
  .transform(Number);
export const yn = z.enum(['Y', 'N'], { error: 'expected Y or N' }).transform((v) => v === 'Y');
/** O*NET writes missing values as n/a (and some converted files leave them empty). */
export const na = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => (typeof v === 'string' && (v.trim() === 'n/a' || v.trim() === '') ? null : v), inner.nullable());
export const nAOrText = z
  .string()
  .trim()
  .transform((v) => (v === '' || v === 'n/a' ? null : v));
