import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const tasks = sqliteTable(
  'tasks',
  {
    task_id: integer('task_id').primaryKey(),
    onet_soc_code: text('onet_soc_code').notNull(),
    statement: text('statement').notNull(),
    task_type: text('task_type', { enum: ['Core', 'Supplemental', 'n/a'] }).notNull(),
    incumbents_responding: integer('incumbents_responding'),
    /** O*NET Task Ratings importance (IM, 1–5) when Task Ratings.txt is present. */
    importance: real('importance'),
    /** Weight of the task inside its occupation (importance, else by task type). */
    weight: real('weight').notNull(),
  },
  (t) => [index('tasks_onet_soc_code_idx').on(t.onet_soc_code)],
);

export const iwas = sqliteTable('iwas', {
  iwa_id: text('iwa_id').primaryKey(),
  element_id: text('element_id').notNull(),
  title: text('title').notNull(),
});

export const dwas = sqliteTable(
  'dwas',
  {
    dwa_id: text('dwa_id').primaryKey(),
    iwa_id: text('iwa_id').notNull(),
    element_id: text('element_id').notNull(),
    title: text('title').notNull(),
  },
  (t) => [index('dwas_iwa_id_idx').on(t.iwa_id)],
);

export const taskDwas = sqliteTable(
  'task_dwas',
  {
    task_id: integer('task_id').notNull(),
    dwa_id: text('dwa_id').notNull(),
    onet_soc_code: text('onet_soc_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.task_id, t.dwa_id] }), index('task_dwas_dwa_id_idx').on(t.dwa_id)],
);
