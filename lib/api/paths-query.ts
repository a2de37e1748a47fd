/**
 * Query of GET /api/v1/occupations/<code>/paths and the /paths page: the four score weights
 * (non-negative, relative: normalised by their sum), the number of paths, what to do with targets
 * that have barriers, and whether moves that keep pay within 15% rank first. Free of database
 * imports: the /paths page's client code parses weights with it too.
 */
import { z } from 'zod';
import { DEFAULT_WEIGHTS, type PathWeights } from '../paths/score';

export const pathWeight = z.coerce.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a number').min(0, 'must be at least 0').max(100, 'must be at most 100');

const bool = z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).transform((v) => v === 'true' || v === '1');

export const pathsQuery = z
  .object({
    w_skills: pathWeight.default(DEFAULT_WEIGHTS.skills),
    w_exposure: pathWeight.default(DEFAULT_WEIGHTS.exposure),
    w_wage: pathWeight.default(DEFAULT_WEIGHTS.wage),
    w_growth: pathWeight.default(DEFAULT_WEIGHTS.growth),
    limit: z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(1, 'must be at least 1').max(50, 'must be at most 50').default(12),
    barriers: z.enum(['exclude', 'label'], { error: 'must be exclude or label' }).default('exclude'),
    desirable_first: bool.default(true),
  })
  .refine((q) => q.w_skills + q.w_exposure + q.w_wage + q.w_growth > 0, { message: 'at least one weight must be above 0', path: ['w_skills'] });

export type PathsQuery = z.infer<typeof pathsQuery>;

export function weightsOf(q: Pick<PathsQuery, 'w_skills' | 'w_exposure' | 'w_wage' | 'w_growth'>): PathWeights {
  return { skills: q.w_skills, exposure: q.w_exposure, wage: q.w_wage, growth: q.w_growth };
}

/** Weights from page search params: invalid values fall back to the defaults one by one. */
export function lenientWeights(p: Record<string, string | undefined>): PathWeights {
  const one = (k: keyof typeof DEFAULT_WEIGHTS) => {
    const r = pathWeight.safeParse(p[`w_${k}`]);
    return p[`w_${k}`] !== undefined && r.success ? r.data : DEFAULT_WEIGHTS[k];
  };
  const w = { skills: one('skills'), exposure: one('exposure'), wage: one('wage'), growth: one('growth') };
  return w.skills + w.exposure + w.wage + w.growth > 0 ? w : { ...DEFAULT_WEIGHTS };
}

export const JOB_ZONE_RULE = 'targets are at most one O*NET job zone above the source (job zones 1–5 measure the preparation a job needs)';
