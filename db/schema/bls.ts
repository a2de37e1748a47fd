import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** BLS OEWS national estimates, one row per OEWS code and level (a few codes are both broad and detailed). */
export const blsOews = sqliteTable('bls_oews', {
  occ_code: text('occ_code').notNull(),
  title: text('title').notNull(),
  o_group: text('o_group', { enum: ['total', 'major', 'minor', 'broad', 'detailed'] }).notNull(),
  employment: integer('employment'),
  mean_annual_wage: real('mean_annual_wage'),
  median_annual_wage: real('median_annual_wage'),
  median_hourly_wage: real('median_hourly_wage'),
  /** True when BLS marked the median with `#`: at or above the top-coded amount (stored as that amount). */
  median_top_coded: integer('median_top_coded', { mode: 'boolean' }).notNull(),
}, (t) => [primaryKey({ columns: [t.occ_code, t.o_group] })]);

/** BLS Employment Projections (Table 1.2), keyed by National Employment Matrix code. */
export const blsProjections = sqliteTable('bls_projections', {
  nem_code: text('nem_code').primaryKey(),
  title: text('title').notNull(),
  occupation_type: text('occupation_type').notNull(),
  employment_base: real('employment_base'),
  employment_projected: real('employment_projected'),
  change_numeric: real('change_numeric'),
  change_percent: real('change_percent'),
  openings_annual: real('openings_annual'),
  median_annual_wage: real('median_annual_wage'),
  typical_education: text('typical_education'),
  work_experience: text('work_experience'),
  training: text('training'),
});

/** O*NET-SOC → National Employment Matrix code (BLS crosswalk). */
export const nemCrosswalk = sqliteTable(
  'nem_crosswalk',
  {
    onet_soc_code: text('onet_soc_code').primaryKey(),
    nem_code: text('nem_code').notNull(),
    nem_title: text('nem_title').notNull(),
  },
  (t) => [index('nem_crosswalk_nem_code_idx').on(t.nem_code)],
);

/**
 * BLS figures allocated to O*NET occupations. Employment of one BLS code is split equally among the
 * O*NET codes that map to it, so sums over O*NET codes never double count.
 */
export const occupationLabor = sqliteTable('occupation_labor', {
  onet_soc_code: text('onet_soc_code').primaryKey(),
  oews_code: text('oews_code'),
  oews_sharers: integer('oews_sharers'),
  employment: real('employment'),
  median_annual_wage: real('median_annual_wage'),
  median_hourly_wage: real('median_hourly_wage'),
  median_top_coded: integer('median_top_coded', { mode: 'boolean' }),
  nem_code: text('nem_code'),
  projected_change_percent: real('projected_change_percent'),
  openings_annual: real('openings_annual'),
  typical_education: text('typical_education'),
});
