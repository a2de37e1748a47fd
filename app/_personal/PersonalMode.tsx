'use client';

import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { exposureColor } from '@/lib/charts/color';
import { exposureWords, score } from '@/lib/charts/format';
import { personalExposure } from '@/lib/score/personal';
import { personalSkills, type PersonalElement } from '@/lib/skills/personal';
import { MAX_ADDED, MAX_ADDED_CHARS, parseSelection, writeSelection, type PersonalSelection } from './url-state';

export interface PersonalTask {
  task_id: number;
  statement: string;
  /** the task's exposure; null when unscored (then it does not count) */
  beta: number | null;
  /** the task's weight in the occupation's score (O*NET importance, or Core/Supplemental) */
  weight: number;
}

export interface PersonalModeProps {
  /** O*NET-SOC code of the occupation, for labels only */
  code: string;
  title: string;
  tasks: PersonalTask[];
  /** the occupation's own beta (weighted over all its tasks); computed from `tasks` when omitted */
  occupationBeta?: number | null;
  /** the occupation's skills and knowledge with their top tasks (among all its tasks), for "skills at risk" */
  elements?: PersonalElement[];
  /** where the job seeker's reskilling paths are (e.g. /paths/<code>); no link when omitted */
  pathsHref?: string;
}

type Added = { status: 'loading' } | { status: 'done'; beta: number } | { status: 'error'; message: string };

function Bar({ value }: { value: number | null }) {
  return <span className="bar" style={{ width: `${Math.round((value ?? 0) * 48)}px`, background: exposureColor(value), marginRight: 6 }} aria-hidden="true" />;
}

/**
 * Personal mode: a job seeker ticks the tasks they actually do (all by default) and adds their own,
 * scored on the fly by POST /api/v1/score, and sees their exposure beside the occupation's.
 * The selection lives in the URL (`?mine=…&add=…`) so it can be bookmarked or shared; nothing is stored.
 */
