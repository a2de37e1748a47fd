import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The kinds of O*NET content-model element the database holds: the one list every reader and validator uses. */
export const ELEMENT_DOMAINS = ['skill', 'knowledge', 'ability', 'work_activity', 'work_context'] as const;
export type ElementDomain = (typeof ELEMENT_DOMAINS)[number];

/** O*NET content-model elements rated per occupation: skills, knowledge and, when present, abilities and work activities. */
export const elements = sqliteTable('elements', {
  element_id: text('element_id').primaryKey(),
  name: text('name').notNull(),
  domain: text('domain', { enum: ELEMENT_DOMAINS }).notNull(),
  /** From O*NET's Content Model Reference, when present. */
  description: text('description'),
});

/** Importance (IM, 1–5) and level (LV, 0–7; for work context the CX rating, 1–5) of an element for an occupation. */
export const occupationElements = sqliteTable(
  'occupation_elements',
  {
    onet_soc_code: text('onet_soc_code').notNull(),
    element_id: text('element_id').notNull(),
    importance: real('importance'),
    level: real('level'),
    not_relevant: integer('not_relevant', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.onet_soc_code, t.element_id] }), index('occupation_elements_element_id_idx').on(t.element_id)],
);
