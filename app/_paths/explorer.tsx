'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { useReleases } from '@/app/_components/releases-context';
import { exposureColor } from '@/lib/charts/color';
import type { Path, PathWeights } from '@/lib/paths/paths';
import { layoutPaths } from './graph-layout';
import { PathGraph } from './path-graph';
import { rankBy } from '@/lib/paths/score';
import { weightsQuery } from './url-state';
import './paths.css';
import { round, roundOrNull } from '@/lib/round';
import { score, signed, signedPct, usd } from '@/lib/charts/format';

export interface PathSource {
  code: string;
  title: string;
  beta: number;
  jobZone: number | null;
  wage: number | null;
  growth: number | null;
  employment: number;
  skillsImputedFrom: { code: string; title: string } | null;
}

const PARTS = [
  { key: 'skills', label: 'Fit (similarity, O*NET related)', color: '#0072B2' },
  { key: 'exposure', label: 'Exposure reduction', color: '#009E73' },
  { key: 'wage', label: 'Wage change', color: '#E69F00' },
  { key: 'growth', label: 'Outlook (growth, openings)', color: '#CC79A7' },
] as const;

const f2 = score;
const signedShare = (v: number | null, digits = 0) => (v === null ? '—' : signed(v * 100, digits, '%'));
const lvl = (v: number) => v.toFixed(1);

function ScoreParts({ p, w }: { p: Path; w: PathWeights }) {
  const sum = w.skills + w.exposure + w.wage + w.growth || 1;
  return (
    <span className="pth-parts" title={PARTS.map((x) => `${x.label}: ${score(p.components[x.key])} × weight ${(w[x.key] / sum).toFixed(2)}`).join('\n')}>
      <svg width="90" height="10" aria-hidden="true">
        {PARTS.reduce<{ x: number; els: React.ReactNode[] }>(
          (acc, x) => {
            const wd = (90 * w[x.key] * p.components[x.key]) / sum;
            acc.els.push(<rect key={x.key} x={acc.x} y={0} width={wd} height={10} fill={x.color} />);
            acc.x += wd;
            return acc;
          },
          { x: 0, els: [] },
        ).els}
      </svg>
      <span className="visually-hidden">{PARTS.map((x) => `${x.label} ${score(p.components[x.key])}`).join(', ')}</span>
    </span>
  );
}