export function PersonalMode({ code, title, tasks, occupationBeta, elements = [], pathsHref }: PersonalModeProps) {
  const id = useId();
  const params = useSearchParams();
  const ids = useMemo(() => tasks.map((t) => t.task_id), [tasks]);
  const [sel, setSel] = useState<PersonalSelection>(() => parseSelection(new URLSearchParams(params?.toString() ?? ''), ids));
  const [scores, setScores] = useState<Record<string, Added>>({});
  const [draft, setDraft] = useState('');

  // The URL follows the selection (replaceState: no history entry per tick; Next keeps useSearchParams in sync).
  useEffect(() => {
    const next = writeSelection(new URLSearchParams(window.location.search), sel).toString();
    if (next !== window.location.search.replace(/^\?/, '')) window.history.replaceState(window.history.state, '', `${window.location.pathname}${next ? `?${next}` : ''}${window.location.hash}`);
  }, [sel]);

  // Added tasks are scored once each, as single tasks (no splitting).
  // A task with no entry yet is being scored ("scoring…"); `requested` keeps each one to one request.
  const requested = useRef(new Set<string>());
  useEffect(() => {
    for (const text of sel.added) {
      if (scores[text] || requested.current.has(text)) continue;
      requested.current.add(text);
      fetch('/api/v1/score', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, split: false }) })
        .then(async (r) => {
          const body = await r.json();
          setScores((s) => ({ ...s, [text]: r.ok ? { status: 'done', beta: body.beta as number } : { status: 'error', message: body?.error?.message ?? `error ${r.status}` } }));
        })
        .catch(() => setScores((s) => ({ ...s, [text]: { status: 'error', message: 'the server could not be reached' } })));
    }
  }, [sel.added, scores]);

  const ticked = (tid: number) => sel.mine === null || sel.mine.has(tid);
  const toggle = (tid: number, on: boolean) =>
    setSel((s) => {
      const mine = new Set(s.mine ?? ids);
      if (on) mine.add(tid);
      else mine.delete(tid);
      return { ...s, mine: mine.size === ids.length ? null : mine };
    });

  const addedBetas = sel.added.flatMap((t) => {
    const a = scores[t];
    return a?.status === 'done' ? [a.beta] : [];
  });
  const mineBeta = personalExposure(tasks, sel.mine, addedBetas);
  const occBeta = occupationBeta ?? personalExposure(tasks, null, []);
  const tickedCount = tasks.filter((t) => ticked(t.task_id)).length;
  const diff = mineBeta !== null && occBeta !== null ? mineBeta - occBeta : null;
  const mostExposed = tasks
    .filter((t) => ticked(t.task_id) && t.beta !== null)
    .sort((a, b) => (b.beta as number) - (a.beta as number))
    .slice(0, 3);

  const taskBeta = useMemo(() => new Map(tasks.map((t) => [t.task_id, t.beta])), [tasks]);
  const mySkills = personalSkills(elements, taskBeta, ticked);
  const atRisk = mySkills.filter((e) => e.at_risk);
  const durable = mySkills.filter((e) => !e.at_risk).reverse();
  const statement = (tid: number) => tasks.find((t) => t.task_id === tid)?.statement ?? '';

  const add = (e: FormEvent) => {
    e.preventDefault();
    const t = draft.replace(/\s+/g, ' ').trim().slice(0, MAX_ADDED_CHARS);
    if (!t || sel.added.includes(t) || sel.added.length >= MAX_ADDED) return;
    setSel((s) => ({ ...s, added: [...s.added, t] }));
    setDraft('');
  };

  return (
    <section aria-labelledby={`${id}-h`} className="panel personal-mode" data-testid="personal-mode">
      <h2 id={`${id}-h`} style={{ marginTop: 0 }}>
        Your version of this job
      </h2>
      <p className="muted">
        Untick the tasks of {title} ({code}) you do not do and add tasks of your own: your exposure is recomputed from your selection. The selection lives in this page’s
        address, so you can bookmark or share it; nothing is stored.
      </p>
      <div className="cards" aria-live="polite">
        <div className="card">
          <div className="value" data-testid="personal-beta">{score(mineBeta)}</div>
          <div className="label">your exposure (beta){mineBeta !== null ? `: ${exposureWords(mineBeta)}` : ''}</div>
        </div>
        <div className="card">
          <div className="value">{score(occBeta)}</div>
          <div className="label">the occupation’s exposure</div>
        </div>
        <div className="card">
          <div className="value">{diff === null ? '—' : `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff).toFixed(2)}`}</div>
          <div className="label">{diff === null ? 'difference' : diff > 0.005 ? 'you are more exposed' : diff < -0.005 ? 'you are less exposed' : 'about the same'}</div>
        </div>
      </div>
      {mostExposed.length > 0 && (
        <p>
          Your most exposed tasks: {mostExposed.map((t) => `“${t.statement}” (${score(t.beta)})`).join('; ')}.
        </p>
      )}

      {elements.length > 0 && (
        <div className="personal-skills" data-testid="personal-skills">
          <h3>Your skills at risk ({atRisk.length})</h3>
          {atRisk.length === 0 ? (
            <p className="muted">None of your skills is used mainly in exposed work{mySkills.length === 0 ? ' (tick some tasks)' : ''}.</p>
          ) : (
            <ul>
              {atRisk.map((e) => (
                <li key={e.element_id}>
                  <Bar value={e.beta} />
                  <strong>{e.name}</strong> <span className="muted">({e.domain}, {score(e.beta)})</span>
                  <details>
                    <summary>from your tasks</summary>
                    <ul>{e.task_ids.map((tid) => <li key={tid}>{statement(tid)} ({score(taskBeta.get(tid) ?? null)})</li>)}</ul>
                  </details>
                </li>
              ))}
            </ul>
          )}
          {durable.length > 0 && (
            <p>
              <span className="muted">Durable in your work: </span>
              {durable.slice(0, 8).map((e) => e.name).join(' · ')}
              {durable.length > 8 ? ` · +${durable.length - 8} more` : ''}
            </p>
          )}
        </div>
      )}
      {pathsHref && (
        <p>
          <Link href={pathsHref}>Where you could move: reskilling paths from {title} →</Link>
        </p>
      )}

      <fieldset>
        <legend>
          Tasks you do ({tickedCount} of {tasks.length})
        </legend>
        <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', marginBottom: 6 }}>
          <button type="button" onClick={() => setSel((s) => ({ ...s, mine: null }))}>
            Tick all
          </button>
          <button type="button" onClick={() => setSel((s) => ({ ...s, mine: new Set() }))}>
            Untick all
          </button>
        </div>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: 480, overflowY: 'auto' }}>
          {tasks.map((t) => (
            <li key={t.task_id} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', padding: '4px 0', borderBottom: '1px solid var(--border)' }}>
              <input id={`${id}-t${t.task_id}`} type="checkbox" checked={ticked(t.task_id)} onChange={(e) => toggle(t.task_id, e.target.checked)} style={{ marginTop: 5 }} />
              <label htmlFor={`${id}-t${t.task_id}`} style={{ flex: 1, color: 'var(--text)', fontSize: '0.95rem', margin: 0 }}>
                {t.statement}
              </label>
              <span className="num" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                <Bar value={t.beta} />
                {score(t.beta)}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>

      <form onSubmit={add} style={{ marginTop: 12 }}>
        <label htmlFor={`${id}-add`}>Add a task of your own (scored like an O*NET task)</label>
        <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
          <input id={`${id}-add`} type="text" value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={MAX_ADDED_CHARS} placeholder="e.g. Write weekly status reports for the client" style={{ flex: '1 1 260px', minWidth: 0 }} disabled={sel.added.length >= MAX_ADDED} />
          <button type="submit" disabled={!draft.trim() || sel.added.length >= MAX_ADDED}>
            Add task
          </button>
        </div>
        {sel.added.length >= MAX_ADDED && <p className="muted">At most {MAX_ADDED} tasks of your own.</p>}
      </form>
      {sel.added.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0 }} aria-label="Your own tasks">
          {sel.added.map((t) => {
            const a = scores[t];
            return (
              <li key={t} style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '4px 0', borderBottom: '1px solid var(--border)' }}>
                <span style={{ flex: 1 }}>{t}</span>
                <span className="num" style={{ whiteSpace: 'nowrap' }}>
                  {!a || a.status === 'loading' ? (
                    <span className="muted">scoring…</span>
                  ) : a.status === 'error' ? (
                    <span style={{ color: 'var(--danger)' }}>{a.message}</span>
                  ) : (
                    <>
                      <Bar value={a.beta} />
                      {score(a.beta)}
                    </>
                  )}
                </span>
                <button type="button" aria-label={`Remove “${t}”`} onClick={() => setSel((s) => ({ ...s, added: s.added.filter((x) => x !== t) }))}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
