import Link from 'next/link';
import { compact, num, pct, score } from '@/lib/charts/format';
import { atlasVersion, getCounts, getDatasetVersions, hasScores } from '@/lib/queries/meta';
import { getNationalPicture, PUBLISHED_HEADLINE } from '@/lib/queries/national';
import type { OccupationRow } from '@/lib/queries/occupations';
import { sqlite } from '@/lib/queries/db';
import { NATIONAL_CHARTS, NationalChart } from '../_components/national-charts';
import { SearchBox } from '../_components/search-box';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

function RankTable({ rows, caption }: { rows: OccupationRow[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Occupation</th>
            <th scope="col" className="num">Beta</th>
            <th scope="col" className="num">Employment</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.onet_soc_code}>
              <td><Link href={`/occupations/${r.onet_soc_code}`}>{r.title}</Link></td>
              <td className="num">{score(r.beta)}</td>
              <td className="num">{num(r.employment)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function HomePage() {
  const db = sqlite();
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
              <div className="label">of workers have at least 10% of their tasks exposed (beta)</div>
            </div>
            <div className="card">
              <div className="value">{pct(beta.atLeast50)}</div>
              <div className="label">have at least 50% of their tasks exposed (beta)</div>
            </div>
            <div className="card">
              <div className="value">{compact(np.scoredEmployment)}</div>
              <div className="label">workers covered (BLS OEWS May 2023)</div>
            </div>
          </div>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Share of workers by share of their tasks exposed</caption>
              <thead>
                <tr>
                  <th scope="col">Measure</th>
                  <th scope="col" className="num">≥ 10% of tasks exposed</th>
                  <th scope="col" className="num">≥ 50% of tasks exposed</th>
                </tr>
              </thead>
              <tbody>
                {np.headline.map((h) => (
                  <tr key={h.measure}>
                    <td>
                      Exposure Atlas, {h.measure} {h.measure === 'alpha' ? '(LLM alone)' : h.measure === 'gamma' ? '(LLM + tools, full)' : '(tools count half)'}
                    </td>
                    <td className="num">{pct(h.atLeast10, 1)}</td>
                    <td className="num">{pct(h.atLeast50, 1)}</td>
                  </tr>
                ))}
                <tr>
                  <td>Published: {PUBLISHED_HEADLINE.source}, beta</td>
                  <td className="num">≈ {pct(PUBLISHED_HEADLINE.atLeast10)}</td>
                  <td className="num">≈ {pct(PUBLISHED_HEADLINE.atLeast50)}</td>
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
        <div className="card"><div className="value">{compact(counts.employment)}</div><div className="label">workers in {num(counts.occupationsWithEmployment)} occupations with BLS employment</div></div>
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
