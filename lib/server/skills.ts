/**
 * Read models for one skill/knowledge element and for hot technologies. Employment per O*NET code
 * is the allocated BLS employment (codes sharing a SOC code share it), so sums never double-count.
 */
import type Database from 'better-sqlite3';
import { IMPORTANCE_FLOOR } from '../score/aggregate';

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
}

export function elementDetail(db: Database.Database, id: string): ElementDetail | null {
  const e = db
    .prepare(`SELECT e.element_id, e.name, e.domain, s.alpha, s.beta, s.gamma, s.employment, s.occupations FROM elements e LEFT JOIN element_scores s USING (element_id) WHERE e.element_id = ? AND e.domain IN ('skill','knowledge')`)
    .get(id) as Omit<ElementDetail, 'rank' | 'of'> | undefined;
  if (!e) return null;
  const betas = (db.prepare('SELECT s.beta FROM element_scores s JOIN elements e USING (element_id) WHERE e.domain = ? ORDER BY s.beta DESC').pluck().all(e.domain) as number[]);
  return { ...e, rank: e.beta === null ? null : betas.filter((b) => b > e.beta!).length + 1, of: betas.length };
}

export interface ElementDriver {
  onet_soc_code: string;
  title: string;
  importance: number;
  level: number | null;
  beta: number;
  employment: number;
  /** employment × (importance − IMPORTANCE_FLOOR, at least 0) × beta: how much exposed work this occupation brings to the element (the element score's own weights) */
  weight: number;
  /** share of the element's importance- and employment-weighted exposure */
  share: number;
}

/** Occupations rating the element, by their contribution to its score (aggregateElements' weight × beta). */
export function elementDrivers(db: Database.Database, id: string): ElementDriver[] {
  const rows = db
    .prepare(
      `SELECT o.onet_soc_code, o.title, oe.importance, oe.level, s.beta, coalesce(l.employment, 0) employment
       FROM occupation_elements oe JOIN occupations o USING (onet_soc_code) JOIN occupation_scores s USING (onet_soc_code)
       LEFT JOIN occupation_labor l USING (onet_soc_code)
       WHERE oe.element_id = ? AND oe.importance IS NOT NULL AND coalesce(l.employment, 0) > 0`,
    )
    .all(id) as Array<Omit<ElementDriver, 'weight' | 'share'>>;
  const weight = (r: (typeof rows)[number]) => Math.max(0, r.importance - IMPORTANCE_FLOOR) * r.employment * r.beta;
  const total = rows.reduce((t, r) => t + weight(r), 0) || 1;
  return rows.map((r) => ({ ...r, weight: weight(r), share: weight(r) / total })).sort((a, b) => b.weight - a.weight || b.importance - a.importance);
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
