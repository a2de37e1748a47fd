import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { Chart } from '@/app/_components/charts/chart';
import { DataTable, type Column } from '@/app/_components/data-table';
import { exposureColor } from '@/lib/charts/color';
import { compact, num, score, signed } from '@/lib/charts/format';
import { IMPORTANCE_FLOOR } from '@/lib/score/aggregate';
import { requestData } from '@/app/_data';
import { atlasVersion } from '@/lib/queries/meta';
import { shiftGroups, skillShifts, type SkillShift } from '@/lib/queries/skill-shifts';
import { SkillsFilterForm } from './filter-form';
import { parseSkillsParams, skillsHref } from './search-params';
import './skills.css';
import { round } from '@/lib/round';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Skills and knowledge' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Colour-blind-safe pair (viridis blue, dark amber); knowledge areas in lighter tints of the same hues. */
const COLORS = { sheltered: { skill: '#31688e', knowledge: '#8fb3cf' }, exposed: { skill: '#b07800', knowledge: '#e0bd6a' } } as const;

/** The figures after each skill's name. */
const SKILL_COLUMNS: Column[] = [
  { head: 'Beta', num: true },
  { head: 'vs mean', num: true, title: 'Beta minus the employment-weighted mean beta of the workers in view' },
  { head: 'Alpha', num: true },
  { head: 'Gamma', num: true },
  { head: 'Workers relying on it', num: true, title: 'Employment in occupations that rely on it (importance ≥ 3)' },
  { head: 'Occupations', num: true },
];

function SkillTable({ rows, caption }: { rows: SkillShift[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={[{ head: caption }, ...SKILL_COLUMNS]}>
      {rows.map((s) => (
        <tr key={s.element_id}>
          <td><Link href={`/skills/${s.element_id}`}>{s.name}</Link></td>
          <td className="num"><span className="bar" style={{ width: `${Math.round(s.beta * 60)}px`, background: exposureColor(s.beta) }} aria-hidden="true" /> {score(s.beta)}</td>
          {[signed(s.diff), score(s.alpha), score(s.gamma), compact(s.employment), num(s.occupations)].map((v, i) => (
            <td key={i} className="num">{v}</td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

export default async function SkillsPage({ searchParams }: Props) {
  const db = requestData();
  const groups = shiftGroups(db);
  const params = parseSkillsParams(await searchParams, new Set(groups.map((g) => g.code)));
  const view = skillShifts(db, params.group);
  const version = atlasVersion(db);
  const rows = view.rows.filter((r) => params.domain === 'all' || r.domain === params.domain);
  const scope = view.groupTitle ? `${view.groupTitle} (${view.group})` : 'all U.S. workers';
  const kinds = params.domain === 'all' ? 'skill and knowledge area' : params.domain === 'skill' ? 'skill' : 'knowledge area';
  const title = `Skills in exposed and sheltered work: ${view.groupTitle ?? 'all workers'}`;
  const permalink = skillsHref(params);
  // Some names are both a skill and a knowledge area (Mathematics): say which in the chart.
  const names = new Map<string, number>();
  for (const r of rows) names.set(r.name, (names.get(r.name) ?? 0) + 1);
  const label = (r: SkillShift) => ((names.get(r.name) ?? 0) > 1 ? `${r.name} (${r.domain})` : r.name);
  const skills = view.rows.filter((r) => r.domain === 'skill');
  const knowledge = view.rows.filter((r) => r.domain === 'knowledge');
  return (
    <div className="skills-page">
      <h1>Skills and knowledge</h1>
      <p className="lede">
        For each O*NET skill and knowledge area: the exposure of the work that uses it, compared with the average worker. Right of the line, the skill is concentrated in work LLMs
        can speed up; left, it sits in sheltered work.
      </p>
      <SkillsFilterForm groups={groups} group={params.group} domain={params.domain} />
      <p className="muted">
        Each {kinds}&apos;s exposure is that of the work that uses it: in each occupation {view.group ? 'of this group ' : ''}that rates it, the beta of the tasks that carry its work
        activities (O*NET&apos;s chain: tasks → detailed, intermediate and generalized work activities, which O*NET links to skills; knowledge areas are linked to the activities
        that rise with their importance across occupations), then averaged over occupations weighted by employment × (importance − {IMPORTANCE_FLOOR}) so work where it barely
        matters does not count. Each skill&apos;s page shows the occupations and tasks behind it. The line is the employment-weighted mean beta of {scope}: <strong>{score(view.mean)}</strong>
        {view.group ? ` (all workers: ${score(view.nationalMean)})` : ''}. Also: <Link href="/skills/technology">hot technologies by exposure</Link>.
      </p>
      <ChartFrame
        id="skill-shifts"
        title={title}
        subtitle={`Exposure (beta) of the work using each ${kinds}, minus the employment-weighted mean of ${scope} (${score(view.mean)}). Darker bars: skills; lighter: knowledge.`}
        version={version}
        permalink={permalink}
        embed={false}
        data={{
          header: ['element_id', 'name', 'domain', 'beta', 'difference_from_mean', 'mean_beta', 'scope', 'workers_relying', 'occupations'],
          rows: rows.map((r) => [r.element_id, r.name, r.domain, round4(r.beta), round4(r.diff), round4(view.mean), view.group ?? 'all', r.employment, r.occupations]),
        }}
      >
        <Chart
          max={760}
          spec={{
            kind: 'diverging',
            ariaLabel: title,
            data: rows.map((r) => ({
              key: r.element_id,
              label: label(r),
              value: r.diff,
              color: COLORS[r.diff >= 0 ? 'exposed' : 'sheltered'][r.domain],
              tooltip: `${r.name} (${r.domain}): beta ${score(r.beta)}, ${signed(r.diff)} vs mean`,
            })),
            format: 'signed-score',
            xTitle: `Beta minus the mean of ${view.groupTitle ?? 'all workers'} (${score(view.mean)})`,
            leftLabel: 'sheltered',
            rightLabel: 'concentrated in exposed work',
            marker: view.group ? { value: view.nationalMean - view.mean, label: 'all-worker mean' } : undefined,
          }}
        />
      </ChartFrame>
      <p>
        Download: <a href="/api/v1/skills?format=csv" download>national figures as CSV</a> · <a href="/api/v1/skills">JSON</a>
      </p>
      <div className="grid grid-2">
        {params.domain !== 'knowledge' && <section><h2>Skills ({skills.length})</h2><SkillTable rows={skills} caption="Skill" /></section>}
        {params.domain !== 'skill' && <section><h2>Knowledge ({knowledge.length})</h2><SkillTable rows={knowledge} caption="Knowledge area" /></section>}
      </div>
    </div>
  );
}

const round4 = (v: number) => round(v, 4);
