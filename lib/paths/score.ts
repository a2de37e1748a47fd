/**
 * The path score: one formula, used by the server (lib/paths/paths.ts) and by the browser when a
 * reader re-weights (app/_paths/explorer.tsx). Pure, no imports, unit-tested.
 *
 * Parts, each in [0, 1]:
 * - skills ("fit"): how feasible the move is — the combined similarity (similarity.ts) blended
 *   with O*NET's own curated relatedness tier;
 * - exposure: the share of the source's exposure (beta) the target removes;
 * - wage: the target's median wage against the source's; a cut of more than 15% loses credit fast;
 * - growth ("outlook"): BLS projected growth 2024–34 and annual openings.
 */

export interface PathWeights {
  skills: number;
  exposure: number;
  wage: number;
  growth: number;
}

export type PathComponents = PathWeights;

/** Feasibility first: fit carries the most weight, then exposure, then wage and outlook. */
export const DEFAULT_WEIGHTS: PathWeights = { skills: 0.45, exposure: 0.3, wage: 0.15, growth: 0.1 };

/** A move keeps the wage "within 15%" when the target's median wage is between these shares of the source's. */
export const WAGE_FLOOR = 0.85;
export const WAGE_CEILING = 1.15;

/** Desirable by default: pay stays within 15% of the source's (a bigger raise is usually a promotion that needs experience). */
export function isDesirable(ratio: number | null): boolean {
  return ratio === null || (ratio >= WAGE_FLOOR && ratio <= WAGE_CEILING);
}

const clip = (x: number) => Math.max(0, Math.min(1, x));

/** Wage part from the target/source median-wage ratio (null: unknown → neutral 0.5). */
export function wagePart(ratio: number | null): number {
  if (ratio === null || !(ratio > 0)) return 0.5;
  // At the floor (−15%) the part is 0.42; equal pay 0.7; +20% or more 1. Below the floor it falls
  // three times faster, to 0 at −30%: a big pay cut is rarely a move anyone wants.
  const atFloor = 0.7 + 1.2 * Math.log2(WAGE_FLOOR);
  return ratio >= WAGE_FLOOR ? clip(0.7 + 1.2 * Math.log2(ratio)) : clip(atFloor - 3 * (WAGE_FLOOR - ratio));
}

/** Outlook part: half projected growth (−10% → 0, +10% → 1), half annual openings on a log scale (100 or fewer → 0, 1,000 → 0.33, 100,000 → 1). */
export function outlookPart(growth: number | null, openings: number | null): number {
  const g = growth === null ? 0.5 : clip(0.5 + growth / 20);
  const o = openings === null || !(openings > 0) ? 0 : clip((Math.log10(openings) - 2) / 3);
  return (g + o) / 2;
}

export function scoreWith(components: PathComponents, weights: PathWeights): number {
  // Normalise by the largest weight first, so tiny weights (even subnormal ones) keep their ratios.
  const max = Math.max(weights.skills, weights.exposure, weights.wage, weights.growth);
  const w = max > 0 ? { skills: weights.skills / max, exposure: weights.exposure / max, wage: weights.wage / max, growth: weights.growth / max } : weights;
  const sum = w.skills + w.exposure + w.wage + w.growth || 1;
  return (w.skills * components.skills + w.exposure * components.exposure + w.wage * components.wage + w.growth * components.growth) / sum;
}

/**
 * Ranks scored items under weights — the server's ranking and the browser's re-weighting. With
 * `desirableFirst` (the default), moves that keep pay within 15% of the source's come before the
 * others (bigger cuts, or raises that usually mean a promotion), whatever their score.
 */
export function rankBy<T extends { components: PathComponents; score: number; onet_soc_code: string; desirable: boolean }>(items: T[], w: PathWeights, limit: number, desirableFirst = true): T[] {
  return items
    .map((p) => ({ ...p, score: scoreWith(p.components, w) }))
    .sort((a, b) => (desirableFirst ? Number(b.desirable) - Number(a.desirable) : 0) || b.score - a.score || a.onet_soc_code.localeCompare(b.onet_soc_code))
    .slice(0, limit);
}
