import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { blsOews, educationCategories, elements, elementScores, jobZones, occupationElements, occupationTitles, referenceIndices, relatedOccupations, tasks, taskScores, technologySkills, type ElementDomain } from '../../db/schema';
import { derived, type DataContext } from '../data/context';
import { occupationFacts as f } from './facts';
import { occupationIndex, type OccupationRow } from './occupations';

export interface Exemplar {
  group_id: string;
  text: string;
  similarity: number;
}
export interface Neighbour {
  task_id: number;
  statement: string;
  label: string;
  similarity: number;
}
export interface Evidence {
  exemplars: Exemplar[];
  neighbours: Neighbour[];
}

export interface TaskRow {
  task_id: number;
  statement: string;
  task_type: 'Core' | 'Supplemental' | 'n/a';
  importance: number | null;
  weight: number;
  p_e0: number | null;
  p_e1: number | null;
  p_e2: number | null;
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  method: 'calibrated' | 'rubric' | null;
  spread: number | null;
  evidence: Evidence | null;
}

export interface ElementRow {
  element_id: string;
  name: string;
  domain: ElementDomain;
  importance: number | null;
  level: number | null;
  beta: number | null;
}

export interface ReferenceValue {
  source: (typeof referenceIndices.$inferSelect)['source'];
  code: string;
  title: string;
  value: number;
  /** Percentile of this value among all occupations the source covers (0–100). */
  percentile: number;
}

export interface OccupationDetail extends OccupationRow {
  description: string;
  job_zone_name: string | null;
  job_zone_education: string | null;
  education_category: string | null;
  education_share: number | null;
  rubric_beta: number | null;
  /** the OEWS row this occupation's employment comes from, its total, and how many O*NET codes share it */
  oews_code: string | null;
  oews_employment: number | null;
  oews_sharers: number | null;
}

const detailedOews = alias(blsOews, 'detailed_oews');

const DETAIL = derived('occupationDetail', ({ db }) =>
  db
    .select({
      description: f.description,
      job_zone_name: jobZones.name,
      job_zone_education: jobZones.education,
      education_category: educationCategories.description,
      education_share: f.education_share,
      rubric_beta: f.rubric_beta,
      oews_code: f.oews_code,
      oews_employment: detailedOews.employment,
      oews_sharers: f.oews_sharers,
    })
    .from(f)
    .leftJoin(jobZones, eq(jobZones.job_zone, f.job_zone))
    .leftJoin(educationCategories, eq(educationCategories.category, f.education_category))
    .leftJoin(detailedOews, and(eq(detailedOews.occ_code, f.oews_code), eq(detailedOews.o_group, 'detailed')))
    .where(eq(f.onet_soc_code, sql.placeholder('code')))
    .prepare(),
);

export function getOccupation(code: string, data: DataContext): OccupationDetail | null {
  const base = occupationIndex(data).get(code);
  if (!base) return null;
  const extra = data.get(DETAIL).get({ code });
  return extra ? { ...base, ...extra } : null;
}

function parseEvidence(s: string | null): Evidence | null {
  if (!s) return null;
  try {
    const e = JSON.parse(s) as Partial<Evidence>;
    return { exemplars: e.exemplars ?? [], neighbours: e.neighbours ?? [] };
  } catch {
    return null;
  }
}

const TASKS = derived('occupationTasks', ({ db }) =>
  db
    .select({
      task_id: tasks.task_id,
      statement: tasks.statement,
      task_type: tasks.task_type,
      importance: tasks.importance,
      weight: tasks.weight,
      p_e0: taskScores.p_e0,
      p_e1: taskScores.p_e1,
      p_e2: taskScores.p_e2,
      alpha: taskScores.alpha,
      beta: taskScores.beta,
      gamma: taskScores.gamma,
      method: taskScores.method,
      spread: taskScores.spread,
      evidence: taskScores.evidence,
    })
    .from(tasks)
    .leftJoin(taskScores, eq(taskScores.task_id, tasks.task_id))
    .where(eq(tasks.onet_soc_code, sql.placeholder('code')))
    .orderBy(desc(sql`coalesce(${taskScores.beta}, -1)`), desc(tasks.weight), asc(tasks.task_id))
    .prepare(),
);

export function getTasks(code: string, data: DataContext): TaskRow[] {
  return data
    .get(TASKS)
    .all({ code })
    .map((r) => ({ ...r, evidence: parseEvidence(r.evidence) }));
}

const ELEMENTS = derived('occupationElements', ({ db }) =>
  db
    .select({ element_id: elements.element_id, name: elements.name, domain: elements.domain, importance: occupationElements.importance, level: occupationElements.level, beta: elementScores.beta })
    .from(occupationElements)
    .innerJoin(elements, eq(elements.element_id, occupationElements.element_id))
    .leftJoin(elementScores, eq(elementScores.element_id, elements.element_id))
    .where(and(eq(occupationElements.onet_soc_code, sql.placeholder('code')), eq(occupationElements.not_relevant, false)))
    .orderBy(asc(elements.domain), desc(occupationElements.importance))
    .prepare(),
);

export function getElements(code: string, data: DataContext): ElementRow[] {
  return data.get(ELEMENTS).all({ code });
}

export interface TitleRow {
  title: string;
  kind: 'alternate' | 'reported';
}
const TITLES = derived('occupationTitles', ({ db }) =>
  db
    .select({ title: occupationTitles.title, kind: occupationTitles.kind })
    .from(occupationTitles)
    .where(eq(occupationTitles.onet_soc_code, sql.placeholder('code')))
    .orderBy(desc(eq(occupationTitles.kind, 'reported')), desc(occupationTitles.shown_in_my_next_move), asc(occupationTitles.title))
    .prepare(),
);

