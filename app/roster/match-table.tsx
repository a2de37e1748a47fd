'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { exposureColor } from '@/lib/charts/color';
import { num, score } from '@/lib/charts/format';
import '../_components/table-cards.css';
import { OccupationPicker } from './occupation-picker';
import type { RosterRowResult } from './types';

const PAGE = 200;
const SEARCH = '__search__';
const AUTO = '__auto__';

const needsReview = (r: RosterRowResult) => r.needs_review;

/**
 * One row per roster line: the match, its confidence, a flag with the reasons when a person should
 * check it, and a way to correct it. Unmatched rows say so and are left out of every figure.
 */
export function MatchTable({ rows, busy, onCorrect }: { rows: RosterRowResult[]; busy: boolean; onCorrect: (index: number, code: string | null) => void }) {
  const [reviewOnly, setReviewOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [picking, setPicking] = useState<number | null>(null);
  const review = useMemo(() => rows.filter(needsReview).length, [rows]);
  const unmatched = useMemo(() => rows.filter((r) => r.onet_soc_code === null).length, [rows]);
  const visible = useMemo(() => rows.map((r, i) => ({ r, i })).filter(({ r }) => !reviewOnly || needsReview(r)), [rows, reviewOnly]);

  return (
    <>
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap', margin: '8px 0' }}>
        <label style={{ display: 'flex', gap: 6, alignItems: 'center', margin: 0, color: 'var(--text)' }}>
          <input type="checkbox" checked={reviewOnly} onChange={(e) => setReviewOnly(e.target.checked)} />
          Only matches to check ({review})
        </label>
        {unmatched > 0 && (
          <span className="muted" data-testid="unmatched-count">
            {num(unmatched)} {unmatched === 1 ? 'title matches' : 'titles match'} no occupation: left out of the figures until you pick one
          </span>
        )}
      </div>
      <div className="table-wrap tall">
        <table aria-busy={busy} className="cards-on-phone match-cards">
          <caption className="visually-hidden">Roster rows and their matched occupations</caption>
          <thead>
            <tr>
              <th scope="col" className="num">Line</th>
              <th scope="col" style={{ minWidth: 150 }}>Job title</th>
              <th scope="col">Department</th>
              <th scope="col" className="num">Headcount</th>
              <th scope="col" style={{ minWidth: 280 }}>Matched occupation</th>
              <th scope="col" className="num">Confidence</th>
              <th scope="col" className="num" title="beta: share of the work an LLM could speed up, tools counted at half">Exposure</th>
              <th scope="col">Correct the match</th>
            </tr>
          </thead>
          <tbody>
            {visible.slice(0, shown).map(({ r, i }) => (
              <tr key={i} data-row={i}>
                <td className="num" data-label="Line">{r.line}</td>
                <td data-label="Job title">{r.job_title}</td>
                <td data-label="Department">{r.department ?? <span className="muted">—</span>}</td>
                <td className="num" data-label="Headcount">{num(r.headcount)}</td>
                <td data-label="Matched occupation">
                  {r.onet_soc_code ? (
                    <Link href={`/occupations/${r.onet_soc_code}`}>{r.title}</Link>
                  ) : (
                    <span className="muted" data-testid="unmatched">Unmatched — not counted; pick an occupation</span>
                  )}
                  {r.corrected && <span className="pill" style={{ marginLeft: 6 }}>corrected</span>}
                  {r.alternatives.length > 0 && (
                    <div className="muted" style={{ fontSize: '0.85rem' }}>
                      Also: {r.alternatives.map((a) => a.title).join('; ')}
                    </div>
                  )}
                </td>
                <td className="num" data-label="Confidence">
                  {needsReview(r) ? (
                    <span className="pill" style={{ borderColor: '#b35c00', color: '#8a4600', background: '#fff4e5' }} title={`Please check this match: ${r.reasons.join('; ')}`}>
                      ⚠ check · {r.onet_soc_code ? score(r.confidence) : '—'}
                    </span>
                  ) : (
                    score(r.confidence)
                  )}
                </td>
                <td className="num" data-label="Exposure">
                  <span className="bar" style={{ width: `${Math.round((r.beta ?? 0) * 48)}px`, background: exposureColor(r.beta), marginRight: 6 }} aria-hidden="true" />
                  {score(r.beta)}
                </td>
                <td data-label="Correct the match" className="match-correct">
                  {picking === i ? (
                    <OccupationPicker
                      label={`Search an occupation for “${r.job_title}”`}
                      onCancel={() => setPicking(null)}
                      onPick={(code) => {
                        setPicking(null);
                        onCorrect(i, code);
                      }}
                    />
                  ) : (
                    <select
                      aria-label={`Correct the match for ${r.job_title} (line ${r.line})`}
                      value=""
                      disabled={busy}
                      onChange={(e) => {
                        const v = e.target.value;
                        if (v === SEARCH) setPicking(i);
                        else if (v === AUTO) onCorrect(i, null);
                        else if (v) onCorrect(i, v);
                      }}
                      style={{ maxWidth: 260 }}
                    >
                      <option value="">{r.onet_soc_code ? 'Keep this match' : 'Leave unmatched'}</option>
                      {r.alternatives.map((a) => (
                        <option key={a.onet_soc_code} value={a.onet_soc_code}>
                          {a.title}
                        </option>
                      ))}
                      <option value={SEARCH}>Search another occupation…</option>
                      {r.corrected && <option value={AUTO}>Back to the automatic match</option>}
                    </select>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length > shown && (
        <p>
          <button type="button" onClick={() => setShown((s) => s + PAGE * 5)}>
            Show more rows ({(visible.length - shown).toLocaleString('en-US')} more)
          </button>
        </p>
      )}
    </>
  );
}
