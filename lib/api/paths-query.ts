/**
 * Query of GET /api/v1/occupations/<code>/paths: the four score weights (non-negative, relative:
 * normalised by their sum), the number of paths, what to do with targets that have barriers, and
 * whether moves that keep pay within 15% rank first. Free of database imports: the /paths page's
 * client code parses weights with it too.
 */
import { z } from 'zod';
import { DEFAULT_WEIGHTS } from '../paths/score';

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
