import { index, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** O*NET Interests (RIASEC): occupational interest (scale OI, 1–7) per occupation and interest. */
export const occupationInterests = sqliteTable(
  'occupation_interests',
  {
    onet_soc_code: text('onet_soc_code').notNull(),
    element_id: text('element_id').notNull(),
    name: text('name').notNull(),
    value: real('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.onet_soc_code, t.element_id] })],
);

/** O*NET Work Styles: impact (scale WI, −3 to 3) and distinctiveness rank (DR, 0–10) per occupation and style. */
export const occupationWorkStyles = sqliteTable(
  'occupation_work_styles',
  {
    onet_soc_code: text('onet_soc_code').notNull(),
    element_id: text('element_id').notNull(),
    name: text('name').notNull(),
    impact: real('impact'),
    distinctiveness: real('distinctiveness'),
  },
  (t) => [primaryKey({ columns: [t.onet_soc_code, t.element_id] })],
);

/** O*NET Level Scale Anchors: what a level (scale LV, 0–7) of an element looks like in practice. */
export const levelAnchors = sqliteTable(
  'level_anchors',
  {
    element_id: text('element_id').notNull(),
    name: text('name').notNull(),
    anchor: real('anchor').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.element_id, t.anchor] })],
);

/**
 * O*NET's links from skills and abilities to generalized work activities (Skills to Work
 * Activities.txt, Abilities to Work Activities.txt): the work in which an element is used.
 */
export const elementActivityLinks = sqliteTable(
  'element_activity_links',
  {
    element_id: text('element_id').notNull(),
    element_name: text('element_name').notNull(),
    activity_id: text('activity_id').notNull(),
    activity_name: text('activity_name').notNull(),
    source: text('source', { enum: ['skills', 'abilities'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.element_id, t.activity_id] }), index('element_activity_links_activity_id_idx').on(t.activity_id)],
);