export function getTitles(code: string, data: DataContext): TitleRow[] {
  return data.get(TITLES).all({ code });
}

export interface RelatedRow {
  onet_soc_code: string;
  title: string;
  tier: string;
  beta: number | null;
  employment: number | null;
  median_wage: number | null;
  oews_code: string | null;
  oews_sharers: number | null;
}
const RELATED = derived('relatedOccupations', ({ db }) =>
  db
    .select({ related_code: relatedOccupations.related_code, tier: relatedOccupations.tier })
    .from(relatedOccupations)
    .where(eq(relatedOccupations.onet_soc_code, sql.placeholder('code')))
    .orderBy(asc(relatedOccupations.rank))
    .prepare(),
);

export function getRelated(code: string, data: DataContext): RelatedRow[] {
  const idx = occupationIndex(data);
  const rows = data.get(RELATED).all({ code });
  return rows.flatMap((r) => {
    const o = idx.get(r.related_code);
    return o ? [{ onet_soc_code: o.onet_soc_code, title: o.title, tier: r.tier, beta: o.beta, employment: o.employment, median_wage: o.median_wage, oews_code: o.oews_code, oews_sharers: o.oews_sharers }] : [];
  });
}

export interface HotTechnology {
  example: string;
  commodity_title: string;
  hot: boolean;
}
const TECHNOLOGY = derived('occupationTechnology', ({ db }) =>
  db
    .select({ example: technologySkills.example, commodity_title: technologySkills.commodity_title, hot: technologySkills.hot })
    .from(technologySkills)
    .where(eq(technologySkills.onet_soc_code, sql.placeholder('code')))
    .orderBy(desc(technologySkills.hot), desc(technologySkills.in_demand), asc(technologySkills.example))
    .prepare(),
);

export function getTechnology(code: string, data: DataContext): HotTechnology[] {
  return data.get(TECHNOLOGY).all({ code });
}

/** Sorted values per source, for percentiles. */
const DISTRIBUTIONS = derived('referenceDistributions', ({ db }) => {
  const m = new Map<string, number[]>();
  for (const r of db.select({ source: referenceIndices.source, value: referenceIndices.value }).from(referenceIndices).all()) {
    if (!m.has(r.source)) m.set(r.source, []);
    m.get(r.source)!.push(r.value);
  }
  for (const v of m.values()) v.sort((a, b) => a - b);
  return m;
});

export function percentileOf(sorted: number[], v: number): number {
  if (sorted.length === 0) return 0;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  let hi2 = lo;
  while (hi2 < sorted.length && sorted[hi2] === v) hi2++;
  return (100 * (lo + hi2)) / 2 / sorted.length;
}

/** Published indices covering this occupation: Eloundou by O*NET code, the others by 6-digit SOC. */
const REFERENCES = derived('referenceValues', ({ db }) =>
  db
    .select({ source: referenceIndices.source, code: referenceIndices.code, title: referenceIndices.title, value: referenceIndices.value })
    .from(referenceIndices)
    .where(or(eq(referenceIndices.code, sql.placeholder('code')), eq(referenceIndices.code, sql.placeholder('soc'))))
    .orderBy(asc(referenceIndices.source))
    .prepare(),
);

export function getReferenceValues(code: string, socCode: string, data: DataContext): ReferenceValue[] {
  const dist = data.get(DISTRIBUTIONS);
  const rows = data.get(REFERENCES).all({ code, soc: socCode });
  return rows.map((r) => ({ ...r, percentile: percentileOf(dist.get(r.source) ?? [], r.value) }));
}

export const REFERENCE_LABELS: Record<ReferenceValue['source'], { name: string; scale: string }> = {
  eloundou_gpt4_beta: { name: 'Eloundou et al. (2023), GPT-4 rated beta', scale: '0–1 share of tasks' },
  eloundou_human_beta: { name: 'Eloundou et al. (2023), human rated beta', scale: '0–1 share of tasks' },
  microsoft_applicability: { name: 'Microsoft “Working with AI” (2025), AI applicability', scale: 'applicability score' },
  felten_lm_aioe: { name: 'Felten et al. LM-AIOE (language modelling)', scale: 'standardised index' },
};

/**
 * How this occupation's tasks were weighted, in words, from the weights the pipeline stored:
 * O*NET importance when Task Ratings were present, else by task type.
 */
export function taskWeighting(tasks: Array<Pick<TaskRow, 'task_type' | 'importance' | 'weight'>>): string {
  if (tasks.some((t) => t.importance !== null)) return 'tasks weighted by their O*NET importance rating';
  const name = { Core: 'core tasks', Supplemental: 'supplemental tasks', 'n/a': 'untyped tasks' } as const;
  const seen = new Map<TaskRow['task_type'], number>();
  for (const t of tasks) if (!seen.has(t.task_type)) seen.set(t.task_type, t.weight);
  const parts = (['Core', 'Supplemental', 'n/a'] as const).filter((k) => seen.has(k)).map((k) => `${name[k]} count ${Math.round(seen.get(k)! * 100) / 100}`);
  return parts.length <= 1 ? 'every task counts the same' : parts.join(', ');
}

const STATEMENT = derived('taskStatement', ({ db }) => db.select({ statement: tasks.statement }).from(tasks).where(eq(tasks.task_id, sql.placeholder('id'))).prepare());

/** Task statements by O*NET task id (unknown ids are left out). */
export function taskStatements(ids: number[], data: DataContext): Map<number, string> {
  const q = data.get(STATEMENT);
  return new Map(ids.flatMap((id) => {
    const r = q.get({ id });
    return r ? [[id, r.statement] as const] : [];
  }));
}
