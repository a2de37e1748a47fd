import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { Chart } from '@/app/_components/charts/chart';
import { DataTable, type Column } from '@/app/_components/data-table';
import { exposureColor } from '@/lib/charts/color';
import { compact, exposureWords, num, score } from '@/lib/charts/format';
import { requestData } from '@/app/_data';
import { atlasVersion } from '@/lib/queries/meta';
import { IMPORTANCE_FLOOR } from '@/lib/score/aggregate';
import { elementDetail, elementDrivers } from '@/lib/queries/element-detail';
import { round } from '@/lib/round';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ element: string }> };

const ELEMENT_ID = /^[0-9A-Za-z.]{1,20}$/;

const DRIVER_COLUMNS: Column[] = [
  { head: 'Occupation' },
  { head: 'Importance', num: true },
  { head: 'Level', num: true },
  { head: 'Beta of its work', num: true, title: 'Beta of the tasks that carry it in this occupation' },
  { head: 'Workers', num: true },
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).element);
  const e = ELEMENT_ID.test(id) ? elementDetail(requestData(), id) : null;
  return { title: e ? `${e.name} (${e.domain})` : 'Skill' };
}

export default async function SkillPage({ params }: Props) {
  const id = decodeURIComponent((await params).element);
  if (!ELEMENT_ID.test(id)) notFound();
  const db = requestData();
  const e = elementDetail(db, id);
  if (!e) notFound();
  const drivers = elementDrivers(db, id);
  const top = drivers.slice(0, 20);
  const relying = drivers.filter((d) => d.importance >= 3);
  const sheltered = [...relying].sort((a, b) => a.beta - b.beta || b.employment - a.employment).filter((d) => d.employment >= 10000).slice(0, 10);
  const permalink = `/skills/${id}`;
  return (
    <>
      <p className="muted">
        <Link href="/skills">← Skills and knowledge</Link> · <Link href="/skills/technology">Hot technologies</Link>
      </p>
      <h1>
        {e.name} <span className="pill">{e.domain}</span>
      </h1>
      <div className="cards">
        <div className="card">
          <div className="value">{score(e.beta)}</div>
          <div className="label">Exposure (beta) of the work that uses it — {e.beta === null ? 'not scored' : exposureWords(e.beta)}</div>
        </div>
        <div className="card">
          <div className="value">{e.rank ?? '—'} / {e.of}</div>
          <div className="label">Rank among {e.domain === 'skill' ? 'skills' : 'knowledge areas'} (1 = most exposed)</div>
        </div>
        <div className="card">
          <div className="value">{compact(e.employment)}</div>
          <div className="label">Workers in {num(e.occupations)} occupations relying on it (importance ≥ 3 of 5)</div>
        </div>
        <div className="card">
          <div className="value">
            {score(e.alpha)} – {score(e.gamma)}
          </div>
          <div className="label">Alpha (LLM alone) to gamma (with all tools)</div>
        </div>
      </div>
      <p>
        The exposure of a {e.domain === 'skill' ? 'skill' : 'knowledge area'} is that of the work that uses it. In each occupation, it is the beta of the tasks that carry its work
        activities — O*NET maps every task to detailed, intermediate and generalized work activities
        {e.link === 'derived'
          ? '; O*NET publishes no knowledge-to-activity links, so this area is tied to the activities whose share of the work rises with its importance across occupations'
          : ', and links each skill to the generalized activities that use it'}
        {e.activities.length > 0 ? ` (here: ${e.activities.join('; ')})` : ''}. Nationally, occupations are weighted by how important it is to each (O*NET importance above the
        scale&apos;s midpoint, {IMPORTANCE_FLOOR}) and by how many people work in them (BLS). The occupations below drive that figure: their contribution is employment × (importance −{' '}
        {IMPORTANCE_FLOOR}) × its beta there.
      </p>
      <ChartFrame
        id="skill-drivers"
        title={`Occupations that drive the exposure of ${e.name}`}
        subtitle="Share of the importance- and employment-weighted exposure; colour: the beta of the tasks using it in that occupation (viridis)"
        version={atlasVersion(db)}
        permalink={permalink}
        embed={false}
        data={{ header: ['onet_soc_code', 'title', 'importance', 'level', 'beta_of_its_work', 'occupation_beta', 'employment', 'share_of_exposure'], rows: drivers.map((d) => [d.onet_soc_code, d.title, d.importance, d.level, round(d.beta, 4), round(d.occupation_beta, 4), d.employment, round(d.share, 5)]) }}
      >
        <Chart
          spec={{
            kind: 'hbar',
            ariaLabel: `Occupations that drive the exposure of ${e.name}`,
            format: 'percent',
            data: top.map((d) => ({ label: d.title, value: d.share, color: exposureColor(d.beta), tooltip: `${d.title}: beta of the tasks using it ${score(d.beta)} (occupation ${score(d.occupation_beta)}), importance ${d.importance.toFixed(1)}, ${d.employment.toLocaleString('en-US')} workers`, note: `${(d.share * 100).toFixed(1)}% · beta ${score(d.beta)}` })),
            xTitle: "Share of the skill's weighted exposure",
            xMax: Math.max(0.01, ...top.map((d) => d.share)) * 1.25,
            labelWidth: 300,
          }}
        />
      </ChartFrame>
      <div className="grid grid-2">
        <section style={{ minWidth: 0 }}>
          <h2>Where it matters most</h2>
          <DataTable wrap="table-wrap tall" columns={DRIVER_COLUMNS}>
            {[...relying].sort((a, b) => b.importance - a.importance || b.employment - a.employment).slice(0, 40).map((d) => (
              <tr key={d.onet_soc_code}>
                <td>
                  <Link href={`/occupations/${d.onet_soc_code}`}>{d.title}</Link>
                  {d.tasks.length > 0 && (
                    <details>
                      <summary className="muted">tasks behind it</summary>
                      <ul>{d.tasks.map((t) => <li key={t.task_id}>{t.statement} <span className="muted">(beta {score(t.beta)}, via {t.via})</span></li>)}</ul>
                    </details>
                  )}
                </td>
                <td className="num">{score(d.importance)}</td>
                <td className="num">{d.level === null ? '—' : score(d.level)}</td>
                <td className="num"><span className="bar" style={{ width: `${Math.round(d.beta * 40)}px`, background: exposureColor(d.beta) }} aria-hidden="true" /> {score(d.beta)}</td>
                <td className="num">{compact(d.employment)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
        <section style={{ minWidth: 0 }}>
          <h2>Where it is sheltered</h2>
          <p className="muted">Large occupations (≥ 10,000 workers) that rely on it with the lowest exposure: where this skill keeps its value.</p>
          <ul>
            {sheltered.map((d) => (
              <li key={d.onet_soc_code}>
                <Link href={`/occupations/${d.onet_soc_code}`}>{d.title}</Link> — beta of its work {score(d.beta)}, {compact(d.employment)} workers
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
