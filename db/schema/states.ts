import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One OEWS state area (50 states and DC; territories when the file has them), with its release. */
export const stateAreas = sqliteTable('state_areas', {
  /** 2-digit FIPS code as BLS writes AREA for states (e.g. "06"). */
  area: text('area').primaryKey(),
  postal: text('postal').notNull().unique(),
  name: text('name').notNull(),
  /** Sum of TOT_EMP over the file's detailed rows for the state (suppressed cells count as 0). */
  employment: integer('employment').notNull(),
  /** Release label, e.g. "OEWS May 2025 state". */
  release: text('release').notNull(),
});

/** BLS OEWS state estimates, detailed occupations, one row per state and OEWS code. */
export const stateOews = sqliteTable(
  'state_oews',
  {
    area: text('area').notNull(),
    occ_code: text('occ_code').notNull(),
    employment: integer('employment'),
    jobs_per_1000: real('jobs_per_1000'),
    location_quotient: real('location_quotient'),
    median_annual_wage: real('median_annual_wage'),
    median_hourly_wage: real('median_hourly_wage'),
    median_top_coded: integer('median_top_coded', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.area, t.occ_code] })],
);

/**
 * State employment allocated to O*NET occupations by the national rule (crosswalk → SOC → broad
 * aggregate; a row's employment split equally among the O*NET codes that match it).
 */
export const stateLabor = sqliteTable(
  'state_labor',
  {
    area: text('area').notNull(),
    onet_soc_code: text('onet_soc_code').notNull(),
    oews_code: text('oews_code').notNull(),
    oews_sharers: integer('oews_sharers').notNull(),
    employment: real('employment'),
    median_annual_wage: real('median_annual_wage'),
    location_quotient: real('location_quotient'),
  },
  (t) => [primaryKey({ columns: [t.area, t.onet_soc_code] }), index('state_labor_onet_soc_code_idx').on(t.onet_soc_code)],
);
