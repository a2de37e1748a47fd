/**
 * Re-weighting paths in the browser: the score is the weighted mean of its four parts (as in
 * lib/paths/paths.ts), so a change of weights needs no new request. Pure, unit-tested.
 */
import type { Path, PathWeights } from '@/lib/paths/paths';

export function scoreWith(components: Path['components'], weights: PathWeights): number {
  // Normalise by the largest weight first, so tiny weights (even subnormal ones) keep their ratios.
  const max = Math.max(weights.skills, weights.exposure, weights.wage, weights.growth);
  const w = max > 0 ? { skills: weights.skills / max, exposure: weights.exposure / max, wage: weights.wage / max, growth: weights.growth / max } : weights;
  const sum = w.skills + w.exposure + w.wage + w.growth || 1;
  return (w.skills * components.skills + w.exposure * components.exposure + w.wage * components.wage + w.growth * components.growth) / sum;
}

export function rescore(paths: Path[], w: PathWeights, limit: number): Path[] {
  return paths
    .map((p) => ({ ...p, score: scoreWith(p.components, w) }))
    .sort((a, b) => b.score - a.score || a.onet_soc_code.localeCompare(b.onet_soc_code))
    .slice(0, limit);
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
