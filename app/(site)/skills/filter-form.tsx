'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { skillsHref, type DomainFilter } from './search-params';

/**
 * The /skills filters as a plain GET form (works without JavaScript); with JavaScript a change
 * navigates at once, so the URL always names the view.
 */
export function SkillsFilterForm({ groups, group, domain }: { groups: Array<{ code: string; title: string }>; group: string | null; domain: DomainFilter }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const go = (form: HTMLFormElement) => {
    const f = new FormData(form);
    const g = String(f.get('group') ?? '');
    const d = String(f.get('domain') ?? 'all') as DomainFilter;
    start(() => router.push(skillsHref({ group: g || null, domain: d }), { scroll: false }));
  };
  return (
    <form
      action="/skills"
      method="get"
      className="skills-filters"
      aria-busy={pending}
      onChange={(e) => go(e.currentTarget)}
      onSubmit={(e) => {
        e.preventDefault();
        go(e.currentTarget);
      }}
    >
      <div>
        <label htmlFor="skills-group">Occupation group</label>
        <select id="skills-group" name="group" defaultValue={group ?? ''} key={group ?? ''}>
          <option value="">All workers</option>
          {groups.map((g) => (
            <option key={g.code} value={g.code}>
              {g.title} ({g.code})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="skills-domain">Show</label>
        <select id="skills-domain" name="domain" defaultValue={domain} key={domain}>
          <option value="all">Skills and knowledge</option>
          <option value="skill">Skills</option>
          <option value="knowledge">Knowledge</option>
        </select>
      </div>
      <button type="submit">Apply</button>
      {pending && <span className="muted" role="status">Updating…</span>}
    </form>
  );
}
