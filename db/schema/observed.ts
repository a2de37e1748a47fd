import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Observed use of Claude by O*NET task (Anthropic Economic Index, Handa et al. 2025), one row per
 * release read, with how its tasks matched this build's O*NET statements. Shown beside exposure,
 * never an input to it (lib/observed).
 */
export const observedReleases = sqliteTable('observed_releases', {
  /** Release date as the index names it, e.g. "2025-03-27". */
  release: text('release').primaryKey(),
  /** Files read, relative to REFERENCE_DIR/anthropic_economic_index, comma-separated. */
  files: text('files').notNull(),
  /** Whether the release has the per-task automation/augmentation split (observed exposure needs it). */
  has_split: integer('has_split', { mode: 'boolean' }).notNull(),
  index_tasks: integer('index_tasks').notNull(),
  /** Percent of conversations in the index's own "none" row (no O*NET task). */
  none_pct: real('none_pct').notNull(),
  matched_text: integer('matched_text').notNull(),
  matched_task_id: integer('matched_task_id').notNull(),
  matched_near_text: integer('matched_near_text').notNull(),
  unmatched: integer('unmatched').notNull(),
  /** Percent of conversations matched to a current task (of all 100). */
  matched_pct: real('matched_pct').notNull(),
  /** Share of the usage mass outside the "none" row that matched (0–1). */
  matched_share_excl_none: real('matched_share_excl_none').notNull(),
});

/** Every task of the index's files with its match (or none): the build's record of what did not match. */
export const observedIndexTasks = sqliteTable(
  'observed_index_tasks',
  {
    release: text('release').notNull(),
    task_name: text('task_name').notNull(),
    pct: real('pct').notNull(),
    /** 'text' | 'task_id' | 'near_text' | 'unmatched' | 'none_row' */
    match: text('match', { enum: ['text', 'task_id', 'near_text', 'unmatched', 'none_row'] }).notNull(),
    similarity: real('similarity'),
    /** Current O*NET Task IDs matched, comma-separated (empty when unmatched). */
    task_ids: text('task_ids').notNull(),
    directive: real('directive'),
    feedback_loop: real('feedback_loop'),
    task_iteration: real('task_iteration'),
    validation: real('validation'),
    learning: real('learning'),
    filtered: real('filtered'),
  },
  (t) => [primaryKey({ columns: [t.release, t.task_name] })],
);

/** Observed use per current O*NET task and release (tasks the release does not list have no row). */
export const observedTaskUse = sqliteTable(
  'observed_task_use',
  {
    release: text('release').notNull(),
    task_id: integer('task_id').notNull(),
    onet_soc_code: text('onet_soc_code').notNull(),
    /** Percent of the release's conversations. */
    share_pct: real('share_pct').notNull(),
    automation_share: real('automation_share'),
    augmentation_share: real('augmentation_share'),
    filtered_share: real('filtered_share'),
    /** How the index task(s) matched: the weakest tier among them. */
    match: text('match', { enum: ['text', 'task_id', 'near_text'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.release, t.task_id] }), index('observed_task_use_onet_soc_code_idx').on(t.onet_soc_code)],
);

/** Per occupation and release (every scored occupation; matched_tasks 0 = no observed use). */
export const observedOccupationUse = sqliteTable(
  'observed_occupation_use',
  {
    release: text('release').notNull(),
    onet_soc_code: text('onet_soc_code').notNull(),
    task_count: integer('task_count').notNull(),
    matched_tasks: integer('matched_tasks').notNull(),
    share_pct: real('share_pct').notNull(),
    automation_share: real('automation_share'),
    augmentation_share: real('augmentation_share'),
    coverage: real('coverage').notNull(),
    observed_exposure: real('observed_exposure'),
  },
  (t) => [primaryKey({ columns: [t.release, t.onet_soc_code] }), index('observed_occupation_use_onet_soc_code_idx').on(t.onet_soc_code)],
);

/** Employment-weighted slices: 'total' (national), 'major' groups, 'state' areas. */
export const observedSliceUse = sqliteTable(
  'observed_slice_use',
  {
    release: text('release').notNull(),
    kind: text('kind', { enum: ['total', 'major', 'state'] }).notNull(),
    /** 'US' for total, the major group code (11-0000) or the state FIPS area (06). */
    code: text('code').notNull(),
    employment: real('employment').notNull(),
    occupations: integer('occupations').notNull(),
    beta: real('beta'),
    observed_exposure: real('observed_exposure'),
    coverage: real('coverage'),
    share_pct: real('share_pct').notNull(),
    automation_share: real('automation_share'),
  },
  (t) => [primaryKey({ columns: [t.release, t.kind, t.code] })],
);
