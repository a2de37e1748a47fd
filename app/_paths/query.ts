/**
 * Reskilling-path parameters shared by the API and the /paths page: the four score weights and the
 * number of paths. Weights are non-negative and relative (they are normalised by their sum).
 */
import type { z } from 'zod';
import { pathsQuery, pathWeight as weight } from '@/lib/api/paths-query';
import { DEFAULT_WEIGHTS, type PathWeights } from '@/lib/paths/paths';

export { pathsQuery };

export type PathsQuery = z.infer<typeof pathsQuery>;

export function weightsOf(q: Pick<PathsQuery, 'w_skills' | 'w_exposure' | 'w_wage' | 'w_growth'>): PathWeights {
  return { skills: q.w_skills, exposure: q.w_exposure, wage: q.w_wage, growth: q.w_growth };
}

/** Weights from page search params: invalid values fall back to the defaults one by one. */
export function lenientWeights(p: Record<string, string | undefined>): PathWeights {
  const one = (k: keyof typeof DEFAULT_WEIGHTS) => {
    const r = weight.safeParse(p[`w_${k}`]);
    return p[`w_${k}`] !== undefined && r.success ? r.data : DEFAULT_WEIGHTS[k];
  };
  const w = { skills: one('skills'), exposure: one('exposure'), wage: one('wage'), growth: one('growth') };
  return w.skills + w.exposure + w.wage + w.growth > 0 ? w : { ...DEFAULT_WEIGHTS };
}

export const JOB_ZONE_RULE = 'targets are at most one O*NET job zone above the source (job zones 1–5 measure the preparation a job needs)';
