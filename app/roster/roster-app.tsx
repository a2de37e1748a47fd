'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { downloadBlob } from '@/lib/charts/png';
import { TextBox } from '../_components/text-box';
import { MatchTable } from './match-table';
import { RosterResults } from './roster-results';
import { SAMPLE_ROSTER } from './sample';
import type { SkippedRow } from '@/lib/roster/parse';
import type { WorkforceBenchmark } from '@/lib/queries/states';
import type { ErrorBody, RosterResult } from './types';

const MAX_BYTES = 2 * 1024 * 1024;

/** An API error (lib/http) or one the page says itself (network, file too large before sending). */
type Problem = Pick<ErrorBody['error'], 'message' | 'line' | 'field'> & { code: string };
type Answer = RosterResult & { skipped?: SkippedRow[]; benchmark?: WorkforceBenchmark };

/** The place and the reason, said once: the server's message may already start with "line N: column: ". */
function problemText(p: Problem): string {
  if (p.line === null) return p.message;
  let m = p.message.replace(/^line \d+: /i, '');
  if (p.field && m.startsWith(`${p.field}: `)) m = m.slice(p.field.length + 2);
  return `Line ${p.line}${p.field ? `, column “${p.field}”` : ''}: ${m}`;
}

/** Rows the server left out, each once with its line, column and reason, so they can be fixed and the roster run again. */
function SkippedRows({ rows }: { rows: SkippedRow[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="notice warn skipped-rows" role="status" data-testid="skipped-rows">
      <strong>
        {rows.length === 1 ? '1 row was skipped' : `${rows.length.toLocaleString('en-US')} rows were skipped`}; the others were analysed.
      </strong>{' '}
      Fix {rows.length === 1 ? 'it' : 'them'} in the box above (or in your file) and press “Match and analyse” again.
      <ul>
        {rows.map((r) => (
          <li key={r.line}>
            Line {r.line}, column “{r.column}”: {r.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

async function postRoster(csv: string, overrides: Record<string, string>, format: 'json' | 'csv', state: string): Promise<Response> {
  const q = new URLSearchParams();
  if (format === 'csv') q.set('format', 'csv');
  if (state) q.set('state', state);
  return fetch(`/api/v1/roster${q.size ? `?${q}` : ''}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ csv, overrides }),
  });
}

async function problemOf(res: Response): Promise<Problem> {
  try {
    return ((await res.json()) as ErrorBody).error;
  } catch {
    return { code: 'internal', message: `the server answered ${res.status}`, line: null, field: null };
  }
}

/** Upload or paste → match → correct → results; every correction re-posts the roster with its overrides. */
export function RosterApp({ version, states = [], nationalRelease = 'national' }: { version: string; states?: Array<{ postal: string; name: string }>; nationalRelease?: string }) {
  const id = useId();
  const [state, setState] = useState('');
  const [csv, setCsv] = useState('');
  const [analysed, setAnalysed] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Answer | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const seq = useRef(0);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const analyse = async (text: string, ov: Record<string, string>, focus = false, workforce = state) => {
    const mine = ++seq.current;
    setBusy(true);
    setProblem(null);
    try {
      const res = await postRoster(text, ov, 'json', workforce);
      if (mine !== seq.current) return;
      if (!res.ok) {
        setProblem(await problemOf(res));
        return;
      }
      setResult((await res.json()) as Answer);
      setAnalysed(text);
      setOverrides(ov);
      if (focus) requestAnimationFrame(() => resultsRef.current?.focus());
    } catch {
      if (mine === seq.current) setProblem({ code: 'network', message: 'the server could not be reached', line: null, field: null });
    } finally {
      if (mine === seq.current) setBusy(false);
    }
  };

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    // A different roster invalidates corrections, which point at row indexes.
    void analyse(csv, csv === analysed ? overrides : {}, true);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_BYTES) {
      setProblem({ code: 'payload_too_large', message: `the file is ${file.size.toLocaleString('en-US')} bytes; the limit is 2 MB`, line: null, field: null });
      return;
    }
    const text = await file.text();
    setCsv(text);
    void analyse(text, {}, true);
  };

  const correct = (index: number, code: string | null) => {
    if (analysed === null) return;
    const next = { ...overrides };
    if (code === null) delete next[String(index)];
    else next[String(index)] = code;
    void analyse(analysed, next);
  };

  const downloadCsv = async () => {
    if (analysed === null) return;
    const res = await postRoster(analysed, overrides, 'csv', state);
    if (!res.ok) {
      setProblem(await problemOf(res));
      return;
    }
    downloadBlob(await res.blob(), 'roster-matched.csv');
  };

  return (
    <>
      <section aria-labelledby={`${id}-input`} className="panel">
        <h2 id={`${id}-input`} style={{ marginTop: 0 }}>
          Your roster
        </h2>
        <p className="muted">
          A CSV (or tab- or semicolon-separated) file with a header row: a job-title column (e.g. <code>Job Title</code>, <code>Role</code>), a headcount column (
          <code>Headcount</code>, <code>Employees</code>, <code>FTE</code>) and optionally a department (<code>Department</code>, <code>Team</code>). Up to 10,000 rows and 2 MB.
        </p>
        <form onSubmit={submit}>
          <div className="filters" style={{ marginTop: 0 }}>
            <div className="field" style={{ minWidth: 0, maxWidth: '100%' }}>
              <label htmlFor={`${id}-file`}>Upload a CSV file</label>
              <input id={`${id}-file`} type="file" style={{ maxWidth: '100%' }} accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" onChange={(e) => void onFile(e.target.files?.[0])} />
            </div>
            <div className="field">
              <span className="muted" style={{ fontSize: '0.9rem' }}>
                No file at hand?
              </span>
              <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
                <button
                  type="button"
                  onClick={() => {
                    setCsv(SAMPLE_ROSTER);
                    setFileName(null);
                    void analyse(SAMPLE_ROSTER, {}, true);
                  }}
                >
                  Try the sample roster
                </button>
                <button type="button" onClick={() => downloadBlob(new Blob([SAMPLE_ROSTER], { type: 'text/csv' }), 'sample-roster.csv')}>
                  Download the sample CSV
                </button>
              </div>
            </div>
          </div>
          <label htmlFor={`${id}-paste`}>Or paste the roster{fileName ? ` (loaded from ${fileName})` : ''}</label>
          <TextBox
            id={`${id}-paste`}
            value={csv}
            onValue={setCsv}
            rows={8}
            spellCheck={false}
            placeholder={'Job Title,Headcount,Department\nRegistered Nurse,42,Clinical\nParalegal,4,Legal'}
            className="mono"
            style={{ fontFamily: 'var(--mono)', fontSize: '0.88rem' }}
          />
          {states.length > 0 && (
            <p>
              <label htmlFor={`${id}-state`}>Compare with the workforce of </label>
              <select
                style={{ maxWidth: '100%' }}
                id={`${id}-state`}
                value={state}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setState(v);
                  // Results on screen are re-compared at once; the matches do not change.
                  if (analysed !== null) void analyse(analysed, overrides, false, v);
                }}
              >
                <option value="">the United States (BLS {nationalRelease})</option>
                {states.map((st) => (
                  <option key={st.postal} value={st.postal}>
                    {st.name}
                  </option>
                ))}
              </select>
            </p>
          )}
          <div style={{ display: 'flex', gap: 10, alignItems: 'center', marginTop: 8, flexWrap: 'wrap' }}>
            <button type="submit" className="primary" disabled={busy || csv.trim() === ''}>
              Match and analyse
            </button>
            <span role="status" aria-live="polite" className="muted">
              {busy
                ? 'Matching titles…'
                : result
                  ? result.summary.unmatched_rows > 0
                    ? `${result.rows.length.toLocaleString('en-US')} rows: ${result.summary.matched_rows.toLocaleString('en-US')} matched, ${result.summary.unmatched_rows.toLocaleString('en-US')} unmatched.`
                    : `${result.rows.length.toLocaleString('en-US')} rows matched.`
                  : ''}
            </span>
          </div>
        </form>
        {result && !problem && <SkippedRows rows={result.skipped ?? []} />}
        {problem && (
          <div className="notice warn" role="alert">
            <strong>The roster could not be read.</strong> {problemText(problem)}
          </div>
        )}
      </section>

      {result && analysed !== null && (
        <>
          <h2 id={`${id}-results`} ref={resultsRef} tabIndex={-1}>
            Results
          </h2>
          <RosterResults result={result} version={version} benchmark={result.benchmark ?? null} />
          <section aria-labelledby={`${id}-matches`} className="roster-matches">
            <h2 id={`${id}-matches`}>Matches</h2>
            <p className="muted">
              Each job title is read like a recruiter reads it (seniority, shift and department words set aside, abbreviations expanded) and matched to the O*NET occupation
              whose titles fit it best. Matches to check are flagged (hover for why); a title that matches nothing stays unmatched and out of the figures. Pick one of the
              alternatives or search for another occupation; the results above recompute.
            </p>
            <p>
              <button type="button" onClick={() => void downloadCsv()}>
                Download the matched roster (CSV)
              </button>
            </p>
            <MatchTable rows={result.rows} busy={busy} onCorrect={correct} />
          </section>
        </>
      )}
    </>
  );
}
