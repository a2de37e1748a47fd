import { blob, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Embedding vectors of the texts the product compares (float32 little-endian blobs). */
export const embeddings = sqliteTable(
  'embeddings',
  {
    kind: text('kind', { enum: ['task', 'dwa', 'occupation', 'title', 'exemplar', 'label', 'element'] }).notNull(),
    ref: text('ref').notNull(),
    text: text('text').notNull(),
    vector: blob('vector', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.ref] })],
);

/** Rubric groups (from data/rubric.json): capability groups (E1 direct / E2 tool-assisted) and sheltered groups. */
export const rubricGroups = sqliteTable('rubric_groups', {
  group_id: text('group_id').primaryKey(),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['E1', 'E2', 'sheltered'] }).notNull(),
  description: text('description').notNull(),
});

/** Per-task exposure: class probabilities, the rubric profile and the evidence behind them. */
export const taskScores = sqliteTable(
  'task_scores',
  {
    task_id: integer('task_id').primaryKey(),
    onet_soc_code: text('onet_soc_code').notNull(),
    p_e0: real('p_e0').notNull(),
    p_e1: real('p_e1').notNull(),
    p_e2: real('p_e2').notNull(),
    alpha: real('alpha').notNull(),
    beta: real('beta').notNull(),
    gamma: real('gamma').notNull(),
    /** Rubric-only (zero-shot) probabilities, always present. */
    rubric_p_e0: real('rubric_p_e0').notNull(),
    rubric_p_e1: real('rubric_p_e1').notNull(),
    rubric_p_e2: real('rubric_p_e2').notNull(),
    /** Similarity of the task to each rubric group, float32 blob in rubric_groups.position order. */
    profile: blob('profile', { mode: 'buffer' }).notNull(),
    /** 'calibrated' (label transfer) or 'rubric' (zero-shot only). */
    method: text('method', { enum: ['calibrated', 'rubric'] }).notNull(),
    /** Spread of the evidence: standard deviation of beta over the neighbours (0 = unanimous). */
    spread: real('spread').notNull(),
    /** JSON: { exemplars: [{group_id, text, similarity}], neighbours: [{task_id, statement, label, similarity}] } */
    evidence: text('evidence').notNull(),
  },
  (t) => [index('task_scores_onet_soc_code_idx').on(t.onet_soc_code)],
);

export const occupationScores = sqliteTable('occupation_scores', {
  onet_soc_code: text('onet_soc_code').primaryKey(),
  alpha: real('alpha').notNull(),
  beta: real('beta').notNull(),
  gamma: real('gamma').notNull(),
  rubric_beta: real('rubric_beta').notNull(),
  task_count: integer('task_count').notNull(),
  /** Share of the occupation's task weight with beta >= 0.5. */
  share_tasks_exposed: real('share_tasks_exposed').notNull(),
  /** Weighted standard deviation of the task betas' evidence spread: how sure the occupation score is. */
  uncertainty: real('uncertainty').notNull(),
  /** Percentile of beta among all workers (employment-weighted), 0–100. */
  percentile: real('percentile'),
});

/** Skill and knowledge exposure: importance- and employment-weighted exposure of the occupations using it. */
export const elementScores = sqliteTable('element_scores', {
  element_id: text('element_id').primaryKey(),
  alpha: real('alpha').notNull(),
  beta: real('beta').notNull(),
  gamma: real('gamma').notNull(),
  employment: real('employment').notNull(),
  occupations: integer('occupations').notNull(),
});

/** Expert / GPT-4 task labels (Eloundou et al. 2023), used only to calibrate and to measure agreement. */
export const referenceLabels = sqliteTable(
  'reference_labels',
  {
    task_id: integer('task_id').primaryKey(),
    onet_soc_code: text('onet_soc_code').notNull(),
    statement: text('statement').notNull(),
    human: text('human', { enum: ['E0', 'E1', 'E2'] }),
    gpt4: text('gpt4', { enum: ['E0', 'E1', 'E2'] }),
  },
  (t) => [index('reference_labels_onet_soc_code_idx').on(t.onet_soc_code)],
);

/** Published occupation-level indices, for comparison only (never inputs to our scores). */
export const referenceIndices = sqliteTable(
  'reference_indices',
  {
    source: text('source', { enum: ['eloundou_gpt4_beta', 'eloundou_human_beta', 'microsoft_applicability', 'felten_lm_aioe'] }).notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    value: real('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.code] })],
);

/** Agreement of our scores with a reference (Spearman etc.), computed at build time. */
export const agreement = sqliteTable(
  'agreement',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull(),
    level: text('level', { enum: ['task', 'occupation'] }).notNull(),
    mode: text('mode', { enum: ['calibrated', 'rubric'] }).notNull(),
    statistic: text('statistic').notNull(),
    value: real('value').notNull(),
    n: integer('n').notNull(),
    note: text('note').notNull(),
  },
);
