import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { OccupationStates } from '@/app/_components/occupation-states';
import { ObservedOccupation } from '@/app/_components/observed-occupation';
import { PathsSection } from '@/app/_paths/paths-section';
import { PersonalMode } from '@/app/_personal/PersonalMode';
import { ONET_CODE } from '@/lib/api/schemas';
import { exposureColor } from '@/lib/charts/color';
import { exposureWords, num, pct, score, signedPct, usd } from '@/lib/charts/format';
import { weightedMean } from '@/lib/charts/stats';
import { requestData } from '@/app/_data';
import { atlasVersion, releases } from '@/lib/queries/meta';
import { getElements, getOccupation, getReferenceValues, getRelated, getTasks, getTitles, REFERENCE_LABELS, taskWeighting, type ElementRow, type TaskRow } from '@/lib/queries/occupation';
import { getRubricGroups } from '@/lib/queries/methodology';
import { Employment } from '../../../_components/employment';
import { Term } from '../../../_components/glossary';
import { ChartFrame } from '../../../_components/charts/chart-frame';
import { occupationSkillSplit } from '@/lib/queries/skill-chain';
import { SkillSplit } from './skill-split';
import { TaskMixChart } from './task-mix';
import './occupation.css';
import { round } from '@/lib/round';

type Props = { params: Promise<{ code: string }> };

// Rendered per request, like every page: each response carries its own CSP script nonce (proxy.ts),
// which a cached page could not. Personal mode reads its URL state in the browser.
export const dynamic = 'force-dynamic';

function load(code: string) {
  if (!ONET_CODE.test(code)) notFound();
  const db = requestData();
  const occ = getOccupation(code, db);
  if (!occ) notFound();
  return { db, occ };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  if (!ONET_CODE.test(code)) return { title: 'Not found' };
  const occ = getOccupation(code, requestData());
  return { title: occ ? `${occ.title} (${occ.onet_soc_code})` : 'Not found', description: occ?.description };
}

const LABEL_WORDS: Record<string, string> = { E0: 'not exposed (E0)', E1: 'LLM alone (E1)', E2: 'with LLM software (E2)' };

/** How much the nearest rated tasks agree, in words (the spread is their similarity-weighted standard deviation). */
function agreementWords(spread: number): string {
  if (spread < 0.1) return 'they agree';
  if (spread < 0.3) return 'they mostly agree';
  return 'they disagree';
}

