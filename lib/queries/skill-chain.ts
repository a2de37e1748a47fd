import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Reader } from '../../db';
import { dwas, elementActivityLinks, elements, iwas, occupationElements, taskDwas, tasks, taskScores } from '../../db/schema';
import { derived, type DataContext } from '../data/context';
import { deriveLinks, elementBeta, gwaShares, type ChainTask, type ElementLinks } from '../skills/chain';
import { splitSkills, type SkillSplitResult } from '../skills/split';

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

/** The elements the skill chain scores. */
export const CHAIN_DOMAINS = ['skill', 'knowledge'] as const satisfies ReadonlyArray<(typeof elements.$inferSelect)['domain']>;

/** Reads the skill chain from any database that can be read (the app's, or a build's after scoring). */
export function loadSkillChain(db: Reader): SkillChainData {
  const tasksByCode = new Map<string, ChainTask[]>();
  const byId = new Map<number, ChainTask>();
  const scored = db
    .select({ task_id: tasks.task_id, code: tasks.onet_soc_code, statement: tasks.statement, weight: tasks.weight, alpha: taskScores.alpha, beta: taskScores.beta, gamma: taskScores.gamma })
    .from(tasks)
    .innerJoin(taskScores, eq(taskScores.task_id, tasks.task_id))
    .orderBy(asc(tasks.task_id))
    .all();
  for (const r of scored) {
    const t: ChainTask = { task_id: r.task_id, statement: r.statement, weight: r.weight, alpha: r.alpha, beta: r.beta, gamma: r.gamma, gwas: new Map() };
    byId.set(r.task_id, t);
    const l = tasksByCode.get(r.code) ?? [];
    l.push(t);
    tasksByCode.set(r.code, l);
  }
  const td = db.select({ task_id: taskDwas.task_id, gwa: iwas.element_id }).from(taskDwas).innerJoin(dwas, eq(dwas.dwa_id, taskDwas.dwa_id)).innerJoin(iwas, eq(iwas.iwa_id, dwas.iwa_id)).all();
  const perTask = new Map<number, number>();
  for (const r of td) perTask.set(r.task_id, (perTask.get(r.task_id) ?? 0) + 1);
  for (const r of td) {
    const t = byId.get(r.task_id);
    if (t) t.gwas.set(r.gwa, (t.gwas.get(r.gwa) ?? 0) + 1 / perTask.get(r.task_id)!);
  }
  // Tasks without a DWA carry no activity: they cannot tie an element to exposure.
  for (const [code, l] of tasksByCode) tasksByCode.set(code, l.filter((t) => t.gwas.size > 0));

  const gwaNames = new Map<string, string>();
  const links: ElementLinks = new Map();
  for (const r of db.select({ activity_id: elementActivityLinks.activity_id, activity_name: elementActivityLinks.activity_name }).from(elementActivityLinks).all()) gwaNames.set(r.activity_id, r.activity_name);
  for (const r of db.select({ element_id: elementActivityLinks.element_id, activity_id: elementActivityLinks.activity_id }).from(elementActivityLinks).where(eq(elementActivityLinks.source, 'skills')).all()) {
    const m = links.get(r.element_id) ?? new Map<string, number>();
    m.set(r.activity_id, 1);
    links.set(r.element_id, m);
  }
  for (const r of db.select({ element_id: elements.element_id, name: elements.name }).from(elements).where(eq(elements.domain, 'work_activity')).all()) gwaNames.set(r.element_id, r.name);
  const elementMap = new Map<string, { name: string; domain: (typeof CHAIN_DOMAINS)[number] }>();
  for (const e of db.select({ element_id: elements.element_id, name: elements.name, domain: elements.domain }).from(elements).where(inArray(elements.domain, CHAIN_DOMAINS)).all()) {
    if (e.domain === 'skill' || e.domain === 'knowledge') elementMap.set(e.element_id, { name: e.name, domain: e.domain });
  }
  const ratings = new Map<string, Map<string, { importance: number; level: number | null }>>();
  const rated = db
    .select({ code: occupationElements.onet_soc_code, element_id: occupationElements.element_id, importance: occupationElements.importance, level: occupationElements.level })
    .from(occupationElements)
    .innerJoin(elements, eq(elements.element_id, occupationElements.element_id))
    .where(and(inArray(elements.domain, CHAIN_DOMAINS), isNotNull(occupationElements.importance)))
    .all();
  for (const r of rated) {
    if (r.importance === null) continue;
    const m = ratings.get(r.code) ?? new Map();
    m.set(r.element_id, { importance: r.importance, level: r.level });
    ratings.set(r.code, m);
  }
  // Knowledge areas (and the few skills O*NET links to no activity: Science, Operations Analysis,
  // Installation): links derived from co-variation across the occupations that have both.
  const knowledge = [...elementMap].filter(([id, e]) => e.domain === 'knowledge' || !links.has(id)).map(([id]) => id);
  const occ = [...tasksByCode].flatMap(([code, ts]) => {
    const imp = ratings.get(code);
    if (!imp || ts.length === 0) return [];
    return [{ importance: new Map([...imp].map(([id, r]) => [id, r.importance])), shares: gwaShares(ts) }];
  });
  const gwas = [...new Set([...tasksByCode.values()].flatMap((ts) => ts.flatMap((t) => [...t.gwas.keys()])))].sort();
  const derivedLinks = deriveLinks(occ, knowledge, gwas);
  for (const [e, m] of derivedLinks) links.set(e, m);
  return { tasks: tasksByCode, links, derived: new Set(derivedLinks.keys()), gwaNames, elements: elementMap, ratings };
}

const SKILL_CHAIN = derived('skillChain', ({ db }) => loadSkillChain(db));

/** The skill chain of an open database file, read once (≈ 0.3 s). */
export function skillChainData(data: DataContext): SkillChainData {
  return data.get(SKILL_CHAIN);
}

/** One occupation's skills and knowledge split into exposed and durable, with the tasks behind each. */
export function occupationSkillSplit(data: DataContext, code: string): SkillSplitResult {
  const d = skillChainData(data);
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
