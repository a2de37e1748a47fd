/**
 * Re-weighting paths in the browser: the same pure ranking the server uses (lib/paths/score.ts), so
 * a change of weights needs no new request and there is one formula.
 */
import { rankBy, scoreWith, type PathWeights } from '@/lib/paths/score';
import type { Path } from '@/lib/paths/paths';

export { scoreWith };

export function rescore(paths: Path[], w: PathWeights, limit: number, desirableFirst = true): Path[] {
  return rankBy(paths, w, limit, desirableFirst);
}

/** Weights as URL query (two decimals), omitting defaults so that plain links stay plain. */
export function weightsQuery(w: PathWeights, defaults: PathWeights): string {
  const p = new URLSearchParams();
  for (const k of ['skills', 'exposure', 'wage', 'growth'] as const) {
    const v = Math.round(w[k] * 100) / 100;
    if (v !== defaults[k]) p.set(`w_${k}`, String(v));
  }
  return p.toString();
}
