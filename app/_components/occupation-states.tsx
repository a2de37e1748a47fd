import './table-cards.css';
import Link from 'next/link';
import { compact, usd } from '@/lib/charts/format';
import { atlasVersion, releases } from '@/lib/queries/meta';
import { occupationByState } from '@/lib/queries/states';
import { chartSource } from '@/lib/releases';
import { ChartFrame } from './charts/chart-frame';
import { DataTable, type Column } from './data-table';
import { LazyStateMap } from './charts/lazy-state-map';
import { requestData } from '@/app/_data';

const STATE_COLUMNS: Column[] = [
  { head: 'State' },
  { head: 'Workers', num: true },
  { head: 'Concentration vs U.S.', num: true, title: "BLS location quotient: the state's share of jobs in this occupation ÷ the U.S. share" },
  { head: 'Median wage', num: true },
];

/**
 * An occupation across the states: a map of its median wage and a table of employment and wages,
 * from the BLS state release (never mixed with the national figures above it on the page).
 */
export function OccupationStates({ code, title }: { code: string; title: string }) {
  const data = occupationByState(code, requestData());
  if (!data || data.rows.length === 0) return null;
  const { release, rows } = data;
  const shared = rows[0].oews_sharers > 1 ? rows[0] : null;
  return (
    <section aria-labelledby="by-state">
      <h2 id="by-state">By state</h2>
      <p className="muted">
        BLS {release} estimates for {rows.length === 51 ? 'all 50 states and DC' : `${rows.length} of the 51 areas (the others publish no estimate)`}.
        {shared && ` BLS publishes one figure for SOC ${shared.oews_code}, shared by ${shared.oews_sharers} O*NET occupations: workers are split equally among them; wages are of the whole SOC occupation.`}
      </p>
      <ChartFrame
        id="occupation-states"
        title={`${title}: median annual wage by state`}
        subtitle={`BLS ${release} estimates; grey: no published wage.`}
        version={atlasVersion(requestData())}
        source={chartSource(atlasVersion(requestData()), { onet: releases(requestData()).onet, oews: `${release} estimates` })}
        permalink={`/occupations/${code}#by-state`}
        embed={false}
        data={{
          header: ['postal', 'state', 'employment', 'jobs_per_1000', 'location_quotient', 'median_annual_wage', 'median_top_coded', 'oews_code', 'oews_sharers'],
          rows: rows.map((r) => [r.postal, r.name, r.employment === null ? null : Math.round(r.employment), r.jobs_per_1000, r.location_quotient, r.median_annual_wage, r.median_top_coded, r.oews_code, r.oews_sharers]),
        }}
      >
        <LazyStateMap
          values={rows.map((r) => ({ fips: r.area, postal: r.postal, name: r.name, value: r.median_annual_wage, label: `${r.name}: median wage ${usd(r.median_annual_wage, r.median_top_coded)}, ${compact(r.employment)} workers` }))}
          format="usd-thousands"
          legendTitle="Median annual wage"
        />
      </ChartFrame>
      <details>
        <summary>All {rows.length} states as a table</summary>
        <DataTable caption={<>{title} by state</>} className="cards-on-phone" columns={STATE_COLUMNS}>
          {rows.map((r) => (
            <tr key={r.area}>
              <td data-label="State"><Link href={`/states/${r.postal}`}>{r.name}</Link></td>
              <td className="num" data-label="Workers">{compact(r.employment)}</td>
              <td className="num" data-label="Concentration vs U.S.">{r.location_quotient === null ? '—' : `${r.location_quotient.toFixed(2)}×`}</td>
              <td className="num" data-label="Median wage">{usd(r.median_annual_wage, r.median_top_coded)}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </section>
  );
}
