// No imports from lib/api here: the filter form (a client component) uses skillsHref, and the API
// schemas pull in the database module.
export const DOMAINS = ['all', 'skill', 'knowledge'] as const;
export type DomainFilter = (typeof DOMAINS)[number];

export interface SkillsParams {
  /** a major group code (XX-0000) or null for all workers */
  group: string | null;
  domain: DomainFilter;
}

/** The /skills view's URL state; unknown values fall back to the defaults (all workers, both domains). */
export function parseSkillsParams(sp: Record<string, string | string[] | undefined>, groups: Set<string>): SkillsParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const p = { group: first(sp.group), domain: first(sp.domain) };
  const group = p.group && /^\d{2}-0000$/.test(p.group) && groups.has(p.group) ? p.group : null;
  const domain = (DOMAINS as readonly string[]).includes(p.domain ?? '') ? (p.domain as DomainFilter) : 'all';
  return { group, domain };
}

export function skillsHref(p: SkillsParams): string {
  const q = new URLSearchParams();
  if (p.group) q.set('group', p.group);
  if (p.domain !== 'all') q.set('domain', p.domain);
  const s = q.toString();
  return s ? `/skills?${s}` : '/skills';
}
