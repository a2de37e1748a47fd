/**
 * Read models for one skill/knowledge element (its exposure through the work that uses it,
 * lib/skills) and for hot technologies. Employment per O*NET code
 * is the allocated BLS employment (codes sharing a SOC code share it), so sums never double-count.
 */
import type Database from 'better-sqlite3';
import { IMPORTANCE_FLOOR } from '../score/aggregate';
import { elementExposure } from '../skills/chain';
import { chainElementScores, perOccupation } from '../skills/aggregate';
import { skillChainData } from '../skills/load';

export interface ElementDetail {
  element_id: string;
  name: string;
  domain: string;
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  employment: number | null;
  occupations: number | null;
  /** rank by beta among elements of the same domain (1 = most exposed) and their number */
  rank: number | null;
  of: number;
  /** 'onet': tied to work through O*NET's skill → work activity links; 'derived': a knowledge area linked by co-variation */
  link: 'onet' | 'derived' | null;
  /** the generalized work activities it is tied to, strongest first */
  activities: string[];
}

function employmentOf(db: Database.Database): Map<string, number | null> {
  return new Map((db.prepare('SELECT onet_soc_code, employment FROM occupation_labor').all() as Array<{ onet_soc_code: string; employment: number | null }>).map((r) => [r.onet_soc_code, r.employment]));
}

/** One skill or knowledge area with its national exposure through the work that uses it (lib/skills/aggregate). */
export function elementDetail(db: Database.Database, id: string): ElementDetail | null {
  const d = skillChainData(db);
  const meta = d.elements.get(id);
  if (!meta) return null;
  const scores = chainElementScores(d, employmentOf(db));
  const mine = scores.find((x) => x.element_id === id) ?? null;
  const peers = scores.filter((x) => d.elements.get(x.element_id)?.domain === meta.domain);
  const links = d.links.get(id);
  return {
    element_id: id,
    name: meta.name,
    domain: meta.domain,
    alpha: mine?.alpha ?? null,
    beta: mine?.beta ?? null,
    gamma: mine?.gamma ?? null,
    employment: mine?.employment ?? null,
    occupations: mine?.occupations ?? null,
    rank: mine ? peers.filter((x) => x.beta > mine.beta).length + 1 : null,
    of: peers.length,
    link: links ? (d.derived.has(id) ? 'derived' : 'onet') : null,
    activities: links ? [...links].sort((a, b) => b[1] - a[1]).map(([g]) => d.gwaNames.get(g) ?? g) : [],
  };
}

export interface ElementDriver {
  onet_soc_code: string;
  title: string;
  importance: number;
  level: number | null;
  /** the element's exposure in this occupation: beta of the tasks that carry it */
  beta: number;
  /** the occupation's own beta, for comparison */
  occupation_beta: number;
  employment: number;
  /** employment × (importance − IMPORTANCE_FLOOR, at least 0) × beta: how much exposed work this occupation brings to the element */
  weight: number;
  /** share of the element's importance- and employment-weighted exposure */
  share: number;
  /** the heaviest tasks carrying the element in this occupation */
  tasks: Array<{ task_id: number; statement: string; beta: number; via: string }>;
}

/** Occupations rating the element, by their contribution to its score (employment × importance weight × the element's beta there). */
export function elementDrivers(db: Database.Database, id: string): ElementDriver[] {
  const d = skillChainData(db);
  const per = perOccupation(d).get(id);
  if (!per) return [];
  const occ = new Map(
    (db.prepare('SELECT o.onet_soc_code, o.title, s.beta, coalesce(l.employment, 0) employment FROM occupations o JOIN occupation_scores s USING (onet_soc_code) LEFT JOIN occupation_labor l USING (onet_soc_code)').all() as Array<{ onet_soc_code: string; title: string; beta: number; employment: number }>).map((r) => [r.onet_soc_code, r]),
  );
  const rows = [...per].flatMap(([code, x]) => {
    const o = occ.get(code);
    if (!o || !(o.employment > 0)) return [];
    return [{ onet_soc_code: code, title: o.title, importance: x.importance, level: x.level, beta: x.beta, occupation_beta: o.beta, employment: o.employment, weight: Math.max(0, x.importance - IMPORTANCE_FLOOR) * o.employment * x.beta }];
  });
  const total = rows.reduce((t, r) => t + r.weight, 0) || 1;
  const links = d.links.get(id);
  return rows
    .map((r) => ({ ...r, share: r.weight / total, tasks: [] as ElementDriver['tasks'] }))
    .sort((a, b) => b.weight - a.weight || b.importance - a.importance)
    .map((r, i) => {
      if (i >= 40) return r;
      const x = elementExposure(d.tasks.get(r.onet_soc_code) ?? [], links, d.gwaNames);
      return { ...r, tasks: (x?.tasks ?? []).slice(0, 2).map((t) => ({ task_id: t.task_id, statement: t.statement, beta: t.beta, via: t.via[0] ?? '' })) };
    });
}

export interface HotTechnology {
  example: string;
  commodity_title: string;
  occupations: number;
  employment: number;
  /** employment-weighted mean beta of the occupations listing it */
  beta: number;
  most_exposed: string;
}

export function hotTechnologies(db: Database.Database): HotTechnology[] {
  const rows = db
    .prepare(
      `SELECT t.example, min(t.commodity_title) commodity_title, t.onet_soc_code, o.title, s.beta, coalesce(l.employment, 0) employment
       FROM technology_skills t JOIN occupations o USING (onet_soc_code) JOIN occupation_scores s USING (onet_soc_code) LEFT JOIN occupation_labor l USING (onet_soc_code)
       WHERE t.hot = 1 GROUP BY t.example, t.onet_soc_code`,
    )
    .all() as Array<{ example: string; commodity_title: string; onet_soc_code: string; title: string; beta: number; employment: number }>;
  const acc = new Map<string, { commodity_title: string; n: number; emp: number; eb: number; top: { title: string; v: number } }>();
  for (const r of rows) {
    const a = acc.get(r.example) ?? { commodity_title: r.commodity_title, n: 0, emp: 0, eb: 0, top: { title: '', v: -1 } };
    a.n += 1;
    a.emp += r.employment;
    a.eb += r.employment * r.beta;
    if (r.employment > 0 && r.beta * Math.sqrt(r.employment) > a.top.v) a.top = { title: r.title, v: r.beta * Math.sqrt(r.employment) };
    acc.set(r.example, a);
  }
  return [...acc]
    .filter(([, a]) => a.emp > 0)
    .map(([example, a]) => ({ example, commodity_title: a.commodity_title, occupations: a.n, employment: a.emp, beta: a.eb / a.emp, most_exposed: a.top.title }))
    .sort((a, b) => b.beta - a.beta || a.example.localeCompare(b.example));
}
