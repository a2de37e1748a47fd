'use client';

import { useEffect, useMemo, useState } from 'react';
import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { FitChart, type DrawnChart } from '@/app/_components/charts/fit-chart';
import { Term } from '@/app/_components/glossary';
import { toCsv } from '@/lib/export/csv';
import { downloadBlob } from '@/lib/charts/png';
import { differencesFromBaseline } from '@/lib/scenarios/explain';
import type { Preset, Scenario, ScenarioGroup, ScenarioSummary } from '@/lib/scenarios/model';
import { comparisonSpecs } from './charts';
import { MoverReasons } from './mover-reasons';
import { baselineSummary, evaluateOutcome, outcomeMovers, workersFrom, type Mover, type ScenarioOutcome } from '@/lib/scenarios/outcome';
import { ScenarioControls } from './controls';
import { decodeMaybeGzipped, type ClientScenarioData } from '@/lib/scenarios/payload';
import { encodeState, roundScenario, type PageState } from '@/lib/scenarios/url-state';
import './scenarios.css';
import { round } from '@/lib/round';
import { pct, signed } from '@/lib/charts/format';

export interface InitialView {
  a: ScenarioSummary;
  b: ScenarioSummary;
  baseline: ScenarioSummary;
  movers: Mover[];
}

/** The comparison charts as the server drew them for the page's scenarios (so they show, and export, before any redraw). */
export interface InitialCharts {
  bands?: DrawnChart;
  diff?: DrawnChart;
  movers?: DrawnChart;
}

const pct1 = (v: number) => pct(v, 1);
const pp = (v: number) => signed(v * 100, 1, ' pp');
/** Dollars in T or B (a state's wage bill is billions), workers in M or k. */
const dollars = (v: number) => (v >= 1e12 ? `$${(v / 1e12).toFixed(2)}T` : `$${(v / 1e9).toFixed(1)}B`);
const workers = (v: number) => (v >= 1e6 ? `${(v / 1e6).toFixed(1)}M` : `${Math.round(v / 1e3)}k`);

function Cards({ name, sc, groups, s, base, ms }: { name: 'A' | 'B'; sc: Scenario; groups: ScenarioGroup[]; s: ScenarioSummary; base: ScenarioSummary; ms: number | null }) {
  const cls = name === 'A' ? 'scn-a' : 'scn-b';
  const diff = differencesFromBaseline(sc, groups);
  return (
    <>
      <div className={`scn-card ${cls}`} data-testid={`share-${name.toLowerCase()}`}>
        <div className="label">Scenario {name}: share of all work exposed</div>
        <div className="value">{pct1(s.share_of_work_exposed)}</div>
        <div className="label" data-testid={`vs-baseline-${name.toLowerCase()}`}>
          {diff.length === 0 ? (
            <>the baseline (today, with LLM software)</>
          ) : (
            <>
              {pp(s.share_of_work_exposed - base.share_of_work_exposed)} (<Term k="pp">percentage points</Term>) against the baseline of {pct1(base.share_of_work_exposed)} (today, with LLM software),
              because: {diff.join('; ')}
            </>
          )}
        </div>
      </div>
      <div className={`scn-card ${cls}`}>
        <div className="label">Scenario {name}: wages paid for exposed work</div>
        <div className="value">{dollars(s.exposed_wage_bill)}</div>
        <div className="label">of {dollars(s.wage_bill)} a year · {workers(workersFrom(s, 0.5))} workers in jobs at least half exposed (beta ≥ 0.5)</div>
        {ms !== null && <div className="scn-timing">recomputed in {ms.toFixed(1)} ms in your browser</div>}
      </div>
    </>
  );
}

export interface WorkforceScope {
  postal: string;
  name: string;
  release: string;
}

