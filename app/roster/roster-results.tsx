'use client';

import Link from 'next/link';
import { ChartFrame, type ChartData } from '../_components/charts/chart-frame';
import { FitChart } from '../_components/charts/fit-chart';
import { exposureColor } from '@/lib/charts/color';
import type { HBarSpec } from '@/lib/charts/spec';
import { compact, exposureWords, num, pct, score, signedPct, usd } from '@/lib/charts/format';
import { HOURS_PER_YEAR } from '@/lib/roster/analyze';
import { Term } from '../_components/glossary';
import type { WorkforceBenchmark } from '@/lib/queries/states';
import type { RosterResult } from './types';
import { roundOrNull } from '@/lib/round';

/** Spreadsheets run a cell starting with = + - @ as a formula: chart CSVs carry the uploader's text. */
const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
/** Roster charts cannot be reopened by a link: the roster is never stored. Say so instead of linking to an empty page. */
const NOT_STORED = 'Roster results are not stored, so no link reopens them: upload the same roster at /roster to reproduce this chart.';
const r4 = (v: number | null) => roundOrNull(v, 4);

/** A bar chart of the roster's figures: compact, drawn to fit, and linked to no page (the roster is not stored). */
function RosterBars({ id, title, subtitle, version, data, spec }: { id: string; title: string; subtitle: string; version: string; data: ChartData; spec: Omit<HBarSpec, 'kind'> }) {
  return (
    <ChartFrame compact id={id} title={title} subtitle={subtitle} version={version} permalink={null} permalinkNote={NOT_STORED} embed={false} data={data}>
      <FitChart max={560} spec={{ kind: 'hbar', ...spec }} />
    </ChartFrame>
  );
}

