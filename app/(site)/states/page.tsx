import '@/app/_components/table-cards.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { StateMap } from '@/app/_components/charts/state-map';
import { compact, pct } from '@/lib/charts/format';
import { atlasVersion } from '@/lib/queries/meta';
import { getStatesPicture } from '@/lib/queries/states';
import { STATE_MEASURES } from '@/lib/states/figures';
import { MEASURE_LABEL, parseStatesParams, statesHref } from './search-params';
import './states.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Exposure by state' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const r4 = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 10000);

export default async function StatesPage({ searchParams }: Props) {
  const { measure } = parseStatesParams(await searchParams);
  const picture = getStatesPicture();
  if (!picture) {
    return (
      <div>
        <h1>Exposure by state</h1>
        <p>This database was built without the BLS OEWS state estimates (state_M&lt;year&gt;_dl.xlsx in BLS_DIR), so there is no geography to show. Add the file and run <code>npm run setup</code>.</p>
      </div>
    );
  }
  const { states, us, release, onetRelease } = picture;
  const label = MEASURE_LABEL[measure];
  const ranked = [...states].sort((a, b) => (b[measure] ?? -1) - (a[measure] ?? -1) || a.name.localeCompare(b.name));
  const source = `Exposure Atlas ${atlasVersion()} · ${onetRelease} (CC BY 4.0) · BLS ${release} estimates`;
  const title = `${label.short} by state`;
  return (
    <div className="states-page">
      <h1>Exposure by state</h1>
      <p className="lede">
        How exposed each state&apos;s workers are to large language models, from the occupations they work in. Every figure here uses BLS {release} estimates (50 states and DC); the
        national figures elsewhere on the site use the May 2023 national file, so the U.S. line here is the sum of these states, not the national release.
      </p>
      <nav className="measure-switch" aria-label="Figure shown on the map">
        {STATE_MEASURES.map((m) => (
          <Link key={m} href={statesHref(m)} aria-current={m === measure ? 'true' : undefined}>
            {MEASURE_LABEL[m].short}
          </Link>
        ))}
      </nav>
      <ChartFrame
        id="states-map"
        title={title}
        subtitle={`${label.long}. U.S. (sum of the states): ${pct(us[measure], 1)}. Each state's workers are weighted by their occupation's exposure; darker = less exposed.`}
        version={atlasVersion()}
        source={source}
        permalink={statesHref(measure)}
        embed={false}
        data={{
          header: ['fips', 'postal', 'state', 'beta', 'share_workers_beta_ge_0_5', 'employment', 'employment_with_score', 'rank_beta', 'release'],
          rows: ranked.map((s) => [s.area, s.postal, s.name, r4(s.beta), r4(s.share50), s.employment, Math.round(s.scored_employment), s.rank_beta, s.release]),
        }}
      >
        <StateMap
          values={states.map((s) => ({ fips: s.area, postal: s.postal, name: s.name, value: s[measure], label: `${s.name}: ${pct(s[measure], 1)} (${ranked.indexOf(s) + 1} of ${states.length})` }))}
          format={(v) => pct(v, 1)}
          legendTitle={label.long}
          href={(p) => `/states/${p}`}
        />
      </ChartFrame>
      <h2>States ranked</h2>
      <p className="muted">
        Average exposure: the employment-weighted mean beta of the state&apos;s workers (beta: the share of an occupation&apos;s tasks an LLM could do in half the time, tasks that need
        LLM-powered software counting half). Workers are BLS employment allocated to O*NET occupations; occupations without an exposure score ({pct(1 - us.scored_employment / us.employment, 1)} of U.S.
        workers) are left out of the averages. Also as <a href="/api/v1/states?format=csv">CSV</a> or <a href="/api/v1/states">JSON</a>.
      </p>
      <div className="table-wrap">
        <table className="ranked-states cards-on-phone">
          <caption className="visually-hidden">States ranked by {label.short.toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">Rank</th>
              <th scope="col">State</th>
              <th scope="col" className="num">Average exposure</th>
              <th scope="col" className="num">Workers with half their tasks exposed</th>
              <th scope="col" className="num">Workers</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((s, i) => (
              <tr key={s.area}>
                <td className="num" data-label="Rank">{i + 1}</td>
                <td data-label="State"><Link href={`/states/${s.postal}`}>{s.name}</Link></td>
                <td className="num" data-label="Average exposure">{pct(s.beta, 1)}</td>
                <td className="num" data-label="Half their tasks exposed">{pct(s.share50, 1)}</td>
                <td className="num" data-label="Workers">{compact(s.employment)}</td>
              </tr>
            ))}
            <tr className="total">
              <td className="empty" />
              <td data-label="State">{us.name}</td>
              <td className="num" data-label="Average exposure">{pct(us.beta, 1)}</td>
              <td className="num" data-label="Half their tasks exposed">{pct(us.share50, 1)}</td>
              <td className="num" data-label="Workers">{compact(us.employment)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="muted">Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, {release.replace(/^OEWS /, '')} estimates; {onetRelease} by the U.S. Department of Labor/ETA (CC BY 4.0); state boundaries: U.S. Census Bureau via us-atlas.</p>
    </div>
  );
}
