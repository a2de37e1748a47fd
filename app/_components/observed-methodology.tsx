import { pct } from '@/lib/charts/format';
import { NEAR_TEXT_MIN } from '@/lib/observed/match';
import { AEI_CITATION, OBSERVED_EXPOSURE_CITATION, observedReleasesOf } from '@/lib/queries/observed';
import { requestData } from '@/app/_data';
import { DataTable } from './data-table';

/** Methodology: how observed use is read, matched and rolled up, and what observed exposure is. */
export function ObservedMethodology() {
  const rels = observedReleasesOf(requestData());
  return (
    <section aria-labelledby="observed-use">
      <h2 id="observed-use">Observed use and observed exposure</h2>
      <p>
        Beside exposure, the atlas shows what people already use an LLM for: the {AEI_CITATION}. Each release gives the share of Claude conversations per O*NET task (the 2025-02-10 release{' '}
        <code>onet_task_mappings.csv</code>, the 2025-03-27 release <code>task_pct_v2.csv</code>) and, in the 2025-03-27 release, each task&apos;s mix of interaction patterns (
        <code>automation_vs_augmentation_by_task.csv</code>). <strong>Observed use is never an input to the exposure scores</strong>: it is read after scoring, and a build without it gives
        byte-identical task and occupation scores (a test checks this).
      </p>
      <ul>
        <li>
          <strong>Matching.</strong> The index keys tasks by lower-cased task text from the O*NET release it was built on. A task matches this build&apos;s O*NET statements by normalised text
          (case, Unicode quotes, punctuation and spacing ignored); else by its Task ID in the index&apos;s own O*NET file when O*NET kept the ID and revised the wording; else by near-identical
          wording (a Dice coefficient of at least {NEAR_TEXT_MIN.toFixed(2)} between the two sets of words). A task matching several statements (the same task in several occupations) is split equally among
          them. The index&apos;s own “none” row (conversations with no O*NET task) is counted apart.
        </li>
        <li>
          <strong>Automation vs augmentation</strong> as the index defines them (Handa et al. 2025): automation = directive + feedback loop; augmentation = task iteration + validation +
          learning. The “filtered” share (conversations the index&apos;s privacy-preserving classifier left unclassified) is taken out and the five patterns rescaled to sum to 1; a task whose
          conversations were all filtered has no split.
        </li>
        <li>
          <strong>Observed exposure</strong>, {OBSERVED_EXPOSURE_CITATION}: exposure weighted by real use, automated use counted fully and augmentative use at half. For a task: beta × used ×
          (automation + ½ augmentation), with used = 1 when the release lists the task (the index publishes only tasks with enough conversations) and a task without a split counted as
          augmentation. For an occupation: the weighted mean over all its tasks with the exposure score&apos;s task weights, so tasks nobody used count 0. Groups, states and the nation:
          employment-weighted, like exposure. Beta here is this atlas&apos;s, not the Eloundou et al. ratings Anthropic uses, so the figures are not Anthropic&apos;s own.
        </li>
        <li>
          <strong>Share of conversations</strong> of an occupation = the sum over its tasks; of a group, the sum over its occupations. The automation share of an occupation weights its tasks by
          their classified conversations.
        </li>
        <li>
          <strong>Caveats.</strong> Claude users are not a sample of workers, and not all conversations are work; one release is a snapshot of a few weeks of use; a task not listed may still
          be done with other AI tools. Use says where AI is already part of the work, not that jobs are lost.
        </li>
      </ul>
      {rels.length > 0 ? (
        <DataTable
          caption="Observed-use releases in this build"
          className="stack-on-phone"
          columns={[{ head: 'Release' }, { head: 'Index tasks (with “none”)', num: true }, { head: 'Matched: text / Task ID / near text', num: true }, { head: 'Unmatched', num: true }, { head: 'Usage mass matched (outside “none”)', num: true }, { head: '“none” row', num: true }]}
        >
          {rels.map((r) => (
            <tr key={r.release}>
              <td data-label="Release" style={{ whiteSpace: 'nowrap' }}>{r.release}</td>
              <td data-label="Index tasks" className="num">{r.index_tasks.toLocaleString('en-US')}</td>
              <td data-label="Matched" className="num">{r.matched_text.toLocaleString('en-US')} / {r.matched_task_id} / {r.matched_near_text}</td>
              <td data-label="Unmatched" className="num">{r.unmatched}</td>
              <td data-label="Usage mass matched" className="num">{pct(r.matched_share_excl_none, 2)}</td>
              <td data-label="“none” row" className="num">{r.none_pct.toFixed(2)}% of conversations</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="notice">This build has no observed-use data: the Anthropic Economic Index folder (REFERENCE_DIR/anthropic_economic_index) was not present.</p>
      )}
    </section>
  );
}
