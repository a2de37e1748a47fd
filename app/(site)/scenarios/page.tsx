import type { Metadata } from 'next';
import Link from 'next/link';
import { renderChart } from '@/app/_components/charts/chart-renderer';
import { comparisonSpecs } from '@/app/_scenarios/charts';
import { ScenarioExplorer, type InitialCharts } from '@/app/_scenarios/explorer';
import { clientData, initialView, scenarioSetup } from '@/app/_scenarios/server';
import { decodeState } from '@/lib/scenarios/url-state';
import { statePostal } from '@/lib/api/schemas';
import { atlasVersion, nationalOewsRelease } from '@/lib/queries/meta';
import { stateOptions, stateScope } from '@/lib/queries/states';
import { getTaskWeights, weightRule } from '@/lib/queries/methodology';
import { requestData } from '@/app/_data';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'What-if scenarios' };

export default async function ScenariosPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const { groups, presets } = scenarioSetup(requestData());
  const state = decodeState({ a: first(sp.a), b: first(sp.b) }, groups, presets);
  // ?state=CA weights every figure by that state's workers; an unknown code falls back to the nation.
  const postal = statePostal.safeParse(first(sp.state));
  const scope = postal.success ? stateScope(postal.data, requestData()) : null;
  const data = clientData(requestData(), scope);
  const view = initialView(requestData(), state.a, state.b, scope);
  // Drawn on the server at their usual desktop widths (half the page, the whole page), so they show and export at once.
  const specs = comparisonSpecs(view.a, view.b, view.movers);
  const draw = (spec: (typeof specs)['bands'], width: number) => renderChart(spec, width).then((d) => ({ svg: d.svg, width: d.width }), () => undefined);
  const [bands, diff, movers] = await Promise.all([draw(specs.bands, 540), draw(specs.diff, 540), draw(specs.movers, 820)]);
  const charts: InitialCharts = { bands, diff, movers };
  return (
    <>
      <h1>What-if scenarios</h1>
      <div className="scn-explain">
        <p className="lede">
          Move how capable language models are at each kind of work, how much of the exposed work actually changes, and whether software built on LLMs counts — and see exposure,
          jobs and wages shift. Compare two scenarios side by side; the link always reopens what you see.
        </p>
        <details>
          <summary>How the model works, in plain words</summary>
          <p>
            Every O*NET task has a baseline: the probability that an LLM alone halves its time (E1) and that software built on an LLM does (E2). Each task also has a profile: how
            much it resembles each capability group of our rubric (writing, coding, scheduling…). A task&apos;s exposure is attributed to the groups it most resembles.
          </p>
          <p>
            A level of 0.5 is today. Moving a group&apos;s level scales how readily its tasks are exposed: at 0 they are not exposed at all, at 1 they are twice as “far along” as today
            (the chance of exposure rises but never above 1). A rise reaches a task only as far as the task resembles the capability groups more than the sheltered ones
            (physical work, machinery, in-person care, real-time sensorimotor work, licensed accountability), judged by its wording: a task like piloting a plane or singing as a
            soloist gains little from a stronger model, one like arranging music or drafting a report gains in full, while a lower level lowers every task alike. Raising any level never lowers any exposure. Adoption multiplies the result (30% adoption: 30% of the exposed work
            changes). With tools off, only direct (E1) exposure counts.
          </p>
          <p>
            An occupation&apos;s exposure (beta = E1 + ½ E2) is the weighted mean of its tasks ({weightRule(getTaskWeights(requestData()))}); national figures are weighted by BLS
            employment. “Vs the baseline” compares with today&apos;s capability, full adoption and LLM software counted: the scores shown everywhere else on this site. Formulas and data versions
            are on the <Link href="/methodology">methodology page</Link>; the same model answers <code>POST /api/v1/scenarios/evaluate</code>.
          </p>
        </details>
      </div>
      <ScenarioExplorer groups={groups} presets={presets} initial={state} initialView={view} initialCharts={charts} version={atlasVersion(requestData())} counts={{ tasks: data.prep.n, occupations: data.prep.codes.length }}
        scope={scope && { postal: scope.postal, name: scope.name, release: scope.release }} states={stateOptions(requestData())} nationalRelease={nationalOewsRelease(requestData())} />
    </>
  );
}
