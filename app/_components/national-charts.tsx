'use client';

import { exposureColor } from '@/lib/charts/color';
import { compact, pct, usd, usdK } from '@/lib/charts/format';
import type { NationalPicture } from '@/lib/queries/national';
import { ChartFrame } from './charts/chart-frame';
import { employmentText } from './employment';
import { ColumnChart } from './charts/column-chart';
import { Fit } from './charts/fit';
import { HBarChart } from './charts/hbar-chart';
import { ScatterChart } from './charts/scatter-chart';

import type { NationalChartId } from './national-chart-ids';
import { round } from '@/lib/round';

const r4 = (v: number) => round(v, 4);
/** BLS OEWS May 2023 publishes no wage at or above this: such medians are stored at the cap. */
const TOP_CODE = 239200;

/**
 * The home page's charts by id, so the page and the embed route render the same thing. A client
 * component: each chart is laid out at the width it is shown at (Fit), so its text stays ≥ 11 px.
 */
export function NationalChart({ id, np, version }: { id: NationalChartId; np: NationalPicture; version: string }) {
  const permalink = `/#${id}`;
  const total = np.scoredEmployment || 1;
  switch (id) {
    case 'exposure-histogram':
      return (
        <ChartFrame id={id} title="Share of U.S. employment by exposure (beta)" subtitle="Workers by their occupation's share of work an LLM could do twice as fast at the same quality (work that needs LLM software counted at half)." version={version} permalink={permalink}
          data={{ header: ['beta_from', 'beta_to', 'employment', 'share_of_employment', 'occupations'], rows: np.histogram.map((b) => [r4(b.x0), r4(b.x1), Math.round(b.weight), r4(b.weight / total), b.count]) }}>
          <Fit>
            {(w) => (
              <ColumnChart width={w}
                data={np.histogram.map((b) => ({ label: `${Math.round(b.x0 * 100)}–${Math.round(b.x1 * 100)}%`, value: b.weight / total, color: exposureColor((b.x0 + b.x1) / 2), tooltip: `beta ${pct(b.x0)}–${pct(b.x1)}: ${compact(b.weight)} workers (${pct(b.weight / total, 1)}), ${b.count} occupations` }))}
                yFormat={(v) => pct(v)} xTitle="Share of the occupation's work exposed (beta)" yTitle="Share of employment" />
            )}
          </Fit>
        </ChartFrame>
      );
    case 'exposure-by-group':
      return (
        <ChartFrame id={id} title="Exposure by major occupation group" subtitle="Employment-weighted mean beta of the occupations in each SOC major group." version={version} permalink={permalink}
          data={{ header: ['major_group', 'title', 'beta', 'employment', 'occupations'], rows: np.byMajorGroup.map((g) => [g.code, g.title, r4(g.beta), Math.round(g.employment), g.occupations]) }}>
          <Fit>
            {(w) => (
              <HBarChart width={w}
                data={np.byMajorGroup.map((g) => ({ label: g.title.replace(/ Occupations$/, ''), value: g.beta, color: exposureColor(g.beta), tooltip: `${g.title}: beta ${pct(g.beta)}, ${compact(g.employment)} workers`, note: `${pct(g.beta)} · ${compact(g.employment)}` }))}
                xFormat={(v) => pct(v)} xTitle="Employment-weighted beta (bar label: beta · workers)" xMax={Math.max(0.5, Math.ceil(Math.max(0, ...np.byMajorGroup.map((g) => g.beta)) * 10) / 10)} labelWidth={230} />
            )}
          </Fit>
        </ChartFrame>
      );
    case 'exposure-by-wage': {
      const capped = np.scatter.filter((p) => p.top_coded).length;
      return (
        <ChartFrame id={id} title="Exposure against median wage"
          subtitle={`Each circle an occupation. BLS does not publish wages of $${TOP_CODE.toLocaleString('en-US')} a year or more (“top-coded”): the ${capped} occupations above that sit on the dotted line at the cap.`} version={version} permalink={permalink}
          data={{ header: ['onet_soc_code', 'title', 'median_annual_wage', 'wage_top_coded', 'beta', 'employment'], rows: np.scatter.map((p) => [p.onet_soc_code, p.title, p.wage, p.top_coded, r4(p.beta), Math.round(p.employment)]) }}>
          <Fit>
            {(w) => (
              <ScatterChart width={w}
                points={np.scatter.map((p) => ({ id: p.onet_soc_code, x: p.wage, y: p.beta, size: p.employment, color: exposureColor(p.beta), tooltip: `${p.title}: ${usd(p.wage, p.top_coded)}, beta ${pct(p.beta)}, ${employmentText(p.employment, p.oews_code, p.oews_sharers)}` }))}
                xLog xDomain={[20000, 250000]}
                xMarker={capped > 0 ? { value: TOP_CODE, label: 'top-coded' } : undefined}
                legend={{ color: { label: 'Colour: beta', low: '0%', high: '100%' }, size: { label: 'Area: workers', values: [100000, 1000000, 3000000], format: compact } }}
                line={{ points: np.byWageBand.map((b) => [b.hi === Infinity ? Math.min(240000, b.lo * 1.3) : b.lo === 0 ? b.hi * 0.85 : Math.sqrt(b.lo * b.hi), b.beta]), label: 'employment-weighted mean by wage band' }}
                xTitle="Median annual wage (log scale)" yTitle="Exposure (beta)" xFormat={usdK} yFormat={(v) => pct(v)} />
            )}
          </Fit>
        </ChartFrame>
      );
    }
    case 'exposure-by-job-zone':
      return (
        <ChartFrame id={id} title="Exposure by job zone (preparation needed)" subtitle="Employment-weighted mean beta; job zone 1 = little preparation, 5 = extensive (graduate degree)." version={version} permalink={permalink}
          data={{ header: ['job_zone', 'beta', 'employment', 'occupations'], rows: np.byJobZone.map((z) => [z.job_zone, r4(z.beta), Math.round(z.employment), z.occupations]) }}>
          <Fit>
            {(w) => (
              <ColumnChart width={w}
                data={np.byJobZone.map((z) => ({ label: `Zone ${z.job_zone}`, value: z.beta, color: exposureColor(z.beta), tooltip: `Job zone ${z.job_zone}: beta ${pct(z.beta)}, ${compact(z.employment)} workers` }))}
                yFormat={(v) => pct(v)} xTitle="O*NET job zone" yTitle="Employment-weighted beta" />
            )}
          </Fit>
        </ChartFrame>
      );
    case 'exposure-by-education':
      return (
        <ChartFrame id={id} title="Exposure by typical entry-level education" subtitle="Employment-weighted mean beta by the education BLS says is typically needed to enter the occupation." version={version} permalink={permalink}
          data={{ header: ['typical_education', 'beta', 'employment', 'occupations'], rows: np.byEducation.map((e) => [e.education, r4(e.beta), Math.round(e.employment), e.occupations]) }}>
          <Fit>
            {(w) => (
              <HBarChart width={w}
                data={np.byEducation.map((e) => ({ label: e.education, value: e.beta, color: exposureColor(e.beta), tooltip: `${e.education}: beta ${pct(e.beta)}, ${compact(e.employment)} workers`, note: `${pct(e.beta)} · ${compact(e.employment)}` }))}
                xFormat={(v) => pct(v)} xTitle="Employment-weighted beta (bar label: beta · workers)" xMax={Math.max(0.5, Math.ceil(Math.max(0, ...np.byEducation.map((e) => e.beta)) * 10) / 10)} labelWidth={200} />
            )}
          </Fit>
        </ChartFrame>
      );
  }
}
