import { lenientFilters, paramsObject, type OccupationFilters } from '@/lib/api/schemas';

export const PAGE_SIZE = 100;

export interface BrowseParams {
  filters: OccupationFilters;
  page: number;
}

/**
 * The page shows exposure in percent, so its form sends `exp_min`/`exp_max` in percent (0–100); the API's
 * `beta_min`/`beta_max` (0–1) still work in a page URL. Percent wins when both are given.
 */
const PERCENT_KEYS = [['exp_min', 'beta_min'], ['exp_max', 'beta_max']] as const;

function fromPercent(v: string): string {
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? String(n / 100) : v;
}

/** The browse view's URL state: filters and sort (shared with the API schema) plus the page number. */
export function parseBrowseParams(sp: Record<string, string | string[] | undefined>): BrowseParams {
  const p = paramsObject(sp);
  for (const [pct, beta] of PERCENT_KEYS) {
    if (p[pct] !== undefined) p[beta] = fromPercent(p[pct]);
    delete p[pct];
  }
  const page = Math.max(1, Math.min(1000, Number.parseInt(p.page ?? '1', 10) || 1));
  return { filters: lenientFilters(p), page };
}

/** Query string for filters (defaults omitted) with overrides; `undefined` removes a key. */
export function browseHref(f: OccupationFilters, over: Record<string, string | number | undefined> = {}, base = '/occupations'): string {
  const q = new URLSearchParams();
  const { beta_min, beta_max, ...rest } = f;
  const pct = (b: number | undefined) => (b === undefined ? undefined : Math.round(b * 10000) / 100);
  const entries: Record<string, unknown> = { ...rest, exp_min: pct(beta_min), exp_max: pct(beta_max), job_zone: f.job_zone?.join(',') };
  for (const [k, v] of Object.entries(entries)) {
    if (v === undefined || v === '' || (k === 'sort' && v === 'beta') || (k === 'dir' && v === 'desc')) continue;
    q.set(k, String(v));
  }
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) q.delete(k);
    else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}
