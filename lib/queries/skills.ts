import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { elements, occupationElements, occupationLabor, occupations, occupationScores, type ElementDomain } from '../../db/schema';

/** The O*NET element domains (skill, knowledge, ability, work activity…), for validating a query. */
export { ELEMENT_DOMAINS } from '../../db/schema';
import { derived, type DataContext } from '../data/context';
import { chainElementScores } from '../skills/aggregate';
import { skillChainData } from './skill-chain';

export interface SkillRow {
  element_id: string;
  name: string;
  domain: ElementDomain;
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  employment: number | null;
  occupations: number | null;
  rated_occupations: number;
}

/** Allocated BLS employment per O*NET code (codes sharing a SOC code share it). */
export const EMPLOYMENT = derived('employmentByCode', ({ db }) =>
  new Map(db.select({ code: occupationLabor.onet_soc_code, employment: occupationLabor.employment }).from(occupationLabor).all().map((r) => [r.code, r.employment])),
);

const LIST = derived('listSkills', (data): SkillRow[] => {
  const scores = new Map(chainElementScores(skillChainData(data), data.get(EMPLOYMENT)).map((s) => [s.element_id, s]));
  const rated = data.db.select({ element_id: occupationElements.element_id, n: count().as('n') }).from(occupationElements).groupBy(occupationElements.element_id).as('rated');
  const rows = data.db
    .select({ element_id: elements.element_id, name: elements.name, domain: elements.domain, rated_occupations: rated.n })
    .from(elements)
    .leftJoin(rated, eq(rated.element_id, elements.element_id))
    .orderBy(asc(elements.domain), asc(elements.element_id))
    .all();
  return rows.map((r) => {
    const s = scores.get(r.element_id);
    return { ...r, rated_occupations: r.rated_occupations ?? 0, alpha: s?.alpha ?? null, beta: s?.beta ?? null, gamma: s?.gamma ?? null, employment: s?.employment ?? null, occupations: s?.occupations ?? null };
  });
});

/**
 * Every rated element; skills and knowledge with their exposure through the work that uses them
 * (tasks → work activities ← elements, lib/skills), nationally, employment- and importance-weighted.
 */
export function listSkills(data: DataContext): SkillRow[] {
  return data.get(LIST);
}

export interface SkillOccupation {
  onet_soc_code: string;
  title: string;
  importance: number | null;
  level: number | null;
  beta: number | null;
}

const TOP = derived('skillTopOccupations', ({ db }) =>
  db
    .select({ onet_soc_code: occupations.onet_soc_code, title: occupations.title, importance: occupationElements.importance, level: occupationElements.level, beta: occupationScores.beta })
    .from(occupationElements)
    .innerJoin(occupations, eq(occupations.onet_soc_code, occupationElements.onet_soc_code))
    .leftJoin(occupationScores, eq(occupationScores.onet_soc_code, occupations.onet_soc_code))
    .where(and(eq(occupationElements.element_id, sql.placeholder('id')), eq(occupationElements.not_relevant, false)))
    .orderBy(desc(occupationElements.importance), desc(occupationElements.level))
    .limit(sql.placeholder('limit'))
    .prepare(),
);

/** Occupations where a skill matters most (importance), with their exposure. */
export function skillTopOccupations(elementId: string, limit: number, data: DataContext): SkillOccupation[] {
  return data.get(TOP).all({ id: elementId, limit });
}
