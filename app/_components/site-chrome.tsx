import Link from 'next/link';
import type { ReactNode } from 'react';
import { requestData } from '@/app/_data';
import { releases } from '@/lib/queries/meta';
import { NavLinks } from './nav-links';
import { ReleasesProvider } from './releases-context';
import { SearchBox } from './search-box';

/** Header with navigation and search, the page, and the footer with data credits. */
export function SiteChrome({ children }: { children: ReactNode }) {
  const r = releases(requestData());
  return (
    <ReleasesProvider labels={r}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="inner">
            <Link href="/" className="brand">
              <span className="brand-mark" aria-hidden="true" />
              Exposure Atlas
            </Link>
            <NavLinks />
            <div className="header-search">
              <SearchBox />
            </div>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="inner">
            <p>
              Occupational data: <a href="https://www.onetcenter.org/database.html">{r.onet} database</a> by the U.S. Department of Labor, Employment and Training
              Administration (USDOL/ETA), used under the <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> license. O*NET® is a trademark of USDOL/ETA;
              Exposure Atlas has modified the data and is not endorsed by USDOL/ETA.
            </p>
            <p>
              Employment and wages: U.S. Bureau of Labor Statistics, <a href="https://www.bls.gov/oes/">{r.oews}</a>; outlook:{' '}
              <a href="https://www.bls.gov/emp/">{r.projections}</a>.
            </p>
            <p>
              <Link href="/methodology">Methodology</Link> · <a href="/api/v1/openapi.json">API</a>
            </p>
          </div>
        </footer>
    </ReleasesProvider>
  );
}
