import type { Metadata } from 'next';
import { num } from '@/lib/charts/format';
import { getAgreement } from '@/lib/queries/compare';
import { requestData } from '@/app/_data';
import { getBuildInfo, getCounts, getDatasetVersions, releases } from '@/lib/queries/meta';
import { getMethodCounts, getRubricGroups, getTaskWeights, weightRule } from '@/lib/queries/methodology';
import { GlossaryList } from '../../_components/glossary';
import { ObservedMethodology } from '../../_components/observed-methodology';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Methodology' };

const REFERENCE_NAMES: Record<string, string> = {
  eloundou_gpt4: 'Eloundou et al. (2023), GPT-4 labels',
  eloundou_human: 'Eloundou et al. (2023), human labels',
  eloundou_human_vs_gpt4: 'Eloundou et al. human vs GPT-4 labels (for scale)',
  microsoft_applicability: 'Microsoft “Working with AI” (2025)',
  felten_lm_aioe: 'Felten et al. LM-AIOE',
};

const KIND_TEXT = { E1: 'E1: an LLM alone', E2: 'E2: with LLM-powered software', sheltered: 'Sheltered (pulls toward E0)' } as const;

export default function MethodologyPage() {
  const db = requestData();
  const info = getBuildInfo(db);
  const groups = getRubricGroups(db);
  const weights = getTaskWeights(db);
  const agreement = getAgreement(db);
  const versions = getDatasetVersions(db);
  const r = releases(db);
  const counts = getCounts(db);
  const methods = getMethodCounts(db);
  return (
    <article>
      <h1>Methodology</h1>
      <p className="lede">How the numbers are made, which data and versions built this copy, and how well they agree with expert labels and published indices. Every figure on this page is read from the database that serves the site.</p>

      <h2 id="rubric">The rubric</h2>
      <p>After Eloundou et al. (2023), each O*NET task statement gets a probability for three classes:</p>
      <ul>
        <li><strong>E0, no exposure</strong>: an LLM does not cut the time of the task by at least half at equal quality.</li>
        <li><strong>E1, direct exposure</strong>: an LLM alone (a chat interface) cuts the time by at least half at equal quality.</li>
        <li><strong>E2, exposure through software</strong>: the same, given software built on an LLM (tools, retrieval, integrations).</li>
      </ul>
      <p>From the class probabilities of a task: <code>alpha = P(E1)</code>, <code>beta = P(E1) + ½·P(E2)</code>, <code>gamma = P(E1) + P(E2)</code>.</p>
      <p>
        In plain words: <strong>beta</strong>, the headline figure, is the share of an occupation&apos;s work that an LLM could do at least twice as fast at the same quality, counting the
        work that needs software built on an LLM at half; <strong>alpha</strong> counts only what an LLM alone could do, <strong>gamma</strong> counts LLM software in full. Every
        symbol is in the <a href="#glossary">glossary</a>.
      </p>
      <p>
        An occupation&apos;s alpha, beta and gamma are the weighted means over its tasks ({weightRule(weights)}). Group and national figures weight occupations by BLS employment; O*NET codes sharing one SOC code share its
        employment equally, so no worker is counted twice. “Share of workers with at least 10% / 50% of tasks exposed” counts employment in occupations whose score is at least 0.1 / 0.5.
      </p>
      <h3>Task weights in this build</h3>
      <div className="table-wrap">
        <table className="stack-on-phone">
          <thead><tr><th scope="col">Task type</th><th scope="col" className="num">Mean weight</th><th scope="col" className="num">Tasks</th><th scope="col" className="num">With O*NET importance rating</th></tr></thead>
          <tbody>{weights.map((w) => <tr key={w.task_type}><td data-label="Task type">{w.task_type === 'n/a' ? 'n/a (untyped)' : w.task_type}</td><td data-label="Mean weight" className="num">{w.weight.toFixed(2)}</td><td data-label="Tasks" className="num">{num(w.tasks)}</td><td data-label="With importance rating" className="num">{num(w.with_importance)}</td></tr>)}</tbody>
        </table>
      </div>

      <h2 id="what-trains-what">Which data trains what</h2>
      <div className="table-wrap">
        <table className="stack-on-phone">
          <thead><tr><th scope="col">Data</th><th scope="col">Role in this build</th></tr></thead>
          <tbody>
            <tr><td data-label="Data">{r.onet} task statements, work activities, titles</td><td data-label="Role">What is scored: every task is embedded and scored; occupations are the weighted means of their tasks.</td></tr>
            <tr><td data-label="Data">Rubric exemplars (<code>data/rubric.json</code>, written for this project)</td><td data-label="Role">The zero-shot rubric layer: each task&apos;s similarity to the capability and sheltered groups. No labels involved.</td></tr>
            {methods.labels > 0 ? (
              <tr><td data-label="Data">Eloundou et al. (2023) task labels, GPT-4 rater ({num(methods.labels)} tasks)</td><td data-label="Role"><strong>Trains the calibrated layer</strong> (label transfer). Cross-validated: the labelled occupations are split into 5 folds and a task is scored only by models and neighbours from the other folds, so no task sees its own label or its occupation&apos;s; the stored scores of labelled occupations are those cross-validated predictions.</td></tr>
            ) : (
              <tr><td data-label="Data">Eloundou et al. (2023) task labels</td><td data-label="Role">Not in this build: every score is from the rubric layer.</td></tr>
            )}
            <tr><td data-label="Data">Eloundou et al. (2023) human task ratings; their occupation-level betas</td><td data-label="Role">Comparison only: the agreement figures below. Never an input.</td></tr>
            <tr><td data-label="Data">Microsoft “Working with AI” (2025) applicability; Felten et al. LM-AIOE</td><td data-label="Role">Comparison only (<a href="/compare">Compare</a>). Never an input.</td></tr>
            <tr><td data-label="Data">BLS {r.oews}, {r.projections}</td><td data-label="Role">Employment weights for group and national figures; wages, outlook and education shown beside the scores. Never an input to a task score.</td></tr>
          </tbody>
        </table>
      </div>

      <h2 id="model">The model</h2>
      {Object.keys(info).length > 0 ? (
        <dl className="kv">
          <dt>Embedding model</dt><dd className="mono">{info.embedding_model ?? '—'}</dd>
          <dt>Scoring method</dt><dd>{info.scoring_method === 'calibrated' ? 'calibrated: label transfer from expert-rated tasks, over the rubric profile' : info.scoring_method ?? '—'}</dd>
          <dt>Rubric version</dt><dd className="mono">{info.rubric_version ?? '—'}</dd>
          <dt>Tasks scored</dt><dd>{num(counts.scoredTasks)} ({num(methods.calibrated)} calibrated, {num(methods.rubric)} rubric only); {num(methods.labels)} reference-labelled tasks</dd>
          <dt>Built</dt><dd>{info.built_at ?? '—'}{info.setup_seconds ? ` (setup took ${info.setup_seconds} s)` : ''}</dd>
          <dt>Exposure Atlas version</dt><dd>{info.atlas_version ?? '—'}</dd>
        </dl>
      ) : (
        <p className="notice warn">This database has not been scored yet.</p>
      )}
      <p>
        <strong>Rubric layer</strong> (zero-shot, always available): every task is embedded and compared with exemplar phrasings of capability groups (E1, E2) and sheltered groups; its
        similarity profile over the groups gives the rubric probabilities. <strong>Calibrated layer</strong>: where expert-rated tasks exist, labels transfer from the nearest rated tasks
        in embedding space, never using a task&apos;s own label. Each task page lists the exemplars and rated tasks behind its score.
      </p>
      {groups.length > 0 && (
        <>
          <h3>Rubric groups ({groups.length})</h3>
          <div className="table-wrap">
            <table className="stack-on-phone">
              <thead><tr><th scope="col">Group</th><th scope="col">Kind</th><th scope="col">Description</th></tr></thead>
              <tbody>{groups.map((g) => <tr key={g.group_id}><td data-label="Group">{g.name}</td><td data-label="Kind">{KIND_TEXT[g.kind]}</td><td data-label="Description">{g.description}</td></tr>)}</tbody>
            </table>
          </div>
        </>
      )}

      <ObservedMethodology />

      <h2 id="glossary">Glossary</h2>
      <GlossaryList />

      <h2 id="agreement">Agreement</h2>
      {agreement.length > 0 ? (
        <div className="table-wrap">
          <table className="stack-on-phone">
            <thead><tr><th scope="col">Compared with</th><th scope="col">Level</th><th scope="col">Our scores</th><th scope="col">Statistic</th><th scope="col" className="num">Value</th><th scope="col" className="num">n</th><th scope="col">How</th></tr></thead>
            <tbody>
              {agreement.map((a, i) => (
                <tr key={i}><td data-label="Compared with">{REFERENCE_NAMES[a.reference] ?? a.reference}</td><td data-label="Level">{a.level}</td><td data-label="Our scores">{a.mode === 'calibrated' ? 'calibrated (cross-validated)' : a.mode === 'rubric' ? 'rubric layer only (no labels)' : a.mode}</td><td data-label="Statistic">{a.statistic === 'spearman' ? 'Spearman rank correlation' : a.statistic === 'accuracy' ? 'share of tasks with the same label' : a.statistic}</td><td data-label="Value" className="num">{a.value.toFixed(3)}</td><td data-label="n" className="num">{num(a.n)}</td><td data-label="How">{a.note}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No agreement figures in this build.</p>
      )}

      <h2 id="data">Data and versions</h2>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">File</th><th scope="col">Source</th><th scope="col">Release</th><th scope="col" className="num">Rows</th><th scope="col">SHA-256</th></tr></thead>
          <tbody>{versions.map((v) => <tr key={v.file}><td>{v.file}</td><td>{v.source}</td><td>{v.release}</td><td className="num">{num(v.rows)}</td><td className="mono" style={{ wordBreak: 'break-all' }}>{v.sha256}</td></tr>)}</tbody>
        </table>
      </div>
      <p>{r.onet} database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0. BLS {r.oews} national estimates; BLS {r.projections}.</p>

      <h2 id="limitations">Limitations</h2>
      <ul>
        <li>Exposure is about tasks an LLM could speed up, not jobs that will disappear: it says nothing about demand, adoption speed, regulation or new tasks.</li>
        <li>O*NET task statements describe occupations, not individual jobs; {num(counts.occupations - counts.occupationsWithTasks)} occupations have no task statements and are not scored.</li>
        <li>Employment of a SOC code is split equally among the O*NET codes that share it; the true split is unknown.</li>
        <li>The embedding model and rubric exemplars shape the rubric layer; calibrated scores inherit the judgement (and errors) of the reference raters.</li>
        <li>Published indices differ in definition and coverage; agreement is measured on ranks over the occupations both cover.</li>
      </ul>
    </article>
  );
}
