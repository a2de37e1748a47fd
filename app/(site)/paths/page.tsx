import type { Metadata } from 'next';
import Link from 'next/link';
import { paramsObject } from '@/lib/api/schemas';
import { compact, score } from '@/lib/charts/format';
import { EXPOSURE_MARGIN } from '@/lib/paths/paths';
import { requestData } from '@/app/_data';
import { occupationIndex } from '@/lib/queries/occupations';
import { embedQueryLazy } from '@/lib/search/embed-query';
import { searchWithFallback } from '@/lib/search/hybrid';
import { hasSearchIndex } from '@/lib/search/query';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Reskilling paths' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Entry to the reskilling paths: find your occupation by job title, then open its paths. */
export default async function PathsIndexPage({ searchParams }: Props) {
  const q = (paramsObject(await searchParams).q ?? '').trim().slice(0, 200);
  const db = requestData();
  const indexed = hasSearchIndex(db);
  const results = q && indexed ? await searchWithFallback(db, q, 12, embedQueryLazy) : [];
  const idx = occupationIndex(db);
  return (
    <>
      <h1>Reskilling paths</h1>
      <p className="lede">
        Where people in an exposed occupation can move: feasible, related occupations at least {EXPOSURE_MARGIN} less exposed, at most one job zone up, without barriers such as
        election or a professional degree, with the skills to learn and what transfers. Start from your job title.
      </p>
      <form action="/paths" method="get" role="search" style={{ display: 'flex', gap: 6, flexWrap: 'wrap', maxWidth: 680 }}>
        <label htmlFor="paths-q" className="visually-hidden">
          Your job title
        </label>
        <input id="paths-q" name="q" type="search" defaultValue={q} placeholder="Your job title, e.g. data entry clerk" style={{ flex: '1 1 260px', minWidth: 0 }} />
        <button type="submit">Find paths</button>
      </form>
      {q && (
        <>
          <h2 aria-live="polite">{results.length === 0 ? `No occupations match “${q}”` : `Paths from the occupations matching “${q}”`}</h2>
          <ol style={{ paddingLeft: 20 }}>
            {results.map((r) => {
              const o = idx.get(r.onet_soc_code);
              return (
                <li key={r.onet_soc_code} style={{ marginBottom: 8 }}>
                  <Link href={`/paths/${r.onet_soc_code}`} style={{ fontWeight: 600 }}>
                    Paths from {r.title}
                  </Link>{' '}
                  <span className="muted mono">{r.onet_soc_code}</span>
                  <br />
                  <span className="muted">
                    {r.matched_title !== r.title ? `matched “${r.matched_title}” · ` : ''}
                    {o?.beta !== null && o?.beta !== undefined ? `beta ${score(o.beta)} · ` : ''}
                    {o?.employment ? `${compact(o.employment)} workers · ` : ''}
                    <Link href={`/occupations/${r.onet_soc_code}`}>occupation page</Link>
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
