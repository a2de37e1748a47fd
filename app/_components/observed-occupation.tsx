import Link from 'next/link';
import { pct } from '@/lib/charts/format';
import { gapWords, sharePct, splitWords } from '@/lib/observed/format';
import { AEI_CITATION, getObservedGaps, getObservedUse, primaryRelease, type ObservedTask } from '@/lib/queries/observed';
import { requestData } from '@/app/_data';
import { DataTable } from './data-table';
import { Term } from './glossary';

function TaskList({ rows, kind }: { rows: ObservedTask[]; kind: 'exposed' | 'used' }) {
  return (
    <DataTable
      caption={kind === 'exposed' ? 'Exposed but not yet used' : 'Used beyond what the rubric predicts'}
      className="stack-on-phone"
      columns={[{ head: 'Task' }, { head: 'Exposure', num: true, title: 'Task beta' }, kind === 'used' && { head: 'Share of conversations', num: true }]}
    >
      {rows.map((t) => (
        <tr key={t.task_id}>
          <td data-label="Task" className="cell-main">{t.statement}</td>
          <td data-label="Exposure" className="num">{pct(t.beta)}</td>
          {kind === 'used' && <td data-label="Share of conversations" className="num">{sharePct(t.share_pct)}</td>}
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * "Is it already happening?": the occupation's theoretical exposure beside its observed use of Claude
 * (Anthropic Economic Index), the tasks where the two part, and observed exposure with its definition.
 */
export function ObservedOccupation({ code, beta }: { code: string; beta: number | null }) {
  const data = requestData();
  const rel = primaryRelease(data);
  if (!rel) {
    return (
      <section aria-labelledby="observed">
        <h2 id="observed">Is it already happening?</h2>
        <p className="notice">
          Observed use is not in this build: the Anthropic Economic Index files (REFERENCE_DIR/anthropic_economic_index) were not present when it was built. Exposure above is unaffected: observed
          use is never an input to it.
        </p>
      </section>
    );
  }
  const use = getObservedUse(code, data);
  const gaps = getObservedGaps(code, data);
  const earlier = use?.share_by_release.filter((r) => r.release !== rel.release) ?? [];
  return (
    <section aria-labelledby="observed">
      <h2 id="observed">Is it already happening?</h2>
      <p className="muted">
        Exposure says what an LLM <em>could</em> speed up. Observed use says what people already use one for: the share of Claude conversations that the{' '}
        <Link href="/methodology#observed-use">Anthropic Economic Index</Link> (release {rel.release}) maps to this occupation&apos;s O*NET tasks. Neither is job loss: a task done with AI can
        still be a worker&apos;s task, and the conversations come from Claude users, who are not all workers in this occupation.
      </p>
      {use && beta !== null ? (
        <>
          <div className="cards">
            <div className="card"><div className="value">{pct(beta)}</div><div className="label">theoretical exposure (<Term k="beta">beta</Term>)</div></div>
            <div className="card">
              <div className="value">{pct(use.observed_exposure, 1)}</div>
              <div className="label">
                <Term k="observedExposure">observed exposure</Term>: exposure weighted by real use — {gapWords(beta, use.observed_exposure ?? 0)}
              </div>
            </div>
            <div className="card">
              <div className="value">{sharePct(use.share_pct)}</div>
              <div className="label">of all Claude conversations in the release are on this occupation&apos;s tasks ({use.matched_tasks} of its {use.task_count} tasks appear)</div>
            </div>
            <div className="card">
              <div className="value">{pct(use.automation_share)} / {pct(use.augmentation_share)}</div>
              <div className="label">automation / augmentation, of the conversations whose pattern was classified</div>
            </div>
          </div>
          <p>
            {use.automation_share !== null ? <>How people use Claude for this work: {splitWords(use.automation_share)}. </> : 'The index filtered every conversation on these tasks before classifying its pattern, so there is no automation/augmentation split. '}
            Automation is Claude doing the task as directed (directive, or feedback loops); augmentation is people iterating, checking or learning with it.
            {earlier.map((e) => <span key={e.release}> In the earlier release, {e.release}, these tasks had {sharePct(e.share_pct)} of conversations.</span>)}
          </p>
          <p className="muted">
            Observed exposure = Σ<sub>tasks</sub> weight × beta × used × (automation + ½ augmentation) ÷ Σ weight, where used is 1 for a task the release lists and 0 otherwise: automated use
            counts fully and augmentative use at half, after the “observed exposure” of Anthropic&apos;s Economic Index research. It is on beta&apos;s scale and never above it.
          </p>
        </>
      ) : (
        <p className="notice">
          None of this occupation&apos;s tasks appears in the {rel.release} release: no Claude conversations were mapped to them in enough numbers to be published. That is no evidence that nobody
          uses AI for this work, only that it does not show up in this sample.
        </p>
      )}
      {gaps && (gaps.exposedNotUsed.length > 0 || gaps.usedBeyond.length > 0) && (
        <div className="grid grid-2">
          <section>
            <h3 id="observed-exposed-not-used">Exposed but not yet used</h3>
            {gaps.exposedNotUsed.length > 0 ? (
              <>
                <p className="muted">Tasks rated at least half exposed that the release does not list, most exposed first.</p>
                <TaskList rows={gaps.exposedNotUsed} kind="exposed" />
              </>
            ) : (
              <p className="muted">Every task rated at least half exposed appears in the release.</p>
            )}
          </section>
          <section>
            <h3 id="observed-used-beyond">Used beyond what the rubric predicts</h3>
            {gaps.usedBeyond.length > 0 ? (
              <>
                <p className="muted">Tasks people use Claude for that the exposure score rates below half, most used first.</p>
                <TaskList rows={gaps.usedBeyond} kind="used" />
              </>
            ) : (
              <p className="muted">No task rated below half exposed appears in the release.</p>
            )}
          </section>
        </div>
      )}
      <p className="muted">
        Source: {AEI_CITATION}, release {rel.release}; tasks matched to {'O*NET'} statements by text ({pct(rel.matched_share_excl_none, 1)} of the release&apos;s usage mass outside its
        “none” row). <Link href="/methodology#observed-use">How it is computed</Link> · <a href="/api/v1/observed">data</a>
      </p>
    </section>
  );
}
