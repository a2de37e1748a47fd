import type Database from 'better-sqlite3';
import { deriveLinks, elementBeta, gwaShares, type ChainTask, type ElementLinks } from './chain';
import { splitSkills, type SkillSplitResult } from './split';

/** Everything the skill chain needs, read once per open database. */
export interface SkillChainData {
  tasks: Map<string, ChainTask[]>;
  links: ElementLinks;
  /** knowledge areas whose links are derived (not published by O*NET) */
  derived: Set<string>;
  gwaNames: Map<string, string>;
  elements: Map<string, { name: string; domain: 'skill' | 'knowledge' }>;
  /** occupation → element → rating */
  ratings: Map<string, Map<string, { importance: number; level: number | null }>>;
}

const cache = new WeakMap<Database.Database, SkillChainData>();

export function skillChainData(sqlite: Database.Database): SkillChainData {
  const hit = cache.get(sqlite);
  if (hit) return hit;
  const tasks = new Map<string, ChainTask[]>();
  const byId = new Map<number, ChainTask>();
  for (const r of sqlite
    .prepare('SELECT t.task_id, t.onet_soc_code code, t.statement, t.weight, s.alpha, s.beta, s.gamma FROM tasks t JOIN task_scores s USING (task_id) ORDER BY t.task_id')
    .all() as Array<{ task_id: number; code: string; statement: string; weight: number; alpha: number; beta: number; gamma: number }>) {
    const t: ChainTask = { task_id: r.task_id, statement: r.statement, weight: r.weight, alpha: r.alpha, beta: r.beta, gamma: r.gamma, gwas: new Map() };
    byId.set(r.task_id, t);
    const l = tasks.get(r.code) ?? [];
    l.push(t);
    tasks.set(r.code, l);
  }
  const td = sqlite.prepare('SELECT td.task_id, i.element_id gwa FROM task_dwas td JOIN dwas d USING (dwa_id) JOIN iwas i ON i.iwa_id = d.iwa_id').all() as Array<{ task_id: number; gwa: string }>;
  const perTask = new Map<number, number>();
  for (const r of td) perTask.set(r.task_id, (perTask.get(r.task_id) ?? 0) + 1);
  for (const r of td) {
    const t = byId.get(r.task_id);
    if (t) t.gwas.set(r.gwa, (t.gwas.get(r.gwa) ?? 0) + 1 / perTask.get(r.task_id)!);
  }
  // Tasks without a DWA carry no activity: they cannot tie an element to exposure.
  for (const [code, l] of tasks) tasks.set(code, l.filter((t) => t.gwas.size > 0));

  const gwaNames = new Map<string, string>();
  const links: ElementLinks = new Map();
  for (const r of sqlite.prepare('SELECT activity_id, activity_name FROM element_activity_links').all() as Array<{ activity_id: string; activity_name: string }>) gwaNames.set(r.activity_id, r.activity_name);
  for (const r of sqlite.prepare("SELECT element_id, activity_id FROM element_activity_links WHERE source = 'skills'").all() as Array<{ element_id: string; activity_id: string }>) {
    const m = links.get(r.element_id) ?? new Map<string, number>();
    m.set(r.activity_id, 1);
    links.set(r.element_id, m);
  }
  for (const r of sqlite.prepare("SELECT element_id, name FROM elements WHERE domain = 'work_activity'").all() as Array<{ element_id: string; name: string }>) gwaNames.set(r.element_id, r.name);
  const elements = new Map((sqlite.prepare("SELECT element_id, name, domain FROM elements WHERE domain IN ('skill','knowledge')").all() as Array<{ element_id: string; name: string; domain: 'skill' | 'knowledge' }>).map((e) => [e.element_id, { name: e.name, domain: e.domain }]));
  const ratings = new Map<string, Map<string, { importance: number; level: number | null }>>();
  for (const r of sqlite
    .prepare("SELECT oe.onet_soc_code code, oe.element_id, oe.importance, oe.level FROM occupation_elements oe JOIN elements e USING (element_id) WHERE e.domain IN ('skill','knowledge') AND oe.importance IS NOT NULL")
    .all() as Array<{ code: string; element_id: string; importance: number; level: number | null }>) {
    const m = ratings.get(r.code) ?? new Map();
    m.set(r.element_id, { importance: r.importance, level: r.level });
    ratings.set(r.code, m);
  }
  // Knowledge areas (and the few skills O*NET links to no activity: Science, Operations Analysis,
  // Installation): links derived from co-variation across the occupations that have both.
  const knowledge = [...elements].filter(([id, e]) => e.domain === 'knowledge' || !links.has(id)).map(([id]) => id);
  const occ = [...tasks].flatMap(([code, ts]) => {
    const imp = ratings.get(code);
    if (!imp || ts.length === 0) return [];
    return [{ importance: new Map([...imp].map(([id, r]) => [id, r.importance])), shares: gwaShares(ts) }];
  });
  const gwas = [...new Set([...tasks.values()].flatMap((ts) => ts.flatMap((t) => [...t.gwas.keys()])))].sort();
  const derivedLinks = deriveLinks(occ, knowledge, gwas);
  for (const [e, m] of derivedLinks) links.set(e, m);
  const data: SkillChainData = { tasks, links, derived: new Set(derivedLinks.keys()), gwaNames, elements, ratings };
  cache.set(sqlite, data);
  return data;
}

/** One occupation's skills and knowledge split into exposed and durable, with the tasks behind each. */
export function occupationSkillSplit(sqlite: Database.Database, code: string): SkillSplitResult {
  const d = skillChainData(sqlite);
  const elements = [...(d.ratings.get(code) ?? [])].flatMap(([id, r]) => {
    const e = d.elements.get(id);
    return e ? [{ element_id: id, name: e.name, domain: e.domain, importance: r.importance, level: r.level }] : [];
  });
  return splitSkills(d.tasks.get(code) ?? [], elements, d.links, d.derived, d.gwaNames);
}

/** An element's exposure in every occupation that rates it and has tasks carrying it. */
export function elementByOccupation(d: SkillChainData, elementId: string): Map<string, { alpha: number; beta: number; gamma: number; importance: number; level: number | null }> {
  const out = new Map<string, { alpha: number; beta: number; gamma: number; importance: number; level: number | null }>();
  const links = d.links.get(elementId);
  for (const [code, rs] of d.ratings) {
    const r = rs.get(elementId);
    if (!r) continue;
    const x = elementBeta(d.tasks.get(code) ?? [], links);
    if (x) out.set(code, { alpha: x.alpha, beta: x.beta, gamma: x.gamma, importance: r.importance, level: r.level });
  }
  return out;
}
