import { exposureColor } from '@/lib/charts/color';
import { compact, pct, usd } from '@/lib/charts/format';
import type { NationalPicture } from '@/lib/queries/national';
import { ChartFrame } from './charts/chart-frame';
import { employmentText } from './employment';
import { Chart } from './charts/chart';

import type { NationalChartId } from './national-chart-ids';
import { round } from '@/lib/round';

const r4 = (v: number) => round(v, 4);
/** BLS OEWS May 2023 publishes no wage at or above this: such medians are stored at the cap. */
const TOP_CODE = 239200;

/**
 * The home page's charts by id, so the page and the embed route render the same thing. Each is drawn
 * with recharts on the server, at the width it is shown at (FitChart), so its text stays ≥ 11 px.
 */
/** `guess`: the width the chart usually has on a desktop, drawn so on the server (half the home page; an embed is wider). */
export function NationalChart({ id, np, version, guess = 540 }: { id: NationalChartId; np: NationalPicture; version: string; guess?: number }) {
  const permalink = `/#${id}`;
  const total = np.scoredEmployment || 1;
  switch (id) {
    case 'exposure-histogram':
      return (
        <ChartFrame id={id} title="Share of U.S. employment by exposure (beta)" subtitle="Workers by their occupation's share of work an LLM could do twice as fast at the same quality (work that needs LLM software counted at half)." version={version} permalink={permalink}
          data={{ header: ['beta_from', 'beta_to', 'employment', 'share_of_employment', 'occupations'], rows: np.histogram.map((b) => [r4(b.x0), r4(b.x1), Math.round(b.weight), r4(b.weight / total), b.count]) }}>
          <Chart guess={guess} spec={{ kind: 'column', ariaLabel: 'Share of employment by exposure (beta)', format: 'percent', xTitle: "Share of the occupation's work exposed (beta)", yTitle: 'Share of employment',
            data: np.histogram.map((b) => ({ label: `${Math.round(b.x0 * 100)}–${Math.round(b.x1 * 100)}%`, values: [b.weight / total], colors: [exposureColor((b.x0 + b.x1) / 2)], tooltips: [`beta ${pct(b.x0)}–${pct(b.x1)}: ${compact(b.weight)} workers (${pct(b.weight / total, 1)}), ${b.count} occupations`] })) }} />
        </ChartFrame>
      );
    case 'exposure-by-group':
      return (
        <ChartFrame id={id} title="Exposure by major occupation group" subtitle="Employment-weighted mean beta of the occupations in each SOC major group." version={version} permalink={permalink}
          data={{ header: ['major_group', 'title', 'beta', 'employment', 'occupations'], rows: np.byMajorGroup.map((g) => [g.code, g.title, r4(g.beta), Math.round(g.employment), g.occupations]) }}>
          <Chart guess={guess} spec={{ kind: 'hbar', ariaLabel: 'Employment-weighted beta by major occupation group', format: 'percent', xTitle: 'Employment-weighted beta (bar label: beta · workers)', labelWidth: 230,
            xMax: Math.max(0.5, Math.ceil(Math.max(0, ...np.byMajorGroup.map((g) => g.beta)) * 10) / 10),
            data: np.byMajorGroup.map((g) => ({ label: g.title.replace(/ Occupations$/, ''), value: g.beta, color: exposureColor(g.beta), tooltip: `${g.title}: beta ${pct(g.beta)}, ${compact(g.employment)} workers`, note: `${pct(g.beta)} · ${compact(g.employment)}` })) }} />
        </ChartFrame>
      );
    case 'exposure-by-wage': {
      const capped = np.scatter.filter((p) => p.top_coded).length;
      return (
        <ChartFrame id={id} title="Exposure against median wage"
          subtitle={`Each circle an occupation. BLS does not publish wages of $${TOP_CODE.toLocaleString('en-US')} a year or more (“top-coded”): the ${capped} occupations above that sit on the dotted line at the cap.`} version={version} permalink={permalink}
          data={{ header: ['onet_soc_code', 'title', 'median_annual_wage', 'wage_top_coded', 'beta', 'employment'], rows: np.scatter.map((p) => [p.onet_soc_code, p.title, p.wage, p.top_coded, r4(p.beta), Math.round(p.employment)]) }}>
          <Chart guess={guess} spec={{ kind: 'scatter', ariaLabel: 'Exposure (beta) against median annual wage', xTitle: 'Median annual wage (log scale)', yTitle: 'Exposure (beta)', xFormat: 'usdK', yFormat: 'percent', xLog: true, xDomain: [20000, 250000],
            points: np.scatter.map((p) => ({ id: p.onet_soc_code, x: p.wage, y: p.beta, size: p.employment, color: exposureColor(p.beta), tooltip: `${p.title}: ${usd(p.wage, p.top_coded)}, beta ${pct(p.beta)}, ${employmentText(p.employment, p.oews_code, p.oews_sharers)}` })),
            xMarker: capped > 0 ? { value: TOP_CODE, label: 'top-coded' } : undefined,
            legend: { color: { label: 'Colour: beta', low: '0%', high: '100%' }, size: { label: 'Area: workers', values: [100000, 1000000, 3000000] } },
            line: { points: np.byWageBand.map((b) => [b.hi === Infinity ? Math.min(240000, b.lo * 1.3) : b.lo === 0 ? b.hi * 0.85 : Math.sqrt(b.lo * b.hi), b.beta]), label: 'employment-weighted mean by wage band' } }} />
        </ChartFrame>
      );
    }
    case 'exposure-by-job-zone':
      return (
        <ChartFrame id={id} title="Exposure by job zone (preparation needed)" subtitle="Employment-weighted mean beta; job zone 1 = little preparation, 5 = extensive (graduate degree)." version={version} permalink={permalink}
          data={{ header: ['job_zone', 'beta', 'employment', 'occupations'], rows: np.byJobZone.map((z) => [z.job_zone, r4(z.beta), Math.round(z.employment), z.occupations]) }}>
          <Chart guess={guess} spec={{ kind: 'column', ariaLabel: 'Employment-weighted beta by O*NET job zone', format: 'percent', xTitle: 'O*NET job zone', yTitle: 'Employment-weighted beta',
            data: np.byJobZone.map((z) => ({ label: `Zone ${z.job_zone}`, values: [z.beta], colors: [exposureColor(z.beta)], tooltips: [`Job zone ${z.job_zone}: beta ${pct(z.beta)}, ${compact(z.employment)} workers`] })) }} />
        </ChartFrame>
      );
    case 'exposure-by-education':
      return (
        <ChartFrame id={id} title="Exposure by typical entry-level education" subtitle="Employment-weighted mean beta by the education BLS says is typically needed to enter the occupation." version={version} permalink={permalink}
          data={{ header: ['typical_education', 'beta', 'employment', 'occupations'], rows: np.byEducation.map((e) => [e.education, r4(e.beta), Math.round(e.employment), e.occupations]) }}>
          <Chart guess={guess} spec={{ kind: 'hbar', ariaLabel: 'Employment-weighted beta by typical entry-level education', format: 'percent', xTitle: 'Employment-weighted beta (bar label: beta · workers)', labelWidth: 200,
            xMax: Math.max(0.5, Math.ceil(Math.max(0, ...np.byEducation.map((e) => e.beta)) * 10) / 10),
            data: np.byEducation.map((e) => ({ label: e.education, value: e.beta, color: exposureColor(e.beta), tooltip: `${e.education}: beta ${pct(e.beta)}, ${compact(e.employment)} workers`, note: `${pct(e.beta)} · ${compact(e.employment)}` })) }} />
        </ChartFrame>
      );
  }
}
