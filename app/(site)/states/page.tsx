import '@/app/_components/table-cards.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { StatesMapChart } from '@/app/_components/states-map-chart';
import { MAP_SCALES } from '@/lib/charts/map-classes';
import { compact, pct } from '@/lib/charts/format';
import { nationalOewsRelease } from '@/lib/queries/meta';
import { getStatesPicture } from '@/lib/queries/states';
import { rankedBy, STATE_MEASURES } from '@/lib/states/figures';
import { MEASURE_LABEL, parseStatesParams, SCALE_LABEL, statesHref } from './search-params';
import './states.css';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Exposure by state' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StatesPage({ searchParams }: Props) {
  const { measure, scale } = parseStatesParams(await searchParams);
  const picture = getStatesPicture(requestData());
  if (!picture) {
    return (
      <div>
        <h1>Exposure by state</h1>
        <p>This database was built without the BLS OEWS state estimates (state_M&lt;year&gt;_dl.xlsx in BLS_DIR), so there is no geography to show. Add the file and run <code>npm run setup</code>.</p>
      </div>
    );
  }
  const { states, us, release, onetRelease } = picture;
  const ranked = rankedBy(states, measure);
  return (
    <div className="states-page">
      <h1>Exposure by state</h1>
      <p className="lede">
        How exposed each state&apos;s workers are to large language models, from the occupations they work in. Every figure here uses BLS {release} estimates (50 states and DC); the
        national figures elsewhere on the site use the BLS {nationalOewsRelease(requestData())} file, so the U.S. line here is the sum of these states, not the national release.
      </p>
      <nav className="measure-switch" aria-label="Figure shown on the map">
        {STATE_MEASURES.map((m) => (
          <Link key={m} href={statesHref(m, scale)} aria-current={m === measure ? 'true' : undefined}>
            {MEASURE_LABEL[m].short}
          </Link>
        ))}
      </nav>
      <nav className="measure-switch" aria-label="Colour scale of the map">
        {MAP_SCALES.map((sc) => (
          <Link key={sc} href={statesHref(measure, sc)} aria-current={sc === scale ? 'true' : undefined}>
            {SCALE_LABEL[sc].short}
          </Link>
        ))}
      </nav>
      <StatesMapChart picture={picture} measure={measure} scale={scale} />
      <h2>States ranked</h2>
      <p className="muted">
        Average exposure: the employment-weighted mean beta of the state&apos;s workers (beta: the share of an occupation&apos;s tasks an LLM could do in half the time, tasks that need
        LLM-powered software counting half). Workers are BLS employment allocated to O*NET occupations; occupations without an exposure score ({pct(1 - us.scored_employment / us.employment, 1)} of U.S.
        workers) are left out of the averages. Also as <a href="/api/v1/states?format=csv">CSV</a> or <a href="/api/v1/states">JSON</a>.
      </p>
      <div className="table-wrap">
        <table className="ranked-states cards-on-phone">
          <caption className="visually-hidden">States ranked by {MEASURE_LABEL[measure].short.toLowerCase()}</caption>
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
