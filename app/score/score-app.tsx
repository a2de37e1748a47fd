'use client';

import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { exposureColor } from '@/lib/charts/color';
import { exposureWords, pct, score } from '@/lib/charts/format';
import type { ErrorBody } from '@/lib/http/errors';
import { Term } from '../_components/glossary';
import { TextBox } from '../_components/text-box';
import { EXAMPLE_JD } from './example';
import type { ScoreResult } from './types';

const MAX_CHARS = 20_000;

function Bar({ value }: { value: number }) {
  return <span className="bar" style={{ width: `${Math.round(value * 60)}px`, background: exposureColor(value), marginRight: 6 }} aria-hidden="true" />;
}

/** Paste → split and scored tasks with evidence, overall exposure and closest occupations. */
/** groupNames: rubric group id → its plain name, so evidence shows “Record keeping”, not `record_keeping`. */
export function ScoreApp({ groupNames = {} }: { groupNames?: Record<string, string> }) {
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ScoreResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const run = async (t: string) => {
    const mine = ++seq.current;
    setBusy(true);
    setProblem(null);
    try {
      const res = await fetch('/api/v1/score', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: t }) });
      if (mine !== seq.current) return;
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as ErrorBody | null;
        setProblem(body?.error.message ?? `the server answered ${res.status}`);
        return;
      }
      setResult((await res.json()) as ScoreResult);
      requestAnimationFrame(() => resultsRef.current?.focus());
    } catch {
      if (mine === seq.current) setProblem('the server could not be reached');
    } finally {
      if (mine === seq.current) setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(text);
  };

  return (
    <>
      <form onSubmit={submit} className="panel" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`} style={{ marginTop: 0 }}>
          Job description
        </h2>
        <label htmlFor={`${id}-text`}>Paste the job description or task list (bullets, numbered lists, sentences or semicolons)</label>
        <TextBox id={`${id}-text`} value={text} onValue={setText} rows={12} maxLength={MAX_CHARS} aria-describedby={`${id}-count`} />
        <div style={{ display: 'flex', gap: 10, alignItems: 'center', flexWrap: 'wrap', marginTop: 8 }}>
          <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
            Score
          </button>
          <button
            type="button"
            onClick={() => {
              setText(EXAMPLE_JD);
              void run(EXAMPLE_JD);
            }}
          >
            Try an example
          </button>
          <span id={`${id}-count`} className="muted">
            {text.length.toLocaleString('en-US')} / {MAX_CHARS.toLocaleString('en-US')} characters
          </span>
          <span role="status" aria-live="polite" className="muted">
            {busy ? 'Scoring…' : ''}
          </span>
        </div>
        {problem && (
          <div className="notice warn" role="alert">
            <strong>The text could not be scored:</strong> {problem}
          </div>
        )}
      </form>

      {result && (
        <section aria-labelledby={`${id}-res`}>
          <h2 id={`${id}-res`} ref={resultsRef} tabIndex={-1}>
            Exposure of this role
          </h2>
          <p style={{ fontSize: '1.1rem' }}>
            Exposure is <strong>{exposureWords(result.beta)}</strong>: averaged over its {result.task_count} tasks, about <strong>{pct(result.beta)}</strong> of this work
            could be done at least twice as fast at the same quality with an LLM (tasks needing LLM-powered software counted at half).
            {result.unknown_tasks > 0 && <> {result.unknown_tasks} task(s) use no word the model knows and are left out of the average.</>}
            {result.tasks_dropped > 0 && <> Only the first {result.max_tasks} of its {result.tasks_found} tasks are scored; {result.tasks_dropped} more were left out.</>}
          </p>
          <div className="cards">
            <div className="card"><div className="value">{pct(result.beta)}</div><div className="label">headline exposure: LLM-software work counted at half (<Term k="beta">beta</Term>)</div></div>
            <div className="card"><div className="value">{pct(result.alpha)}</div><div className="label">could be done twice as fast with an LLM alone (<Term k="alpha">alpha</Term>)</div></div>
            <div className="card"><div className="value">{pct(result.gamma)}</div><div className="label">with an LLM or LLM software, counted in full (<Term k="gamma">gamma</Term>)</div></div>
          </div>

          {result.occupations.length > 0 && (
            <>
              <h3>Closest occupations</h3>
              <p className="muted">The occupation its first line names, when that line is a job title the matcher reads with confidence; then the occupations whose O*NET tasks are nearest to these tasks (share of the evidence).</p>
              <ol>
                {result.occupations.map((o) => (
                  <li key={o.onet_soc_code}>
                    <Link href={`/occupations/${o.onet_soc_code}`}>{o.title}</Link>{' '}
                    <span className="muted">
                      ({o.matched_title ? `the title “${o.matched_title}”${o.matched_tasks > 0 ? `, and ${pct(o.score)} of the evidence` : ''}` : `${pct(o.score)} of the evidence`} · {pct(o.beta)} of its work exposed)
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}

          <h3>Tasks</h3>
          <div className="table-wrap">
            <table className="stack-on-phone">
              <caption className="visually-hidden">Tasks found in the text and their exposure</caption>
              <thead>
                <tr>
                  <th scope="col">Task</th>
                  <th scope="col" className="num">Exposure (beta)</th>
                  <th scope="col" className="num" title="P(E0) / P(E1) / P(E2)">Not exposed / LLM alone / with LLM software</th>
                </tr>
              </thead>
              <tbody>
                {result.tasks.map((t, i) => (
                  <tr key={i} data-task={i}>
                    <td className="cell-main">
                      {t.text}
                      {t.unknown && <span className="pill" style={{ marginLeft: 6 }}>no known words</span>}
                      {(t.nearest.length > 0 || t.exemplars.length > 0) && (
                        <details>
                          <summary>Evidence</summary>
                          {t.nearest.length > 0 && (
                            <>
                              <p className="muted">Nearest O*NET tasks:</p>
                              <ul>
                                {t.nearest.map((n) => (
                                  <li key={n.task_id}>
                                    {n.statement}{' '}
                                    <span className="muted">
                                      — <Link href={`/occupations/${n.onet_soc_code}`}>{n.title}</Link> · {pct(n.beta)} exposed · <Term k="similarity">similarity</Term> {score(n.similarity)}
                                    </span>
                                  </li>
                                ))}
                              </ul>
                            </>
                          )}
                          {t.exemplars.length > 0 && (
                            <>
                              <p className="muted">The kinds of work it resembles most (examples from our rubric):</p>
                              <ul>
                                {t.exemplars.map((e, j) => (
                                  <li key={j}>
                                    <span className="pill">{groupNames[e.group_id] ?? e.group_id}</span> {e.text} <span className="muted">(<Term k="similarity">similarity</Term> {score(e.similarity)})</span>
                                  </li>
                                ))}
                              </ul>
                            </>
                          )}
                        </details>
                      )}
                    </td>
                    <td className="num" data-label="Exposure (beta)">
                      <Bar value={t.beta} />
                      {pct(t.beta)}
                    </td>
                    <td className="num" data-label="Not exposed / LLM alone / with LLM software">
                      {pct(t.p_e0)} / {pct(t.p_e1)} / {pct(t.p_e2)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
