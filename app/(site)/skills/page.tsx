import type { Metadata } from 'next';
import { exposureColor } from '@/lib/charts/color';
import { compact, num, score } from '@/lib/charts/format';
import { sqlite } from '@/lib/queries/db';
import { listSkills, type SkillRow } from '@/lib/queries/skills';

export const metadata: Metadata = { title: 'Skills and knowledge' };

function SkillTable({ rows, caption }: { rows: SkillRow[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col" className="num">Beta</th>
            <th scope="col" className="num">Alpha</th>
            <th scope="col" className="num">Gamma</th>
            <th scope="col" className="num" title="Employment in occupations that rely on it">Workers relying on it</th>
            <th scope="col" className="num">Occupations</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.element_id}>
              <td>{s.name}</td>
              <td className="num"><span className="bar" style={{ width: `${Math.round((s.beta ?? 0) * 60)}px`, background: exposureColor(s.beta) }} aria-hidden="true" /> {score(s.beta)}</td>
              <td className="num">{score(s.alpha)}</td>
              <td className="num">{score(s.gamma)}</td>
              <td className="num">{compact(s.employment)}</td>
              <td className="num">{num(s.occupations ?? s.rated_occupations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function SkillsPage() {
  const all = listSkills(sqlite());
  const sort = (rows: SkillRow[]) => [...rows].sort((a, b) => (b.beta ?? -1) - (a.beta ?? -1) || a.name.localeCompare(b.name));
  const skills = sort(all.filter((s) => s.domain === 'skill'));
  const knowledge = sort(all.filter((s) => s.domain === 'knowledge'));
  return (
    <>
      <h1>Skills and knowledge</h1>
      <p className="lede">
        For each O*NET skill and knowledge area: the exposure of the work that relies on it (occupations rating it important), weighted by employment and importance. High means the
        skill sits in work LLMs can speed up; low means it sits in sheltered work.
      </p>
      <p>
        Download: <a href="/api/v1/skills?format=csv" download>all as CSV</a> · <a href="/api/v1/skills">JSON</a>
      </p>
      <div className="grid grid-2">
        <section><h2>Skills ({skills.length})</h2><SkillTable rows={skills} caption="Skill" /></section>
        <section><h2>Knowledge ({knowledge.length})</h2><SkillTable rows={knowledge} caption="Knowledge area" /></section>
      </div>
    </>
  );
}