export function ScenarioExplorer({ groups, presets, initial, initialView, initialCharts = {}, version, counts, scope = null, states = [], nationalRelease = 'national' }: { groups: ScenarioGroup[]; presets: Preset[]; initial: PageState; initialView: InitialView; initialCharts?: InitialCharts; version: string; counts: { tasks: number; occupations: number }; scope?: WorkforceScope | null; states?: Array<{ postal: string; name: string }>; nationalRelease?: string }) {
  const [a, setA] = useState<Scenario>(initial.a);
  const [b, setB] = useState<Scenario>(initial.b);
  const [data, setData] = useState<ClientScenarioData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const scenarioQuery = encodeState({ a: roundScenario(a, groups), b: roundScenario(b, groups) }, groups, presets);
  const query = scope ? `${scenarioQuery}&state=${scope.postal}` : scenarioQuery;
  const where = scope ? scope.name : 'U.S.';
  const permalink = `/scenarios?${query}`;

  useEffect(() => {
    let live = true;
    fetch(scope ? `/api/v1/scenarios/tasks?state=${scope.postal}` : '/api/v1/scenarios/tasks')
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((buf) => decodeMaybeGzipped(buf))
      .then((d) => live && setData(d))
      .catch((e: Error) => live && setLoadError(e.message));
    return () => {
      live = false;
    };
  }, [scope]);

  // The URL follows the sliders (replaceState: no history entry per step).
  useEffect(() => {
    const t = setTimeout(() => {
      if (window.location.search !== `?${query}`) window.history.replaceState(window.history.state, '', `?${query}`);
    }, 120);
    return () => clearTimeout(t);
  }, [query]);

  const outA = useMemo<ScenarioOutcome | null>(() => (data ? evaluateOutcome(data, a) : null), [data, a]);
  const outB = useMemo<ScenarioOutcome | null>(() => (data ? evaluateOutcome(data, b) : null), [data, b]);
  const base = useMemo(() => (data ? baselineSummary(data) : initialView.baseline), [data, initialView.baseline]);
  const sA = outA?.summary ?? initialView.a;
  const sB = outB?.summary ?? initialView.b;
  const movers = useMemo(() => (data && outA && outB ? outcomeMovers(data, outA.beta, outB.beta, 12) : initialView.movers), [data, outA, outB, initialView.movers]);

  const specs = useMemo(() => comparisonSpecs(sA, sB, movers), [sA, sB, movers]);

  const downloadAll = () => {
    if (!data || !outA || !outB) return;
    const rows = data.occupations.map((o, i) => [o.code, o.title, o.employment, o.baseline, outA.beta[i], outB.beta[i], outB.beta[i] - outA.beta[i]].map((v) => (typeof v === 'number' && !Number.isInteger(v) ? round(v, 4) : v)));
    const csv = toCsv(['onet_soc_code', 'title', 'employment', 'baseline_beta', 'beta_a', 'beta_b', 'change_b_minus_a'], rows);
    downloadBlob(new Blob([csv], { type: 'text/csv' }), 'scenario-occupations.csv');
  };

  return (
    <>
      {states.length > 0 && (
        <p className="scn-workforce">
          <label>
            Workforce:{' '}
            <select
              style={{ maxWidth: '100%' }}
              value={scope?.postal ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                // A full load on purpose: the page's payload and initial view are built for the chosen workforce.
                // eslint-disable-next-line @next/next/no-location-assign-relative-destination
                window.location.assign(`/scenarios?${scenarioQuery}${v ? `&state=${v}` : ''}`);
              }}
            >
              <option value="">United States (BLS {nationalRelease})</option>
              {states.map((st) => (
                <option key={st.postal} value={st.postal}>
                  {st.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <span className="muted">{scope ? `Weighted by ${scope.name}'s workers (BLS ${scope.release} estimates).` : 'Weighted by U.S. workers; pick a state to weight by its workers instead.'}</span>
        </p>
      )}
      <div className="scn-sticky" aria-live="polite">
        <div className="scn-results">
          <Cards name="A" sc={a} groups={groups} s={sA} base={base} ms={outA?.ms ?? null} />
          <Cards name="B" sc={b} groups={groups} s={sB} base={base} ms={outB?.ms ?? null} />
        </div>
        <p className="scn-timing" data-testid="engine">
          {loadError
            ? `Live recomputation unavailable (${loadError}); figures are those of the page as loaded.`
            : data
              ? `Live: ${counts.tasks.toLocaleString('en-US')} tasks of ${counts.occupations.toLocaleString('en-US')} occupations recomputed in your browser as you move a slider.`
              : 'Loading the task data for live recomputation…'}
        </p>
      </div>

      <div className="scn-grid">
        <ScenarioControls name="A" sc={a} groups={groups} presets={presets} onChange={setA} />
        <ScenarioControls name="B" sc={b} groups={groups} presets={presets} onChange={setB} />
      </div>
      <p>
        <button type="button" onClick={() => { setA(b); setB(a); }}>Swap A and B</button>{' '}
        <button type="button" onClick={() => setB(a)}>Copy A to B</button>{' '}
        <button type="button" onClick={downloadAll} disabled={!data}>Download every occupation under A and B (CSV)</button>{' '}
        <a href={permalink}>Link to this comparison</a>
      </p>

      <h2>What changes between A and B</h2>
      <div className="grid grid-2">
        <ChartFrame id="scenario-bands" title="Workers by exposure band, scenario A vs B" subtitle={`${where} employment in occupations whose exposure (beta) falls in each band`} version={version} permalink={permalink} embed={false} data={{ header: ['band_from', 'band_to', 'workers_a', 'workers_b', 'difference_b_minus_a'], rows: sA.workers_by_band.map((x, i) => [x.from, x.to, Math.round(x.workers), Math.round(sB.workers_by_band[i]?.workers ?? 0), Math.round((sB.workers_by_band[i]?.workers ?? 0) - x.workers)]) }}>
          <FitChart spec={specs.bands} initial={initialCharts.bands} />
        </ChartFrame>
        <ChartFrame id="scenario-band-diff" title="Difference in workers by exposure band, B − A" subtitle="Above zero: more workers in that band under B than under A" version={version} permalink={permalink} embed={false} data={{ header: ['band_from', 'band_to', 'difference_b_minus_a'], rows: sA.workers_by_band.map((x, i) => [x.from, x.to, Math.round((sB.workers_by_band[i]?.workers ?? 0) - x.workers)]) }}>
          <FitChart spec={specs.diff} initial={initialCharts.diff} />
        </ChartFrame>
      </div>
      <ChartFrame id="scenario-movers" title="Occupations that move most from A to B" subtitle="Change in exposure (beta), occupations with at least 1,000 workers" version={version} permalink={permalink} embed={false} data={{ header: ['onet_soc_code', 'title', 'beta_a', 'beta_b', 'change', 'employment'], rows: movers.map((m) => [m.code, m.title, round(m.baseline, 4), round(m.beta, 4), round(m.change, 4), m.employment]) }}>
        <FitChart spec={specs.movers} initial={initialCharts.movers} />
      </ChartFrame>
      {/* Task contributions do not depend on the workforce: the explain API takes only the scenarios. */}
      <MoverReasons query={scenarioQuery} movers={movers} />
    </>
  );
}
