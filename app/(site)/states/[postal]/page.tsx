import '@/app/_components/table-cards.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { Chart } from '@/app/_components/charts/chart';
import { DataTable } from '@/app/_components/data-table';
import { compact, pct, signed, usd } from '@/lib/charts/format';
import { atlasVersion } from '@/lib/queries/meta';
import { chartSource } from '@/lib/releases';
import { getStatePicture, getStatesPicture } from '@/lib/queries/states';
import { MIN_LISTED_EMPLOYMENT, OVER_REPRESENTED_LQ, type StateOccupation } from '@/lib/states/figures';
import '../states.css';
import { requestData } from '@/app/_data';
import { roundOrNull } from '@/lib/round';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ postal: string }> };

const POSTAL = /^[A-Za-z]{2}$/;

function load(postal: string) {
  if (!POSTAL.test(postal)) notFound();
  const p = getStatePicture(postal, requestData());
  if (!p) notFound();
  return p;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { postal } = await params;
  const p = POSTAL.test(postal) ? getStatePicture(postal, requestData()) : null;
  return { title: p ? `Exposure in ${p.state.name}` : 'Not found' };
}

function OccupationTable({ rows, caption, lq = false }: { rows: StateOccupation[]; caption: string; lq?: boolean }) {
  if (rows.length === 0) return <p className="muted">None.</p>;
  return (
    <DataTable
      caption={caption}
      className="cards-on-phone"
      columns={[
        { head: 'Occupation' },
        { head: 'Exposure', num: true },
        { head: 'Workers in the state', num: true },
        lq && { head: 'Concentration vs U.S.', num: true, title: "Share of the state's jobs in this occupation ÷ the U.S. share" },
        { head: 'Median wage', num: true },
      ]}
    >
      {rows.map((o) => (
        <tr key={o.onet_soc_code}>
          <td data-label="Occupation"><Link href={`/occupations/${o.onet_soc_code}`}>{o.title}</Link></td>
          <td className="num" data-label="Exposure">{pct(o.beta)}</td>
          <td className="num" data-label="Workers in the state">{compact(o.employment)}</td>
          {lq && <td className="num" data-label="Concentration vs U.S.">{o.location_quotient === null ? '—' : `${o.location_quotient.toFixed(1)}×`}</td>}
          <td className="num" data-label="Median wage">{usd(o.median_annual_wage)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

const signedPts = (v: number) => signed(v * 100, 1, ' pts');
const r4 = (v: number | null) => roundOrNull(v, 4);

export default async function StatePage({ params }: Props) {
  const { postal } = await params;
  const p = load(postal);
  const all = getStatesPicture(requestData())!;
  const { state, us } = p;
  const source = chartSource(atlasVersion(requestData()), { onet: all.onetRelease, oews: `${state.release} estimates` });
  const groups = p.byGroup.filter((g) => g.us_beta !== null).sort((a, b) => b.state_beta - b.us_beta! - (a.state_beta - a.us_beta!));
  return (
    <div className="states-page">
      <p className="muted"><Link href="/states">Exposure by state</Link> › {state.name}</p>
      <h1>Exposure in {state.name}</h1>
      <p className="lede">
        {state.name}&apos;s workers are, on average, {pct(state.beta, 1)} exposed (rank {state.rank_beta} of {p.count}; U.S. {pct(us.beta, 1)}). {pct(state.share50, 1)} work in occupations
        with at least half of their tasks exposed (U.S. {pct(us.share50, 1)}). BLS {state.release} estimates; the U.S. figure is the sum of the 50 states and DC in the same release.
      </p>
      <div className="headline-grid">
        <div className="card"><span>Average exposure</span><strong>{pct(state.beta, 1)}</strong><span className="muted">U.S. {pct(us.beta, 1)} · {signedPts((state.beta ?? 0) - (us.beta ?? 0))}</span></div>
        <div className="card"><span>Workers with half their tasks exposed</span><strong>{pct(state.share50, 1)}</strong><span className="muted">U.S. {pct(us.share50, 1)}</span></div>
        <div className="card"><span>Workers (BLS)</span><strong>{compact(state.employment)}</strong><span className="muted">{pct(state.employment / us.employment, 1)} of U.S.</span></div>
      </div>
      <h2>Most exposed occupations in {state.name}</h2>
      <p className="muted">Occupations with at least {MIN_LISTED_EMPLOYMENT.toLocaleString('en-US')} workers in the state. Where O*NET splits one BLS occupation, its workers are shared equally.</p>
      <OccupationTable rows={p.mostExposed} caption={`Most exposed occupations in ${state.name}`} />
      <h2>Least exposed occupations</h2>
      <OccupationTable rows={p.leastExposed} caption={`Least exposed occupations in ${state.name}`} />
      <h2>Highly exposed work concentrated in {state.name}</h2>
      <p className="muted">Occupations with at least half their tasks exposed (beta ≥ 0.5) and at least {OVER_REPRESENTED_LQ}× the U.S. share of jobs (BLS location quotient).</p>
      <OccupationTable rows={p.overRepresented} caption={`Highly exposed occupations over-represented in ${state.name}`} lq />
      <h2>By occupation group, against the U.S.</h2>
      <ChartFrame
        id="state-groups"
        title={`Exposure by occupation group: ${state.name} against the U.S.`}
        subtitle={`Employment-weighted beta of each major group in ${state.name} minus the same group across all states (BLS ${state.release}).`}
        version={atlasVersion(requestData())}
        source={source}
        permalink={`/states/${state.postal}`}
        embed={false}
        data={{
          header: ['major_group', 'title', 'state_beta', 'us_beta', 'difference', 'state_employment'],
          rows: groups.map((g) => [g.major_group, g.title, r4(g.state_beta), r4(g.us_beta), r4(g.state_beta - g.us_beta!), Math.round(g.state_employment)]),
        }}
      >
        <Chart
          max={760}
          spec={{
            kind: 'diverging',
            ariaLabel: `Exposure by occupation group: ${state.name} against the U.S.`,
            data: groups.map((g) => ({
              key: g.major_group,
              label: g.title.replace(/ Occupations$/, ''),
              value: g.state_beta - g.us_beta!,
              color: g.state_beta >= g.us_beta! ? '#b07800' : '#31688e',
              tooltip: `${g.title}: ${pct(g.state_beta, 1)} in ${state.name}, ${pct(g.us_beta, 1)} U.S.`,
            })),
            format: 'signed-points',
            xTitle: `Group exposure in ${state.name} minus the U.S.`,
            leftLabel: 'less exposed than the U.S. group',
            rightLabel: 'more exposed',
          }}
        />
      </ChartFrame>
      <p className="muted">
        The same figures as <a href={`/api/v1/states/${state.postal}`}>JSON</a> or <a href={`/api/v1/states/${state.postal}?format=csv`}>CSV</a>. Source: U.S. Bureau of Labor Statistics,
        OEWS {state.release.replace(/^OEWS /, '')} estimates; {all.onetRelease} (CC BY 4.0).
      </p>
    </div>
  );
}
