import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row per O*NET-SOC occupation (1,016 in O*NET 30.1). */
export const occupations = sqliteTable(
  'occupations',
  {
    onet_soc_code: text('onet_soc_code').primaryKey(),
    soc_code: text('soc_code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    job_zone: integer('job_zone'),
    major_group: text('major_group').notNull(),
    minor_group: text('minor_group').notNull(),
    broad_group: text('broad_group').notNull(),
    /** Modal O*NET "Required Level of Education" category (1–12), when rated. */
    education_category: integer('education_category'),
    education_share: real('education_share'),
  },
  (t) => [index('occupations_soc_code_idx').on(t.soc_code), index('occupations_major_group_idx').on(t.major_group)],
);

/** SOC major/minor/broad group titles (from the OEWS hierarchy rows). */
export const occupationGroups = sqliteTable('occupation_groups', {
  code: text('code').primaryKey(),
  level: text('level', { enum: ['major', 'minor', 'broad'] }).notNull(),
  title: text('title').notNull(),
});

/** Alternate titles and sample reported titles, the words people use for an occupation. */
export const occupationTitles = sqliteTable(
  'occupation_titles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    onet_soc_code: text('onet_soc_code').notNull(),
    title: text('title').notNull(),
    short_title: text('short_title'),
    kind: text('kind', { enum: ['alternate', 'reported'] }).notNull(),
    shown_in_my_next_move: integer('shown_in_my_next_move', { mode: 'boolean' }),
  },
  (t) => [index('occupation_titles_onet_soc_code_idx').on(t.onet_soc_code)],
);

export const relatedOccupations = sqliteTable(
  'related_occupations',
  {
    onet_soc_code: text('onet_soc_code').notNull(),
    related_code: text('related_code').notNull(),
    tier: text('tier').notNull(),
    rank: integer('rank').notNull(),
  },
  (t) => [index('related_occupations_onet_soc_code_idx').on(t.onet_soc_code)],
);

export const jobZones = sqliteTable('job_zone_reference', {
  job_zone: integer('job_zone').primaryKey(),
  name: text('name').notNull(),
  experience: text('experience').notNull(),
  education: text('education').notNull(),
});

/** Share of respondents per "Required Level of Education" category. */
export const educationLevels = sqliteTable(
  'education_levels',
  {
    onet_soc_code: text('onet_soc_code').notNull(),
    category: integer('category').notNull(),
    share: real('share').notNull(),
  },
  (t) => [index('education_levels_onet_soc_code_idx').on(t.onet_soc_code)],
);

export const educationCategories = sqliteTable('education_categories', {
  category: integer('category').primaryKey(),
  description: text('description').notNull(),
});

export const technologySkills = sqliteTable(
  'technology_skills',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    onet_soc_code: text('onet_soc_code').notNull(),
    example: text('example').notNull(),
    commodity_code: integer('commodity_code').notNull(),
    commodity_title: text('commodity_title').notNull(),
    hot: integer('hot', { mode: 'boolean' }).notNull(),
    in_demand: integer('in_demand', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    index('technology_skills_onet_soc_code_idx').on(t.onet_soc_code),
    index('technology_skills_commodity_code_idx').on(t.commodity_code),
  ],
);
