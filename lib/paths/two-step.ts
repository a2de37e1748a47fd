/**
 * Two-step paths: source → a close occupation → a clearly less exposed one, when one step does not
 * get there. Each step must be feasible on its own: no barrier, at most one job zone up, fit at
 * least MIN_FIT; the intermediate is not much more exposed than the source (≤ +0.10 beta) and
 * neither step pays more than 15% less than the source; the destination pays within 15% of it. Ranked with the one-step score formula (score.ts),
 * its fit being that of the weaker step.
 */
import { barriersBetween } from './barriers';
import { candidates, CLEAR_REDUCTION, fitOf, MIN_FIT, type OccupationProfile, type Path, type PathData } from './paths';
import { DEFAULT_WEIGHTS, isDesirable, outlookPart, WAGE_FLOOR, scoreWith, wagePart, type PathComponents, type PathWeights } from './score';
import { score as fixed2 } from '../charts/format';

/** Intermediates tried (the closest feasible ones). */
export const INTERMEDIATES = 15;
/** An intermediate may be at most this much more exposed than the source. */
export const INTERMEDIATE_SLACK = 0.1;

/** One step of a two-step path: the path fields that describe where it leads, and how well it fits. */
export type Step = Pick<Path, 'onet_soc_code' | 'title' | 'beta' | 'job_zone' | 'wage' | 'related_tier'> & { fit: number };

export interface TwoStepPath {
  via: Step;
  target: Step & Pick<Path, 'exposure_reduction' | 'wage_change' | 'growth' | 'openings'>;
  score: number;
  components: PathComponents;
  why: string[];
}

function feasible(data: PathData, from: OccupationProfile, src: OccupationProfile) {
  return [...candidates(data, from)].flatMap(([code, c]) => {
    const t = data.occupations.get(code);
    if (!t || t.code === src.code || !(t.employment > 0)) return [];
    if (from.jobZone !== null && t.jobZone !== null && t.jobZone > from.jobZone + 1) return [];
    if (barriersBetween(from, t).length > 0 || barriersBetween(src, t).length > 0) return [];
    // Each step may pay more (a step up is the point of going further), but not more than 15% less.
    if (src.wage && t.wage && t.wage < WAGE_FLOOR * src.wage) return [];
    const fit = fitOf(c.combined, c.tier);
    if (fit < MIN_FIT) return [];
    return [{ t, fit, tier: c.tier }];
  });
}

const step = (t: OccupationProfile, fit: number, tier: string | null): Step => ({ onet_soc_code: t.code, title: t.title, beta: t.beta, job_zone: t.jobZone, wage: t.wage, related_tier: tier, fit });

export function twoStepPaths(data: PathData, code: string, opts: { limit?: number; weights?: PathWeights; exclude?: Set<string> } = {}): TwoStepPath[] {
  const src = data.occupations.get(code);
  if (!src) return [];
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const firsts = feasible(data, src, src)
    .filter((b) => b.t.beta <= src.beta + INTERMEDIATE_SLACK)
    .sort((a, b) => b.fit - a.fit)
    .slice(0, INTERMEDIATES);
  const best = new Map<string, TwoStepPath>();
  for (const b of firsts) {
    for (const c of feasible(data, b.t, src)) {
      if (c.t.beta > src.beta - CLEAR_REDUCTION || opts.exclude?.has(c.t.code) || c.t.code === b.t.code) continue;
      const wageRatio = src.wage && c.t.wage ? c.t.wage / src.wage : null;
      // The destination keeps the source's pay within 15%, as one-step paths do by default: a
      // destination paying far more is a promotion (Chief Executives), not a reskilling move.
      if (!isDesirable(wageRatio)) continue;
      const components: PathComponents = {
        skills: Math.min(b.fit, c.fit),
        exposure: Math.max(0, Math.min(1, (src.beta - c.t.beta) / (src.beta || 1))),
        wage: wagePart(wageRatio),
        growth: outlookPart(c.t.growth, c.t.openings),
      };
      const score = scoreWith(components, w);
      const cur = best.get(c.t.code);
      if (cur && cur.score >= score) continue;
      best.set(c.t.code, {
        via: step(b.t, b.fit, b.tier),
        target: { ...step(c.t, c.fit, c.tier), exposure_reduction: src.beta - c.t.beta, wage_change: wageRatio === null ? null : wageRatio - 1, growth: c.t.growth, openings: c.t.openings },
        score,
        components,
        why: [
          `first ${b.t.title}${b.tier ? ` (O*NET related, ${b.tier.toLowerCase()})` : ''}: fit ${fixed2(b.fit)}`,
          `then ${c.t.title}${c.tier ? ` (O*NET related to it, ${c.tier.toLowerCase()})` : ''}: fit ${fixed2(c.fit)}`,
          `${Math.round((100 * (src.beta - c.t.beta)) / (src.beta || 1))}% less exposed than ${src.title} (beta ${fixed2(c.t.beta)} vs ${fixed2(src.beta)})`,
        ],
      });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.target.onet_soc_code.localeCompare(b.target.onet_soc_code)).slice(0, opts.limit ?? 5);
}