function Evidence({ t, groupNames }: { t: TaskRow; groupNames: Map<string, string> }) {
  if (!t.evidence || (t.evidence.exemplars.length === 0 && t.evidence.neighbours.length === 0)) return null;
  return (
    <details>
      <summary>Why</summary>
      {t.evidence.neighbours.length > 0 && (
        <>
          <p className="muted">
            The most similar tasks that experts rated
            {t.spread !== null && (
              <>
                {' '}— {agreementWords(t.spread)} (<Term k="spread">spread</Term> {score(t.spread)})
              </>
            )}
            :
          </p>
          <ul>
            {t.evidence.neighbours.slice(0, 5).map((n) => (
              <li key={n.task_id}>
                <span className="pill">{LABEL_WORDS[n.label] ?? n.label}</span> {n.statement} <span className="muted">(<Term k="similarity">similarity</Term> {score(n.similarity)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {t.evidence.exemplars.length > 0 && (
        <>
          <p className="muted">The kinds of work it resembles most (examples from our rubric):</p>
          <ul>
            {t.evidence.exemplars.slice(0, 4).map((e, i) => (
              <li key={i}>
                <span className="pill">{groupNames.get(e.group_id) ?? e.group_id}</span> {e.text} <span className="muted">(<Term k="similarity">similarity</Term> {score(e.similarity)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

function ElementTable({ rows, caption }: { rows: ElementRow[]; caption: string }) {
  if (rows.length === 0) return <p className="muted">Not rated for this occupation.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr><th scope="col">{caption}</th><th scope="col" className="num" title="Importance, 1–5">Importance</th><th scope="col" className="num" title="Level, 0–7">Level</th><th scope="col" className="num" title="Employment- and importance-weighted beta of the work that uses it, nationally">Exposure</th></tr>
        </thead>
        <tbody>
          {rows.slice(0, 12).map((e) => (
            <tr key={e.element_id}><td>{e.name}</td><td className="num">{score(e.importance)}</td><td className="num">{score(e.level)}</td><td className="num">{score(e.beta)}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function OccupationPage({ params }: Props) {
  const { code } = await params;
  const { db, occ } = load(code);
  const tasks = getTasks(code, db);
  const elements = getElements(code, db);
  const titles = getTitles(code, db);
  const related = getRelated(code, db);
  const scored = occ.beta !== null;
  const refs = getReferenceValues(code, occ.soc_code, db);
  const split = scored ? occupationSkillSplit(db, code) : { exposed: [], durable: [], unlinked: [] };
  const splitElements = [...split.exposed, ...split.durable].map((e) => ({
    element_id: e.element_id,
    name: e.name,
    domain: e.domain,
    importance: e.importance,
    tasks: e.all_tasks,
  }));
  const version = atlasVersion(db);
  const mix = scored
    ? (['p_e0', 'p_e1', 'p_e2'] as const).map((k) => weightedMean(tasks.map((t) => ({ value: t[k], weight: t.weight }))) ?? 0)
    : null;
  const weighting = taskWeighting(tasks);
  const groupNames = new Map(getRubricGroups(db).map((g) => [g.group_id, g.name]));
  const alternates = titles.filter((t) => t.kind === 'alternate');
  const reported = titles.filter((t) => t.kind === 'reported');
  return (
    <article>
      <nav aria-label="Breadcrumb" className="muted">
        <Link href={`/occupations?group=${occ.major_group}`}>{occ.major_title ?? occ.major_group}</Link> ›{' '}
        <Link href={`/occupations?group=${occ.minor_group}`}>{occ.minor_title ?? occ.minor_group}</Link> ›{' '}
        <Link href={`/occupations?group=${occ.broad_group}`}>{occ.broad_title ?? occ.broad_group}</Link>
      </nav>
      <h1>{occ.title}</h1>
      <p className="muted">O*NET-SOC {occ.onet_soc_code} · SOC {occ.soc_code}</p>
      <p className="lede">{occ.description}</p>

      <h2 id="exposure">Exposure to large language models</h2>
      {scored ? (
        <>
          <p style={{ fontSize: '1.1rem' }}>
            Exposure is <strong>{exposureWords(occ.beta!)}</strong>: about <strong>{pct(occ.beta)}</strong> of this occupation&apos;s work could be done at least twice as fast
            at the same quality with an LLM — <strong>{pct(occ.alpha)}</strong> with an LLM alone, plus work that needs software built on an LLM, counted at half ({weighting}).
            {occ.percentile !== null && (
              <> That is more exposed than <strong>{pct(occ.percentile / 100)}</strong> of U.S. workers.</>
            )}
          </p>
          <div className="cards">
            <div className="card"><div className="value">{pct(occ.alpha)}</div><div className="label">could be done twice as fast with an LLM alone (<Term k="alpha">alpha</Term>)</div></div>
            <div className="card"><div className="value">{pct(occ.beta)}</div><div className="label">headline exposure: LLM-software work counted at half (<Term k="beta">beta</Term>)</div></div>
            <div className="card"><div className="value">{pct(occ.gamma)}</div><div className="label">could be done twice as fast with an LLM or LLM software (<Term k="gamma">gamma</Term>)</div></div>
            <div className="card"><div className="value">± {occ.uncertainty === null ? '—' : (occ.uncertainty * 100).toFixed(1)} pts</div><div className="label">how sure: the headline could be off by about this many percentage points (<Term k="uncertainty">uncertainty</Term>)</div></div>
            <div className="card"><div className="value">{pct(occ.share_tasks_exposed)}</div><div className="label">of the work is in tasks at least half exposed (task beta ≥ 0.5)</div></div>
          </div>
          <div className="grid grid-2">
          {mix && (
            <ChartFrame compact id="task-mix" title={`Task mix: ${occ.title}`} subtitle={`Weighted mean probability of each exposure class over the occupation's tasks (${weighting}).`} version={version} permalink={`/occupations/${code}#task-mix`} embed={false}
              data={{ header: ['class', 'description', 'weighted_probability'], rows: [['E0', 'No exposure', mix[0]], ['E1', 'LLM alone halves the time', mix[1]], ['E2', 'LLM-powered software halves the time', mix[2]]].map((r) => [r[0], r[1], round(r[2] as number, 4)]) }}>
              <TaskMixChart mix={mix as [number, number, number]} />
            </ChartFrame>
          )}
          {refs.length > 0 && (
            <section>
              <h3 style={{ marginTop: 0 }}>Beside the published indices</h3>
              <div className="table-wrap">
                <table className="stack-on-phone">
                  <thead><tr><th scope="col">Index</th><th scope="col" className="num">Value</th><th scope="col" className="num">Percentile among occupations it covers</th></tr></thead>
                  <tbody>
                    <tr><td data-label="Index">Exposure Atlas beta (this build)</td><td data-label="Value" className="num">{score(occ.beta)}</td><td data-label="Percentile" className="num">{occ.percentile !== null ? `${occ.percentile.toFixed(0)} (of workers)` : '—'}</td></tr>
                    {refs.map((r) => (
                      <tr key={r.source}><td data-label="Index">{REFERENCE_LABELS[r.source].name}{r.code !== occ.onet_soc_code ? ` (SOC ${r.code})` : ''}</td><td data-label="Value" className="num">{score(r.value)}</td><td data-label="Percentile" className="num">{r.percentile.toFixed(0)}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted">Scales differ between indices; compare percentiles. See <Link href="/compare">Compare</Link>.</p>
            </section>
          )}
          </div>
        </>
      ) : (
        <p className="notice warn">Not scored in this build{tasks.length === 0 ? ': O*NET lists no tasks for this occupation.' : '. Run the scoring pipeline to see its exposure.'}</p>
      )}

      {scored && <ObservedOccupation code={code} beta={occ.beta} />}

      <h2 id="labor">Employment, wages and outlook</h2>
      <dl className="kv">
        <dt>Employment ({releases(db).oewsPeriod})</dt><dd>
          {num(occ.employment)}
          {occ.employment !== null && occ.oews_sharers !== null && occ.oews_sharers > 1
            ? ` — an equal 1/${occ.oews_sharers} share: BLS reports ${num(occ.oews_employment)} for SOC ${occ.oews_code}, which O*NET splits into ${occ.oews_sharers} occupations`
            : occ.employment !== null && occ.oews_code
              ? ` (BLS OEWS ${occ.oews_code})`
              : ''}
        </dd>
        <dt>Median annual wage</dt><dd>{usd(occ.median_wage, occ.median_top_coded)}</dd>
        <dt>Projected growth {releases(db).projectionsPeriod}</dt><dd>{signedPct(occ.growth_pct)}</dd>
        <dt>Annual openings</dt><dd>{num(occ.openings)}</dd>
        <dt>Typical entry education (BLS)</dt><dd>{occ.typical_education ?? '—'}</dd>
        <dt>Most common education (O*NET)</dt><dd>{occ.education_category ? `${occ.education_category.split(' - ')[0]}${occ.education_share !== null ? ` (${pct(occ.education_share)} of respondents)` : ''}` : '—'}</dd>
        <dt>Job zone</dt><dd>{occ.job_zone_name ?? '—'}</dd>
      </dl>

      <h2 id="tasks">Tasks ({tasks.length})</h2>
      {tasks.length === 0 ? (
        <p className="muted">O*NET lists no task statements for this occupation.</p>
      ) : (
        <>
        {scored && (
          <p className="muted">
            For each task, how likely it is that it could be done twice as fast at the same quality: not at all, with an LLM alone, or only with LLM software (the three add up to
            100%; <Term k="p">what these are</Term>). Exposure is the task&apos;s <Term k="beta">beta</Term>. Weights: {weighting}.
          </p>
        )}
        <div className="table-wrap">
          <table className="stack-on-phone task-table">
            <caption className="visually-hidden">Tasks of {occ.title}</caption>
            <thead>
              <tr>
                <th scope="col">Task</th><th scope="col">Type</th>
                {scored && (<><th scope="col" className="num" title="P(E0)">Not exposed</th><th scope="col" className="num" title="P(E1)">LLM alone</th><th scope="col" className="num" title="P(E2)">With LLM software</th><th scope="col" className="num" title="beta = P(E1) + ½ P(E2)">Exposure</th></>)}
              </tr>
            </thead>
            <tbody>
              {tasks.map((t) => (
                <tr key={t.task_id}>
                  <td data-label="Task" className="cell-main">{t.statement}{scored && <Evidence t={t} groupNames={groupNames} />}</td>
                  <td data-label="Type" className={t.task_type === 'Core' ? 'tag-core' : undefined}>{t.task_type === 'n/a' ? 'untyped' : t.task_type}</td>
                  {scored && (
                    <>
                      <td data-label="Not exposed (E0)" className="num">{pct(t.p_e0)}</td><td data-label="LLM alone (E1)" className="num">{pct(t.p_e1)}</td><td data-label="With LLM software (E2)" className="num">{pct(t.p_e2)}</td>
                      <td data-label="Exposure (beta)" className="num"><span className="bar" style={{ width: `${Math.round((t.beta ?? 0) * 40)}px`, background: exposureColor(t.beta) }} aria-hidden="true" /> {pct(t.beta)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}

      {scored && tasks.length > 0 && (
        <Suspense fallback={<p className="muted">Loading your version of this job…</p>}>
          <PersonalMode
            code={code}
            title={occ.title}
            tasks={tasks.map((t) => ({ task_id: t.task_id, statement: t.statement, beta: t.beta, weight: t.weight }))}
            occupationBeta={occ.beta}
            elements={splitElements}
            pathsHref={`/paths/${code}`}
          />
        </Suspense>
      )}

      <h2 id="skills">Skills and knowledge: exposed or durable</h2>
      {splitElements.length > 0 ? (
        <SkillSplit exposed={split.exposed} durable={split.durable} unlinked={split.unlinked} />
      ) : (
        <p className="muted">{scored ? 'O*NET rates no skill or knowledge area as important for this occupation.' : 'Not scored in this build.'}</p>
      )}
      <details className="all-elements">
        <summary>All rated skills and knowledge, with their national exposure</summary>
        <div className="grid grid-2">
          <section><h3 id="skills-all">Skills</h3><ElementTable rows={elements.filter((e) => e.domain === 'skill')} caption="Skill" /></section>
          <section><h3 id="knowledge">Knowledge</h3><ElementTable rows={elements.filter((e) => e.domain === 'knowledge')} caption="Knowledge area" /></section>
        </div>
      </details>

      <PathsSection code={code} limit={4} headingLevel={2} />

      {related.length > 0 && (
        <>
          <h2 id="related">Related occupations</h2>
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">Occupation</th><th scope="col">Relatedness</th><th scope="col" className="num">Beta</th><th scope="col" className="num">Employment</th><th scope="col" className="num">Median wage</th></tr></thead>
              <tbody>
                {related.slice(0, 15).map((r) => (
                  <tr key={r.onet_soc_code}><td><Link href={`/occupations/${r.onet_soc_code}`}>{r.title}</Link></td><td>{r.tier}</td><td className="num">{score(r.beta)}</td><td className="num"><Employment format="compact" employment={r.employment} oewsCode={r.oews_code} sharers={r.oews_sharers} /></td><td className="num">{usd(r.median_wage)}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <OccupationStates code={code} title={occ.title} />

      <h2 id="titles">Also called</h2>
      {reported.length > 0 && <p><strong>Reported by workers:</strong> {reported.map((t) => t.title).join(' · ')}</p>}
      {alternates.length > 0 && (
        <details>
          <summary>{alternates.length} alternate titles</summary>
          <p>{alternates.map((t) => t.title).join(' · ')}</p>
        </details>
      )}
      <p className="muted" style={{ marginTop: 16 }}>
        Data as JSON: <a href={`/api/v1/occupations/${code}`}>/api/v1/occupations/{code}</a>
      </p>
    </article>
  );
}
