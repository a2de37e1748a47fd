import Link from 'next/link';
import { SearchBox } from './search-box';

/** The body of every 404 page: what went wrong and a way on (search, browse, home). */
export function NotFoundBody() {
  return (
    <div>
      <h1>Page not found</h1>
      <p className="lede">We could not find that page or occupation code. O*NET codes look like <code>15-1252.00</code>.</p>
      <div style={{ maxWidth: 560, margin: '16px 0' }}>
        <SearchBox large label="Search for a job title instead" />
      </div>
      <p>
        <Link href="/occupations">Browse all occupations</Link> or go <Link href="/">home</Link>.
      </p>
    </div>
  );
}
