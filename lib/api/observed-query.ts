/** Query of GET /api/v1/observed: an optional major group, the sort, JSON or CSV. */
import { z } from 'zod';

export const OBSERVED_SORTS = ['observed_exposure', 'share_pct', 'beta', 'coverage', 'employment'] as const;

export const observedQuery = z.object({
  group: z.string().regex(/^\d{2}-0000$/, 'must be a major group code like 15-0000').optional(),
  sort: z.enum(OBSERVED_SORTS, { error: `must be one of ${OBSERVED_SORTS.join(', ')}` }).default('observed_exposure'),
  limit: z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(1, 'must be at least 1').max(1000, 'must be at most 1000').optional(),
  format: z.enum(['json', 'csv'], { error: 'must be json or csv' }).default('json'),
});
export type ObservedQuery = z.infer<typeof observedQuery>;

/** The CSV columns of /api/v1/observed, in order. */
export const OBSERVED_COLUMNS = ['onet_soc_code', 'title', 'major_group', 'employment', 'beta', 'observed_exposure', 'share_pct', 'automation_share', 'augmentation_share', 'coverage', 'matched_tasks', 'task_count', 'release'] as const;

/** Property schemas for the OpenAPI document. */
const n = { type: 'number' };
const nn = { type: ['number', 'null'] };
export const observedUseSchema = {
  type: ['object', 'null'],
  description:
    'Observed use of Claude on this occupation\'s tasks (Anthropic Economic Index, Handa et al. 2025, the named release); null when none of its tasks is in the release or the build had no AEI data. Never an input to the exposure scores.',
  properties: {
    share_pct: { ...n, description: 'percent of the release\'s conversations on the occupation\'s tasks' },
    automation_share: { ...nn, description: 'directive + feedback loop, of the classified conversations (filtered ones left out); null when all were filtered' },
    augmentation_share: { ...nn, description: 'task iteration + validation + learning, of the classified conversations' },
    observed_exposure: { ...nn, description: 'Σ w·beta·used·(automation + ½ augmentation) / Σ w over the occupation\'s tasks (w: task weight of the exposure score; used: the task is in the release); 0–1, at most beta' },
    coverage: { ...n, description: 'share of the occupation\'s task weight the release lists' },
    matched_tasks: { type: 'integer' },
    task_count: { type: 'integer' },
    release: { type: 'string', description: 'AEI release, e.g. 2025-03-27' },
    share_by_release: { type: 'array', items: { type: 'object', properties: { release: { type: 'string' }, share_pct: n } } },
  },
};
export const observedRowSchema = {
  type: 'object',
  properties: {
    onet_soc_code: { type: 'string' },
    title: { type: 'string' },
    major_group: { type: 'string' },
    employment: nn,
    beta: nn,
    observed_exposure: nn,
    share_pct: n,
    automation_share: nn,
    augmentation_share: nn,
    coverage: n,
    matched_tasks: { type: 'integer' },
    task_count: { type: 'integer' },
    release: { type: 'string' },
  },
};
