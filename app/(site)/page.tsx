import Link from 'next/link';
import { compact, num, pct } from '@/lib/charts/format';
import { atlasVersion, getCounts, getDatasetVersions, hasScores, releases } from '@/lib/queries/meta';
import { getNationalPicture, PUBLISHED_HEADLINE } from '@/lib/queries/national';
import type { OccupationRow } from '@/lib/queries/occupations';
import { requestData } from '@/app/_data';
import { NATIONAL_CHARTS } from '../_components/national-chart-ids';
import { NationalChart } from '../_components/national-charts';
import { Employment } from '../_components/employment';
import { DataTable, type Column } from '../_components/data-table';
import { Term } from '../_components/glossary';
import { SearchBox } from '../_components/search-box';
import { ObservedNational } from '../_components/observed-national';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

const MEASURE_WORDS = {
  alpha: 'with an LLM alone',
  beta: 'with an LLM, LLM-software work counted at half',
  gamma: 'with an LLM or LLM software, counted in full',
} as const;

const RANK_COLUMNS: Column[] = [{ head: 'Occupation' }, { head: 'Work exposed', num: true }, { head: 'Workers', num: true }];

function RankTable({ rows, caption }: { rows: OccupationRow[]; caption: string }) {
  return (
    <DataTable caption={caption} className="stack-on-phone" columns={RANK_COLUMNS}>
      {rows.map((r) => (
        <tr key={r.onet_soc_code}>
          <td data-label="Occupation"><Link href={`/occupations/${r.onet_soc_code}`}>{r.title}</Link></td>
          <td data-label="Work exposed (beta)" className="num">{pct(r.beta)}</td>
          <td data-label="Workers" className="num"><Employment employment={r.employment} oewsCode={r.oews_code} sharers={r.oews_sharers} /></td>
        </tr>
      ))}
    </DataTable>
  );
}

export default function HomePage() {
  const db = requestData();
  const counts = getCounts(db);
  const versions = getDatasetVersions(db);
  const scored = hasScores(db);
  const np = scored ? getNationalPicture(db) : null;
  const version = atlasVersion(db);
  const beta = np?.headline.find((h) => h.measure === 'beta');
  return (
    <>
      <section className="hero">
        <h1>How exposed is your job to large language models?</h1>
        <p className="lede">
          Exposure Atlas scores every task of {num(counts.occupations)} U.S. occupations against an open rubric and weights them by BLS employment. Every number traces back to tasks.
        </p>
        <SearchBox large label="Find your occupation by job title" />
      </section>

      {np && beta ? (
        <>
          <h2>The national picture</h2>
          <div className="cards">
            <div className="card">
              <div className="value">{pct(beta.atLeast10)}</div>
              <div className="label">of workers are in jobs where at least 10% of the work could be done twice as fast with an LLM (<Term k="beta">beta</Term>)</div>
            </div>
            <div className="card">
              <div className="value">{pct(beta.atLeast50)}</div>
              <div className="label">are in jobs where at least half of the work could</div>
            </div>
            <div className="card" id="coverage">
              <div className="value">{compact(np.scoredEmployment)}</div>
              <div className="label">
                workers in the {num(np.scoredOccupations)} scored occupations: the figures above and the charts cover them (BLS {releases(db).oews})
              </div>
            </div>
          </div>
          <p className="muted">
            Of the {compact(np.employment)} workers BLS counts in {num(np.employedOccupations)} occupations, {compact(np.employment - np.scoredEmployment)} work in the{' '}
            {num(np.employedOccupations - np.scoredOccupations)} occupations for which O*NET lists no task statements: they cannot be scored, so they are left out of every
            share on this page rather than counted as unexposed. <Term k="beta">Beta</Term> counts work that needs software built on an LLM at half; “twice as fast” means at the same quality.
          </p>
          <div className="table-wrap">
            <table className="stack-on-phone">
              <caption className="visually-hidden">Share of workers by share of their work exposed</caption>
              <thead>
                <tr>
                  <th scope="col">Work done twice as fast…</th>
                  <th scope="col" className="num">Workers with ≥ 10% of their work exposed</th>
                  <th scope="col" className="num">Workers with ≥ 50% of their work exposed</th>
                </tr>
              </thead>
              <tbody>
                {np.headline.map((h) => (
                  <tr key={h.measure}>
                    <td data-label="Measure">
                      Exposure Atlas: {MEASURE_WORDS[h.measure]} (<Term k={h.measure}>{h.measure}</Term>)
                    </td>
                    <td data-label="≥ 10% of work exposed" className="num">{pct(h.atLeast10, 1)}</td>
                    <td data-label="≥ 50% of work exposed" className="num">{pct(h.atLeast50, 1)}</td>
                  </tr>
                ))}
                <tr>
                  <td data-label="Measure">Published: {PUBLISHED_HEADLINE.source}, beta</td>
                  <td data-label="≥ 10% of work exposed" className="num">≈ {pct(PUBLISHED_HEADLINE.atLeast10)}</td>
                  <td data-label="≥ 50% of work exposed" className="num">≈ {pct(PUBLISHED_HEADLINE.atLeast50)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <div className="grid grid-2" style={{ marginTop: 20 }}>
            {NATIONAL_CHARTS.map((id) => (
              <NationalChart key={id} id={id} np={np} version={version} />
            ))}
          </div>
          <div className="grid grid-2">
            <section>
              <h2>Most exposed occupations</h2>
              <p className="muted">Occupations with at least 10,000 workers.</p>
              <RankTable rows={np.mostExposed} caption="Most exposed occupations" />
            </section>
            <section>
              <h2>Least exposed occupations</h2>
              <p className="muted">Occupations with at least 10,000 workers.</p>
              <RankTable rows={np.leastExposed} caption="Least exposed occupations" />
            </section>
          </div>
          <ObservedNational />
        </>
      ) : (
        <p className="notice warn">
          Exposure scores are not in this database yet. Run <code>npm run setup</code> (ingest, embed, score) to see the national picture. Occupations, tasks and BLS figures are
          browsable meanwhile.
        </p>
      )}

      <h2>Data in this build</h2>
      <div className="cards">
        <div className="card"><div className="value">{num(counts.occupations)}</div><div className="label">occupations ({num(counts.occupationsWithTasks)} with tasks)</div></div>
        <div className="card"><div className="value">{num(counts.tasks)}</div><div className="label">task statements{counts.scoredTasks ? `, ${num(counts.scoredTasks)} scored` : ''}</div></div>
        <div className="card"><div className="value">{num(counts.titles)}</div><div className="label">alternate and reported job titles</div></div>
        <div className="card"><div className="value">{compact(counts.employment)}</div><div className="label">workers BLS counts in the {num(counts.occupationsWithEmployment)} occupations it has employment for {np && <> ({compact(np.scoredEmployment)} of them in scored occupations: <a href="#coverage">why the two differ</a>)</>}</div></div>
      </div>
      <details>
        <summary>Source files and versions ({versions.length})</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">File</th><th scope="col">Source</th><th scope="col">Release</th><th scope="col" className="num">Rows</th><th scope="col">SHA-256</th></tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.file}><td>{v.file}</td><td>{v.source}</td><td>{v.release}</td><td className="num">{num(v.rows)}</td><td className="mono">{v.sha256.slice(0, 12)}…</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
