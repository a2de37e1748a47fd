import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { compact, exposureWords, pct } from '@/lib/charts/format';
import { paramsObject } from '@/lib/api/schemas';
import { sqlite } from '@/lib/queries/db';
import { occupationIndex } from '@/lib/queries/occupations';
import { embedQueryLazy } from '@/lib/search/embed-query';
import { searchWithFallback } from '@/lib/search/hybrid';
import { hasSearchIndex } from '@/lib/search/query';
import { SearchBox } from '../../_components/search-box';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = paramsObject(await searchParams).q?.slice(0, 80);
  return { title: q ? `“${q}”: search` : 'Search' };
}

export default async function SearchPage({ searchParams }: Props) {
  const p = paramsObject(await searchParams);
  const q = (p.q ?? '').trim().slice(0, 200);
  const db = sqlite();
  const indexed = hasSearchIndex(db);
  const results = q && indexed ? await searchWithFallback(db, q, 25, embedQueryLazy) : [];
  // "I'm feeling lucky" for exact hits keeps the common case one step: ?go=1 from the search box.
  if (p.go === '1' && results[0]?.score === 1) redirect(`/occupations/${results[0].onet_soc_code}`);
  const idx = occupationIndex(db);
  return (
    <>
      <h1>Search job titles</h1>
      <div style={{ maxWidth: 680 }}>
        <SearchBox large defaultValue={q} label="Job title" />
      </div>
      {!indexed && <p className="notice warn">The search index is not built in this database. Run <code>npm run setup</code>.</p>}
      {q && indexed && (
        <>
          <h2 aria-live="polite">{results.length === 0 ? `No occupations match “${q}”` : `${results.length} occupations for “${q}”`}</h2>
          {results.length === 0 && (
            <p>
              Try fewer or different words, or <Link href={`/occupations?q=${encodeURIComponent(q)}`}>browse occupations</Link>.
            </p>
          )}
          <ol className="results" style={{ paddingLeft: 20 }}>
            {results.map((r) => {
              const o = idx.get(r.onet_soc_code);
              return (
                <li key={r.onet_soc_code} style={{ marginBottom: 10 }}>
                  <Link href={`/occupations/${r.onet_soc_code}`} style={{ fontSize: '1.08rem', fontWeight: 600 }}>
                    {r.title}
                  </Link>{' '}
                  <span className="muted mono">{r.onet_soc_code}</span>
                  <br />
                  <span className="muted">
                    {r.matched_title !== r.title ? `matched “${r.matched_title}” · ` : ''}
                    {o?.beta !== null && o?.beta !== undefined ? `exposure ${exposureWords(o.beta)} (beta ${pct(o.beta)}) · ` : ''}
                    {o?.employment ? `${compact(o.employment)} workers · ` : ''}match {pct(r.score)}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}
