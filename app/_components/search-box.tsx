'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useTitleSearch, type TitleHit } from './use-title-search';

type Suggestion = TitleHit;

/**
 * Job-title search with as-you-type suggestions: an ARIA 1.2 combobox (arrows move, Enter opens the
 * highlighted occupation or the results page, Escape closes). Without JavaScript it is a plain GET form.
 */
export function SearchBox({ large = false, defaultValue = '', autoFocus = false, label = 'Search job titles' }: { large?: boolean; defaultValue?: string; autoFocus?: boolean; label?: string }) {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const [q, setQ] = useState(defaultValue);
  const search = useTitleSearch(q, { limit: 8, delay: 120 });
  const items = search.hits;
  /** the term the API found no occupation for (shown as a hint, not as options) */
  const empty = search.status === 'done' && items.length === 0 && search.term !== null && search.term.length >= 3 ? search.term : null;
  const [open, setOpen] = useState(false);
  const [activeIndex, setActive] = useState(-1);
  const active = activeIndex < items.length ? activeIndex : -1;

  const expanded = open && items.length > 0;
  const go = (s: Suggestion) => {
    setOpen(false);
    router.push(`/occupations/${s.onet_soc_code}`);
  };

  return (
    <form
      role="search"
      action="/search"
      method="get"
      className={`search${large ? ' large' : ''}`}
      onSubmit={(e) => {
        if (expanded && active >= 0) {
          e.preventDefault();
          go(items[active]);
        } else if (!q.trim()) e.preventDefault();
      }}
    >
      <label htmlFor={`${id}-input`} className={large ? undefined : 'visually-hidden'}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        name="q"
        value={q}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        placeholder="e.g. paralegal, RN, software engineer"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        onChange={(e) => {
          setQ(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            if (items.length) setActive((a) => (a + 1) % items.length);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            if (items.length) setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
          } else if (e.key === 'Escape') {
            if (expanded) {
              e.preventDefault();
              setOpen(false);
              setActive(-1);
            }
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Suggested occupations" hidden={!expanded}>
        {items.map((s, i) => (
          <li
            key={s.onet_soc_code}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              go(s);
            }}
            onMouseEnter={() => setActive(i)}
          >
            {s.title}
            {s.matched_title !== s.title && <span className="alt">matched “{s.matched_title}”</span>}
          </li>
        ))}
      </ul>
      {open && empty !== null && items.length === 0 && (
        <p
          role="status"
          style={{ position: 'absolute', zIndex: 20, left: 0, right: 0, top: '100%', margin: '2px 0 0', padding: '8px 10px', background: '#fff', border: '1px solid var(--border)', borderRadius: 'var(--radius)', color: 'var(--muted)', fontSize: '0.9rem' }}
        >
          No occupation matches “{empty}”. Press Enter for suggestions.
        </p>
      )}
    </form>
  );
}
