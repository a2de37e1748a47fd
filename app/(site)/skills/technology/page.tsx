import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { Chart } from '@/app/_components/charts/chart';
import { exposureColor } from '@/lib/charts/color';
import { compact, score } from '@/lib/charts/format';
import { requestData } from '@/app/_data';
import { atlasVersion } from '@/lib/queries/meta';
import { hotTechnologies, type HotTechnology } from '@/lib/queries/element-detail';
import { round } from '@/lib/round';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Hot technologies by exposure' };

const MIN_OCCUPATIONS = 5;

function TechChart({ id, title, rows, version }: { id: string; title: string; rows: HotTechnology[]; version: string }) {
  return (
    <ChartFrame id={id} title={title} subtitle={`Employment-weighted exposure (beta) of the occupations listing it; technologies listed by ≥ ${MIN_OCCUPATIONS} occupations`} version={version} permalink="/skills/technology" embed={false} compact data={{ header: ['technology', 'category', 'occupations', 'employment', 'beta'], rows: rows.map((t) => [t.example, t.commodity_title, t.occupations, t.employment, round(t.beta, 4)]) }}>
      <Chart max={560} guess={540} spec={{ kind: 'hbar', ariaLabel: title, format: 'fixed1', xTitle: 'Exposure (beta) of the work that uses it', labelWidth: 220, data: rows.map((t) => ({ label: t.example.length > 32 ? `${t.example.slice(0, 31)}…` : t.example, value: t.beta, color: exposureColor(t.beta), tooltip: `${t.example}: ${t.occupations} occupations, ${compact(t.employment)} workers`, note: score(t.beta) })) }} />
    </ChartFrame>
  );
}

export default function TechnologyPage() {
  const db = requestData();
  const all = hotTechnologies(db);
  const ranked = all.filter((t) => t.occupations >= MIN_OCCUPATIONS);
  const version = atlasVersion(db);
  return (
    <>
      <p className="muted">
        <Link href="/skills">← Skills and knowledge</Link>
      </p>
      <h1>Hot technologies by exposure</h1>
      <p className="lede">
        O*NET flags technologies employers ask for often (“hot”). Here each is ranked by the exposure of the work that lists it: the employment-weighted mean beta of the
        occupations that use it. High: the tool sits in work LLMs can speed up; low: in sheltered work.
      </p>
      <div className="grid grid-2">
        <TechChart id="tech-exposed" title="Most exposed hot technologies" rows={ranked.slice(0, 15)} version={version} />
        <TechChart id="tech-sheltered" title="Least exposed hot technologies" rows={ranked.slice(-15).reverse()} version={version} />
      </div>
      <h2 id="all-tech">All {all.length} hot technologies</h2>
      {/* A scrolling region: focusable so keyboard users can scroll it (axe scrollable-region-focusable). */}
      <div className="table-wrap tall" tabIndex={0} role="region" aria-labelledby="all-tech">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Technology</th>
              <th scope="col">Category</th>
              <th scope="col" className="num">Occupations</th>
              <th scope="col" className="num">Workers</th>
              <th scope="col" className="num">Beta</th>
              <th scope="col">Largest exposed user</th>
            </tr>
          </thead>
          <tbody>
            {all.map((t, i) => (
              <tr key={t.example}>
                <td>{i + 1}</td>
                <td>{t.example}</td>
                <td className="muted">{t.commodity_title}</td>
                <td className="num">{t.occupations}</td>
                <td className="num">{compact(t.employment)}</td>
                <td className="num"><span className="bar" style={{ width: `${Math.round(t.beta * 40)}px`, background: exposureColor(t.beta) }} aria-hidden="true" /> {score(t.beta)}</td>
                <td>{t.most_exposed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
