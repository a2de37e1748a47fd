/**
 * Read models for one skill/knowledge element (its exposure through the work that uses it,
 * lib/skills) and for hot technologies. Employment per O*NET code
 * is the allocated BLS employment (codes sharing a SOC code share it), so sums never double-count.
 */
import { eq, min } from 'drizzle-orm';
import { occupationLabor, occupations, occupationScores, technologySkills } from '../../db/schema';
import { derived, type DataContext } from '../data/context';
import { EMPLOYMENT } from './skills';
import { IMPORTANCE_FLOOR } from '../score/aggregate';
import { elementExposure } from '../skills/chain';
import { chainElementScores, perOccupation } from '../skills/aggregate';
import { skillChainData } from './skill-chain';

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

const SCORES = derived('chainElementScores', (data) => chainElementScores(skillChainData(data), data.get(EMPLOYMENT)));

/** One skill or knowledge area with its national exposure through the work that uses it (lib/skills/aggregate). */
export function elementDetail(data: DataContext, id: string): ElementDetail | null {
  const d = skillChainData(data);
  const meta = d.elements.get(id);
  if (!meta) return null;
  const scores = data.get(SCORES);
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
const SCORED = derived('scoredOccupations', ({ db }) =>
  new Map(
    db
      .select({ onet_soc_code: occupations.onet_soc_code, title: occupations.title, beta: occupationScores.beta, employment: occupationLabor.employment })
      .from(occupations)
      .innerJoin(occupationScores, eq(occupationScores.onet_soc_code, occupations.onet_soc_code))
      .leftJoin(occupationLabor, eq(occupationLabor.onet_soc_code, occupations.onet_soc_code))
      .all()
      .map((r) => [r.onet_soc_code, { ...r, employment: r.employment ?? 0 }]),
  ),
);

const PER_OCCUPATION = derived('elementsPerOccupation', (data) => perOccupation(skillChainData(data)));

export function elementDrivers(data: DataContext, id: string): ElementDriver[] {
  const d = skillChainData(data);
  const per = data.get(PER_OCCUPATION).get(id);
  if (!per) return [];
  const occ = data.get(SCORED);
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

const HOT = derived('hotTechnologies', ({ db }): HotTechnology[] => {
  const rows = db
    .select({ example: technologySkills.example, commodity_title: min(technologySkills.commodity_title), onet_soc_code: technologySkills.onet_soc_code, title: occupations.title, beta: occupationScores.beta, employment: occupationLabor.employment })
    .from(technologySkills)
    .innerJoin(occupations, eq(occupations.onet_soc_code, technologySkills.onet_soc_code))
    .innerJoin(occupationScores, eq(occupationScores.onet_soc_code, technologySkills.onet_soc_code))
    .leftJoin(occupationLabor, eq(occupationLabor.onet_soc_code, technologySkills.onet_soc_code))
    .where(eq(technologySkills.hot, true))
    .groupBy(technologySkills.example, technologySkills.onet_soc_code)
    .all()
    .map((r) => ({ ...r, commodity_title: r.commodity_title ?? '', employment: r.employment ?? 0 }));
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
});

export function hotTechnologies(data: DataContext): HotTechnology[] {
  return data.get(HOT);
}
