import { lenientFilters, paramsObject, type OccupationFilters } from '@/lib/api/schemas';

export const PAGE_SIZE = 100;

export interface BrowseParams {
  filters: OccupationFilters;
  page: number;
}

/** The browse view's URL state: filters and sort (shared with the API schema) plus the page number. */
export function parseBrowseParams(sp: Record<string, string | string[] | undefined>): BrowseParams {
  const p = paramsObject(sp);
  const page = Math.max(1, Math.min(1000, Number.parseInt(p.page ?? '1', 10) || 1));
  return { filters: lenientFilters(p), page };
}

/** Query string for filters (defaults omitted) with overrides; `undefined` removes a key. */
export function browseHref(f: OccupationFilters, over: Record<string, string | number | undefined> = {}, base = '/occupations'): string {
  const q = new URLSearchParams();
  const entries: Record<string, unknown> = { ...f, job_zone: f.job_zone?.join(',') };
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