export function PathsExplorer({ source, candidates, initialWeights, initialDesirableFirst = true, defaults, margin, jobZoneRule, limit, version }: { source: PathSource; candidates: Path[]; initialWeights: PathWeights; initialDesirableFirst?: boolean; defaults: PathWeights; margin: number; jobZoneRule: string; limit: number; version: string }) {
  const { projectionsPeriod } = useReleases();
  const [w, setW] = useState<PathWeights>(initialWeights);
  const [desirableFirst, setDesirableFirst] = useState(initialDesirableFirst);
  const paths = useMemo(() => rankBy(candidates, w, limit, desirableFirst), [candidates, w, limit, desirableFirst]);
  const q = [weightsQuery(w, defaults), desirableFirst ? '' : 'desirable_first=false'].filter(Boolean).join('&');
  const permalink = `/paths/${source.code}${q ? `?${q}` : ''}`;
  useEffect(() => {
    const t = setTimeout(() => {
      const want = q ? `?${q}` : '';
      if (window.location.search !== want) window.history.replaceState(window.history.state, '', `${window.location.pathname}${want}`);
    }, 120);
    return () => clearTimeout(t);
  }, [q]);
  const layout = useMemo(
    () => layoutPaths({ beta: source.beta, employment: source.employment }, paths.map((p) => ({ code: p.onet_soc_code, title: p.title, beta: p.beta, score: p.score, employment: p.employment })), margin),
    [paths, source.beta, source.employment, margin],
  );
  const sum = w.skills + w.exposure + w.wage + w.growth || 1;
  const csv = {
    header: ['onet_soc_code', 'title', 'related_tier', 'beta', 'exposure_reduction', 'combined_similarity', 'skill_similarity', 'task_similarity', 'job_zone', 'median_wage', 'wage_change', 'desirable', 'growth_pct', 'openings', 'score', 'part_fit', 'part_exposure', 'part_wage', 'part_outlook', 'why', 'gaps_to_learn', 'transfers'],
    rows: paths.map((p) => [
      p.onet_soc_code, p.title, p.related_tier, r4(p.beta), r4(p.exposure_reduction), n4(p.similarity.combined), n4(p.skill_similarity), n4(p.task_similarity), p.job_zone, p.wage, n4(p.wage_change), p.desirable, p.growth, p.openings, r4(p.score),
      r4(p.components.skills), r4(p.components.exposure), r4(p.components.wage), r4(p.components.growth),
      p.why.join('; '),
      p.gaps.map((g) => `${g.element} (${g.domain}) ${lvl(g.from)}→${lvl(g.to)}`).join('; '),
      p.transfers.map((t) => t.element).join('; '),
    ]),
  };

  if (candidates.length === 0) return null;
  return (
    <>
      <fieldset className="pth-weights">
        <legend>Weights of the score (relative; re-ranks instantly)</legend>
        {PARTS.map((x) => (
          <div key={x.key} className="pth-weight">
            <label htmlFor={`w-${x.key}`}>
              <span className="pth-key" style={{ background: x.color }} aria-hidden="true" /> {x.label}
            </label>
            <input id={`w-${x.key}`} type="range" min={0} max={100} step={5} value={Math.round(w[x.key] * 100)} aria-valuetext={`${Math.round((100 * w[x.key]) / sum)}% of the score`} onChange={(e) => setW({ ...w, [x.key]: Number(e.currentTarget.value) / 100 })} />
            <output htmlFor={`w-${x.key}`}>{Math.round((100 * w[x.key]) / sum)}%</output>
          </div>
        ))}
        <label className="pth-check">
          <input type="checkbox" checked={desirableFirst} onChange={(e) => setDesirableFirst(e.currentTarget.checked)} /> Moves that keep pay within 15% first
        </label>
        <button type="button" onClick={() => { setW(defaults); setDesirableFirst(true); }}>Reset weights</button>
      </fieldset>

      {paths.length === 0 ? (
        <p className="notice">No occupation passes the rules for this source (a feasible fit, at least {margin} less exposed, at most one job zone up, no barrier, with employment).</p>
      ) : (
        <ChartFrame id="path-graph" title={`Reskilling paths from ${source.title}`} subtitle={`Top ${paths.length} targets by score; x: exposure (beta); dot size: employment; colour: exposure (viridis)`} version={version} permalink={permalink} embed={false} data={csv}>
          <div className="pth-graph-scroll">
            <PathGraph layout={layout} sourceTitle={source.title} sourceBeta={source.beta} />
          </div>
        </ChartFrame>
      )}

      <h2>The paths, with what to learn</h2>
      {paths.length > 0 && (
        <div className="table-wrap pth-cards">
          <table className="pth-table" data-testid="paths-table">
            <caption className="visually-hidden">Reskilling paths from {source.title}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Target occupation</th>
                <th scope="col" className="num">Beta (reduction)</th>
                <th scope="col" className="num" title="Fit: combined O*NET similarity blended with O*NET's relatedness tier (0–1)">Fit</th>
                <th scope="col" className="num">Job zone</th>
                <th scope="col" className="num">Median wage (change)</th>
                <th scope="col" className="num">Growth {projectionsPeriod} · openings/yr</th>
                <th scope="col" className="num">Score (parts)</th>
              </tr>
            </thead>
            <tbody>
              {paths.map((p, i) => [
                <tr key={p.onet_soc_code} className="pth-main">
                  <td data-label="#">{i + 1}</td>
                  <td data-label="Target">
                    <Link href={`/occupations/${p.onet_soc_code}`}>{p.title}</Link>
                    {p.skills_imputed_from && <span title={`No O*NET skill ratings of its own: uses those of ${p.skills_imputed_from}`}> †</span>}
                    <div className="muted pth-small">
                      {p.onet_soc_code} · {p.related_tier ? `O*NET related (${p.related_tier.toLowerCase()})` : 'similar profile'} · <Link href={`/paths/${p.onet_soc_code}`}>its paths</Link>
                    </div>
                    {p.barriers.length > 0 && <div className="pth-barrier pth-small">Needs {p.barriers.map((b) => b.reason).join('; ')}</div>}
                    {!p.desirable && p.wage_change !== null && <div className="pth-barrier pth-small">{p.wage_change < 0 ? 'A pay cut of more than 15%' : 'A step up in pay: usually needs experience'}</div>}
                  </td>
                  <td className="num" data-label="Beta">
                    <span className="bar" style={{ width: `${Math.round(p.beta * 40)}px`, background: exposureColor(p.beta) }} aria-hidden="true" /> {score(p.beta)}
                    <div className="muted pth-small">−{score(p.exposure_reduction)} ({Math.round((100 * p.exposure_reduction) / (source.beta || 1))}% less)</div>
                  </td>
                  <td className="num" data-label="Fit" title={`combined similarity ${f2(p.similarity.combined)} (−1 to 1); skills ${f2(p.skill_similarity)}, tasks ${f2(p.task_similarity)}`}>
                    {score(p.components.skills)}
                  </td>
                  <td className="num" data-label="Job zone">{p.job_zone ?? '—'}</td>
                  <td className="num" data-label="Median wage">
                    {usd(p.wage)}
                    <div className="muted pth-small">{signedShare(p.wage_change)}</div>
                  </td>
                  <td className="num" data-label="Growth · openings">
                    {signedPct(p.growth)}
                    <div className="muted pth-small">{p.openings === null ? '—' : `${Math.round(p.openings).toLocaleString('en-US')}/yr`}</div>
                  </td>
                  <td className="num" data-label="Score">
                    <strong>{score(p.score)}</strong> <ScoreParts p={p} w={w} />
                  </td>
                </tr>,
                <tr key={`${p.onet_soc_code}-gaps`} className="pth-gaprow">
                  <td className="pth-spacer" />
                  <td className="pth-gaps" colSpan={7}>
                    <p className="pth-why">
                      <strong className="pth-small">Why here: </strong>
                      {p.why.join(' · ')}
                    </p>
                    <strong className="pth-small">To learn: </strong>
                    {p.gaps.length === 0 ? (
                      <span className="muted">no gap at importance ≥ 3</span>
                    ) : (
                      <ul className="pth-inline" aria-label={`Gaps to ${p.title}`}>
                        {p.gaps.slice(0, 3).map((g) => (
                          <li key={g.element_id} title={g.words}>
                            <Link href={`/skills/${g.element_id}`}>{g.element}</Link> {lvl(g.from)} → <strong>{lvl(g.to)}</strong> of 7
                          </li>
                        ))}
                      </ul>
                    )}
                    <details>
                      <summary>
                        {p.gaps.length} {p.gaps.length === 1 ? 'gap' : 'gaps'} in words · {p.transfers.length} {p.transfers.length === 1 ? 'skill transfers' : 'skills transfer'}
                      </summary>
                      <p className="pth-small"><strong>To learn</strong>, most important first (O*NET levels 0–7, yours → the target&apos;s, with O*NET&apos;s example of that level):</p>
                      <ul>
                        {p.gaps.map((g) => (
                          <li key={g.element_id}>
                            <strong>{g.element}</strong> <span className="muted">({g.domain}, importance {g.importance.toFixed(1)})</span>: {lvl(g.from)} → {lvl(g.to)}
                            {g.anchor && <span> — at level {g.anchor.level}, e.g. “{g.anchor.description}”</span>}
                          </li>
                        ))}
                      </ul>
                      <p className="pth-small"><strong>What transfers</strong> (already at the level needed):</p>
                      <p className="pth-small">{p.transfers.map((t) => `${t.element} (${lvl(t.level)})`).join(', ') || '—'}</p>
                    </details>
                  </td>
                </tr>,
              ])}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted pth-small">
        † the target has no O*NET skill ratings of its own; it borrows those of the occupation with the most similar tasks. Openings are BLS annual averages.{' '}
        <a href={`/api/v1/occupations/${source.code}/paths?${new URLSearchParams({ w_skills: String(w.skills), w_exposure: String(w.exposure), w_wage: String(w.wage), w_growth: String(w.growth), limit: String(limit), desirable_first: String(desirableFirst) })}`}>These paths as JSON</a>. {jobZoneRule}.
      </p>
    </>
  );
}

const r4 = (v: number) => round(v, 4);
const n4 = (v: number | null) => roundOrNull(v, 4);