export function RosterResults({ result, version, benchmark = null }: { result: RosterResult; version: string; benchmark?: WorkforceBenchmark | null }) {
  const { summary: s, paths } = result;
  const depts = s.by_department.filter((d) => d.beta !== null);
  const roles = s.most_exposed_roles.map((r) => ({ ...r, hours: r.headcount * HOURS_PER_YEAR * r.beta }));
  const maxHours = Math.max(1, ...roles.map((r) => r.hours));
  return (
    <>
      <p style={{ fontSize: '1.1rem' }}>
        {s.beta === null ? (
          <>No title could be matched.</>
        ) : (
          <>
            Across <strong>{num(s.matched_headcount)}</strong> people, exposure is <strong>{exposureWords(s.beta)}</strong>: about <strong>{pct(s.beta)}</strong> of the
            organisation’s work could be done at least twice as fast at the same quality with an LLM (tasks needing LLM-powered software counted at half), or roughly{' '}
            <strong>{compact(s.exposed_hours_per_year)}</strong> of {compact(s.hours_per_year)} working hours a year.
          </>
        )}
      </p>
      <div className="cards">
        <div className="card"><div className="value">{pct(s.beta)}</div><div className="label">organisation exposure: share of the work an LLM could do twice as fast, LLM-software work counted at half (<Term k="beta">beta</Term>, headcount-weighted)</div></div>
        {benchmark && benchmark.beta !== null && (
          <div className="card" data-testid="benchmark">
            <div className="value">{pct(benchmark.beta)}</div>
            <div className="label">
              the workforce of {benchmark.name === 'United States' ? 'the United States' : benchmark.name} (employment-weighted, BLS {benchmark.release}){s.beta !== null ? `: your organisation is ${Math.abs((s.beta - benchmark.beta) * 100).toFixed(1)} points ${s.beta >= benchmark.beta ? 'more' : 'less'} exposed` : ''}
            </div>
          </div>
        )}
        <div className="card"><div className="value">{pct(s.alpha)}</div><div className="label">could be done twice as fast with an LLM alone (<Term k="alpha">alpha</Term>)</div></div>
        <div className="card"><div className="value">{pct(s.gamma)}</div><div className="label">with an LLM or LLM software, counted in full (<Term k="gamma">gamma</Term>)</div></div>
        <div className="card"><div className="value">{compact(s.exposed_hours_per_year)}</div><div className="label">hours exposed per year ({num(HOURS_PER_YEAR)} h per person)</div></div>
        <div className="card"><div className="value">{num(s.matched_headcount)} / {num(s.headcount)}</div><div className="label">people matched ({num(s.matched_rows)} of {num(s.rows)} rows)</div></div>
        <div className="card"><div className="value">{num(s.low_confidence_rows)}</div><div className="label">rows to check (flagged or unmatched)</div></div>
      </div>

      <div className="grid grid-2">
        {depts.length > 0 && (
          <RosterBars id="roster-departments" title="Exposure by department" subtitle="Headcount-weighted beta of each department's matched roles." version={version}
            data={{ header: ['department', 'headcount', 'beta', 'exposed_hours_per_year'], rows: depts.map((d) => [safe(d.department), d.headcount, r4(d.beta), Math.round(d.exposed_hours_per_year)]) }}
            spec={{ ariaLabel: 'Exposure by department', data: depts.slice(0, 30).map((d) => ({ label: d.department, value: d.beta!, color: exposureColor(d.beta), tooltip: `${d.department}: beta ${score(d.beta)}, ${num(d.headcount)} people`, note: `${score(d.beta)} · ${num(d.headcount)} people` })), format: 'fixed1', xTitle: 'Exposure (beta)', labelWidth: 170 }}
          />
        )}
        {roles.length > 0 && (
          <RosterBars id="roster-roles" title="Most exposed roles" subtitle="Hours of work exposed per year: headcount × 2,080 h × beta." version={version}
            data={{ header: ['onet_soc_code', 'occupation', 'job_titles', 'headcount', 'beta', 'exposed_hours_per_year'], rows: roles.map((r) => [r.onet_soc_code, r.title, safe(r.job_titles.join('; ')), r.headcount, r4(r.beta), Math.round(r.hours)]) }}
            spec={{ ariaLabel: 'Most exposed roles by hours exposed per year', data: roles.map((r) => ({ label: r.title, value: r.hours, color: exposureColor(r.beta), tooltip: `${r.title}: ${num(r.headcount)} people, beta ${score(r.beta)}`, note: `${compact(r.hours)} h` })), format: 'compact', xTitle: 'Hours exposed per year', xMax: maxHours > 0 ? maxHours * 1.15 : undefined, labelWidth: 230 }}
          />
        )}
      </div>

      {paths.length > 0 && (
        <section aria-labelledby="roster-paths">
          <h2 id="roster-paths">Reskilling paths for the most exposed roles</h2>
          <p className="muted">Related occupations that are clearly less exposed, at most one job zone up, ranked by skill overlap, exposure reduction, wage and outlook.</p>
          <div className="grid grid-3">
            {paths.map((p) => (
              <div className="panel" key={p.from.onet_soc_code}>
                <h3 style={{ marginTop: 0 }}>
                  From <Link href={`/occupations/${p.from.onet_soc_code}`}>{p.from.title}</Link>
                </h3>
                <p className="muted">
                  {pct(p.from.beta)} of the work exposed (<Term k="beta">beta</Term>) · {num(p.from.headcount)} people
                </p>
                {p.paths.length === 0 ? (
                  <p className="muted">No clearly less exposed related occupation.</p>
                ) : (
                  <ol style={{ paddingLeft: '1.2em' }}>
                    {p.paths.map((t) => (
                      <li key={t.onet_soc_code} style={{ marginBottom: 8 }}>
                        <Link href={`/occupations/${t.onet_soc_code}`}>{t.title}</Link>
                        <div className="muted" style={{ fontSize: '0.88rem' }}>
                          {pct(t.beta)} exposed ({(-t.exposure_reduction * 100).toFixed(0)} pts) · wage {usd(t.wage)}
                          {t.wage_change !== null ? ` (${signedPct(t.wage_change * 100)})` : ''} · outlook {signedPct(t.growth)}
                        </div>
                        {t.gaps.length > 0 && <div style={{ fontSize: '0.88rem' }}>To learn: {t.gaps.map((g) => g.element).join(', ')}</div>}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            ))}
          </div>
        </section>
      )}
    </>
  );
}
