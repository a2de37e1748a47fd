import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { exposureWords, pct } from '@/lib/charts/format';
import { paramsObject } from '@/lib/api/schemas';
import { requestData } from '@/app/_data';
import { occupationIndex } from '@/lib/queries/occupations';
import { employmentText } from '@/app/_components/employment';
import { embedQueryLazy } from '@/lib/search/embed-query';
import { matchWithFallback } from '@/lib/search/hybrid';
import { matcherFor, type MatchResult } from '@/lib/search/matcher';
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
  const db = requestData();
  const indexed = hasSearchIndex(db);
  const match: MatchResult | null = q && indexed ? await matchWithFallback(db, q, 25, embedQueryLazy) : null;
  const results = match?.results ?? [];
  const suggestions = match && results.length === 0 ? matcherFor(db).suggest(q) : [];
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
            <div data-testid="search-empty">
              <p>
                {match?.reasons[0] ? `${match.reasons[0][0].toUpperCase()}${match.reasons[0].slice(1)}. ` : ''}Check the spelling, write the title as a job
                posting would (“customer service representative” rather than an internal code), or try one of these:
              </p>
              <ul className="chips" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', padding: 0 }}>
                {suggestions.map((s) => (
                  <li key={s}>
                    <Link className="pill" href={`/search?q=${encodeURIComponent(s)}`}>
                      {s}
                    </Link>
                  </li>
                ))}
              </ul>
              <p>
                Or <Link href="/occupations">browse all occupations</Link> by group.
              </p>
            </div>
          )}
          {results.length > 0 && match?.needs_review && (
            <p className="notice" data-testid="search-review">
              Closest matches, not a sure one ({Math.floor(match.confidence * 100)}% confidence): {match.reasons.filter((r) => !r.startsWith('confidence ')).join('; ') || 'a low score'}. Pick the occupation that fits.
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
                    {o?.employment ? `${employmentText(o.employment, o.oews_code, o.oews_sharers)} · ` : ''}match {pct(r.score)}
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
