/**
 * The job-title search table that setup adds to the database. lib/pipeline/search-index.ts creates it
 * after the migrations, so db/schema/index.ts (what drizzle-kit migrates) does not export it.
 */
import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const TITLE_KINDS = ['title', 'short', 'alternate', 'reported'] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];

export const searchTitles = sqliteTable('search_titles', {
  id: integer('id').primaryKey(),
  onet_soc_code: text('onet_soc_code').notNull(),
  occupation_title: text('occupation_title').notNull(),
  title: text('title').notNull(),
  norm: text('norm').notNull(),
  kind: text('kind', { enum: TITLE_KINDS }).notNull(),
  prior: real('prior').notNull(),
});
