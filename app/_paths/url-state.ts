/** The /paths page's re-weighting in the URL (the ranking itself is lib/paths/score.ts `rankBy`, as on the server). */
import type { PathWeights } from '@/lib/paths/score';
import { round } from '@/lib/round';

/** Weights as URL query (two decimals), omitting defaults so that plain links stay plain. */
export function weightsQuery(w: PathWeights, defaults: PathWeights): string {
  const p = new URLSearchParams();
  for (const k of ['skills', 'exposure', 'wage', 'growth'] as const) {
    const v = round(w[k], 2);
    if (v !== defaults[k]) p.set(`w_${k}`, String(v));
  }
  return p.toString();
}
