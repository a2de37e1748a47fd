/**
 * Exports at every level, read from a built database: tasks, occupations, major groups, skills.
 * Numbers are rounded to 4 decimals for exchange; the database keeps full precision.
 * The rounded and aggregated columns are SQL expressions: their row types are declared once here as
 * zod schemas, and tests/integration/data-types.test.ts checks every row of the real database
 * against them.
 */
import { and, asc, count, eq, gt, isNotNull, sql, type SQLWrapper } from 'drizzle-orm';
import { z } from 'zod';
import type { Reader } from '../../db';
import { elements, elementScores, observedOccupationUse, observedReleases, occupationGroups, tasks, taskScores } from '../../db/schema';
import { occupationFacts as f } from './facts';
import type { Cell } from '../export/csv';

export const LEVELS = ['task', 'occupation', 'group', 'skill'] as const;
export type Level = (typeof LEVELS)[number];

export interface ExportTable {
  columns: string[];
  rows: Array<Record<string, Cell>>;
}

const num = z.number();
const numOrNull = z.number().nullable();
const text = z.string();
const textOrNull = z.string().nullable();

/** The row of each level, as exported. */
export const EXPORT_ROWS = {
  task: z.strictObject({ onet_soc_code: text, task_id: num, task_type: text, statement: text, weight: num, p_e0: numOrNull, p_e1: numOrNull, p_e2: numOrNull, alpha: numOrNull, beta: numOrNull, gamma: numOrNull, method: textOrNull }),
  occupation: z.strictObject({
    onet_soc_code: text,
    title: text,
    soc_code: text,
    employment: numOrNull,
    median_wage: numOrNull,
    task_count: num,
    alpha: numOrNull,
    beta: numOrNull,
    gamma: numOrNull,
    percentile: numOrNull,
    uncertainty: numOrNull,
    major_group: text,
    job_zone: numOrNull,
    projected_change_percent: numOrNull,
    typical_education: textOrNull,
    /** Anthropic Economic Index (latest release with the automation split): null where no task of the occupation is in it. */
    observed_use_pct: numOrNull,
    observed_exposure: numOrNull,
  }),
  group: z.strictObject({ major_group: text, title: text, occupations: num, employment: num, alpha: num, beta: num, gamma: num }),
  skill: z.strictObject({ element_id: text, name: text, domain: text, alpha: num, beta: num, gamma: num, employment: num, occupations: num }),
} satisfies Record<Level, z.ZodType>;

type Row<L extends Level> = z.infer<(typeof EXPORT_ROWS)[L]>;

const round = <T extends number | null>(col: SQLWrapper, digits: number) => sql<T>`round(${col}, ${sql.raw(String(digits))})`;
/** Employment-weighted mean over a group's occupations, 4 decimals. */
const weighted = (col: SQLWrapper) => sql<number>`round(sum(${f.employment} * ${col}) / sum(${f.employment}), 4)`;
/** alpha, beta and gamma of a score table, rounded to 4 decimals (null where a left join found no scores). */
const exposure = <T extends number | null>(t: { alpha: SQLWrapper; beta: SQLWrapper; gamma: SQLWrapper }) => ({ alpha: round<T>(t.alpha, 4), beta: round<T>(t.beta, 4), gamma: round<T>(t.gamma, 4) });

/** The observed-use release the occupation export uses: the latest with the per-task automation split (as the pages). */
const OBSERVED_RELEASE = sql`(SELECT ${observedReleases.release} FROM ${observedReleases} ORDER BY ${observedReleases.has_split} DESC, ${observedReleases.release} DESC LIMIT 1)`;

/** Each level's query, ordered for a stable export. */
const QUERIES: { [L in Level]: (db: Reader) => { all(): Array<Row<L>> } } = {
  task: (db) =>
    db
      .select({
        onet_soc_code: tasks.onet_soc_code,
        task_id: tasks.task_id,
        task_type: tasks.task_type,
        statement: tasks.statement,
        weight: round<number>(tasks.weight, 4),
        p_e0: round<number | null>(taskScores.p_e0, 4),
        p_e1: round<number | null>(taskScores.p_e1, 4),
        p_e2: round<number | null>(taskScores.p_e2, 4),
        ...exposure<number | null>(taskScores),
        method: taskScores.method,
      })
      .from(tasks)
      .leftJoin(taskScores, eq(taskScores.task_id, tasks.task_id))
      .orderBy(asc(tasks.onet_soc_code), asc(tasks.task_id)),
  occupation: (db) =>
    db
      .select({
        onet_soc_code: f.onet_soc_code,
        title: f.title,
        soc_code: f.soc_code,
        employment: round<number | null>(f.employment, 1),
        median_wage: f.median_wage,
        task_count: f.task_count,
        ...exposure<number | null>(f),
        percentile: round<number | null>(f.percentile, 1),
        uncertainty: round<number | null>(f.uncertainty, 4),
        major_group: f.major_group,
        job_zone: f.job_zone,
        projected_change_percent: f.growth_pct,
        typical_education: f.typical_education,
        observed_use_pct: sql<number | null>`CASE WHEN ${observedOccupationUse.matched_tasks} > 0 THEN round(${observedOccupationUse.share_pct}, 4) END`,
        observed_exposure: sql<number | null>`CASE WHEN ${observedOccupationUse.matched_tasks} > 0 THEN round(${observedOccupationUse.observed_exposure}, 4) END`,
      })
      .from(f)
      .leftJoin(observedOccupationUse, and(eq(observedOccupationUse.onet_soc_code, f.onet_soc_code), eq(observedOccupationUse.release, OBSERVED_RELEASE)))
      .orderBy(asc(f.onet_soc_code)),
  group: (db) =>
    db
      .select({
        major_group: occupationGroups.code,
        title: occupationGroups.title,
        occupations: count(f.onet_soc_code),
        employment: round<number>(sql`sum(${f.employment})`, 0),
        alpha: weighted(f.alpha),
        beta: weighted(f.beta),
        gamma: weighted(f.gamma),
      })
      .from(occupationGroups)
      .innerJoin(f, eq(f.major_group, occupationGroups.code))
      .where(and(eq(occupationGroups.level, 'major'), isNotNull(f.beta), gt(f.employment, 0)))
      .groupBy(occupationGroups.code)
      .orderBy(asc(occupationGroups.code)),
  skill: (db) =>
    db
      .select({
        element_id: elements.element_id,
        name: elements.name,
        domain: elements.domain,
        ...exposure<number>(elementScores),
        employment: round<number>(elementScores.employment, 0),
        occupations: elementScores.occupations,
      })
      .from(elements)
      .innerJoin(elementScores, eq(elementScores.element_id, elements.element_id))
      .orderBy(asc(elements.domain), asc(elements.element_id)),
};

export function exportLevel(db: Reader, level: Level): ExportTable {
  return { columns: Object.keys(EXPORT_ROWS[level].shape), rows: QUERIES[level](db).all() };
}
