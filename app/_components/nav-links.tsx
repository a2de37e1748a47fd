'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import './nav.css';

const LINKS = [
  { href: '/', label: 'Home' },
  { href: '/occupations', label: 'Occupations' },
  { href: '/skills', label: 'Skills' },
  { href: '/skills/technology', label: 'Technology' },
  { href: '/paths', label: 'Paths' },
  { href: '/scenarios', label: 'Scenarios' },
  { href: '/states', label: 'States' },
  { href: '/roster', label: 'Roster' },
  { href: '/score', label: 'Score a job' },
  { href: '/compare', label: 'Compare' },
  { href: '/methodology', label: 'Methodology' },
];

/** The link a path belongs to: the longest matching prefix (so /skills/technology is Technology, not Skills). */
export function currentLink(path: string): string | null {
  let best: string | null = null;
  for (const l of LINKS) {
    const hit = l.href === '/' ? path === '/' : path === l.href || path.startsWith(`${l.href}/`);
    if (hit && (best === null || l.href.length > best.length)) best = l.href;
  }
  return best;
}

/** Main navigation: a wrapped row on wide screens; on phones a Menu button discloses the list. */
export function NavLinks() {
  const path = usePathname();
  const [open, setOpen] = useState(false);
  const current = currentLink(path);
  return (
    <nav className={open ? 'site-nav open' : 'site-nav'} aria-label="Main">
      <button type="button" className="nav-toggle" aria-expanded={open} aria-controls="site-nav-list" onClick={() => setOpen((o) => !o)}>
        Menu
      </button>
      <ul id="site-nav-list">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} onClick={() => setOpen(false)} aria-current={current === l.href ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
