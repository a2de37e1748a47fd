/**
 * Query schemas for the API and the pages that share its parameters, composed from shared
 * fragments. URLSearchParams → plain object by `paramsObject` (first value wins).
 */
import { z } from 'zod';
import { ELEMENT_DOMAINS } from '../queries/skills';
import { SORT_KEYS } from '../queries/occupations';

export const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
export const onetCode = z.string().regex(ONET_CODE, 'must be an O*NET-SOC code like 15-1252.00');
const groupCode = z.string().regex(/^\d{2}-\d{4}$/, 'must be a SOC group code like 15-0000');
const unit = z.coerce.number().min(0).max(1);
const nonNeg = z.coerce.number().min(0);

export const searchQuery = z.object({
  q: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchQuery = z.infer<typeof searchQuery>;

const jobZones = z
  .string()
  .regex(/^[1-5](,[1-5])*$/, 'must be job zones 1–5, comma-separated')
  .transform((s) => [...new Set(s.split(',').map(Number))]);

export const occupationFilters = z.object({
  q: z.string().trim().max(200).optional(),
  group: groupCode.optional(),
  beta_min: unit.optional(),
  beta_max: unit.optional(),
  emp_min: nonNeg.optional(),
  wage_min: nonNeg.optional(),
  wage_max: nonNeg.optional(),
  job_zone: jobZones.optional(),
  growth_min: z.coerce.number().min(-100).max(1000).optional(),
  sort: z.enum(SORT_KEYS).default('beta'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export type OccupationFilters = z.infer<typeof occupationFilters>;

export const occupationsQuery = occupationFilters.extend({
  limit: z.coerce.number().int().min(1).max(5000).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  format: z.enum(['json', 'csv']).default('json'),
});
export type OccupationsQuery = z.infer<typeof occupationsQuery>;

export const skillsQuery = z.object({
  domain: z.enum(ELEMENT_DOMAINS).optional(),
  sort: z.enum(['name', 'beta', 'alpha', 'gamma', 'employment']).default('beta'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  format: z.enum(['json', 'csv']).default('json'),
});
export type SkillsQuery = z.infer<typeof skillsQuery>;

/** A state's 2-letter postal code, either case. */
export const statePostal = z.string().regex(/^[A-Za-z]{2}$/, 'must be a 2-letter state postal code like CA');
export const formatQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

export { paramsObject } from '../http/params';

/** Filters for pages: invalid values are dropped one by one instead of failing the whole view. */
export function lenientFilters(p: Record<string, string>): OccupationFilters {
  const parsed = occupationFilters.safeParse(p);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(p).filter(([k]) => !bad.has(k)));
  return occupationFilters.parse(kept);
}
