import { eq, getTableColumns, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/sqlite-core';
import { occupationLabor, occupations, occupationScores, tasks } from '../../db/schema';

/**
 * One row per occupation (all 1,016): its own columns, its BLS figures and its exposure scores.
 * Every query about occupations as a whole reads from this one join, so they cannot drift apart on
 * how labor and scores attach. BLS and score columns are null where the occupation has no BLS match
 * or was not scored (left joins; drizzle types them nullable). Columns keep their database names,
 * except where the API's names differ: `median_wage`, `growth_pct`, `openings`.
 * SQLite flattens the subquery, so reading a few columns costs no more than the join written out.
 * Built without a connection (drizzle's standalone query builder): any database's query can read it.
 */
export const occupationFacts = new QueryBuilder()
  .select({
    ...getTableColumns(occupations),
    employment: occupationLabor.employment,
    median_wage: occupationLabor.median_annual_wage,
    median_top_coded: occupationLabor.median_top_coded,
    growth_pct: occupationLabor.projected_change_percent,
    openings: occupationLabor.openings_annual,
    typical_education: occupationLabor.typical_education,
    oews_code: occupationLabor.oews_code,
    oews_sharers: occupationLabor.oews_sharers,
    alpha: occupationScores.alpha,
    beta: occupationScores.beta,
    gamma: occupationScores.gamma,
    rubric_beta: occupationScores.rubric_beta,
    percentile: occupationScores.percentile,
    uncertainty: occupationScores.uncertainty,
    share_tasks_exposed: occupationScores.share_tasks_exposed,
    /** every task O*NET lists for the occupation, scored or not (aliased apart from occupation_scores.task_count) */
    task_count: sql<number>`(SELECT count(*) FROM ${tasks} WHERE ${tasks.onet_soc_code} = ${occupations.onet_soc_code})`.as('listed_task_count'),
  })
  .from(occupations)
  .leftJoin(occupationLabor, eq(occupationLabor.onet_soc_code, occupations.onet_soc_code))
  .leftJoin(occupationScores, eq(occupationScores.onet_soc_code, occupations.onet_soc_code))
  .as('occupation_facts');
