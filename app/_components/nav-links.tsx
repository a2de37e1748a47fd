'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', label: 'Home' },
  { href: '/occupations', label: 'Occupations' },
  { href: '/compare', label: 'Compare' },
  { href: '/skills', label: 'Skills' },
  { href: '/methodology', label: 'Methodology' },
];

export function NavLinks() {
  const path = usePathname();
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {LINKS.map((l) => {
          const current = l.href === '/' ? path === '/' : path.startsWith(l.href);
          return (
            <li key={l.href}>
              <Link href={l.href} aria-current={current ? 'page' : undefined}>
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
