import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Which release of which file built this database. */
export const datasetVersions = sqliteTable('dataset_versions', {
  file: text('file').primaryKey(),
  source: text('source').notNull(),
  release: text('release').notNull(),
  rows: integer('rows').notNull(),
  bytes: integer('bytes').notNull(),
  sha256: text('sha256').notNull(),
});

/** Key/value facts about the build (built_at, model id, rubric version, timings, agreement scores as JSON). */
export const buildInfo = sqliteTable('build_info', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Binary artifacts of a build that the app needs at run time (e.g. the trained calibration model). */
export const artifacts = sqliteTable('artifacts', {
  key: text('key').primaryKey(),
  format: text('format').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
});
