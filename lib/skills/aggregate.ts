/**
 * National (or group) exposure of each skill and knowledge area through the work that uses it: the
 * element's exposure in each occupation (chain.ts) averaged over occupations, weighted by
 * employment × (importance − IMPORTANCE_FLOOR) so work where it barely matters does not count.
 */
import { IMPORTANCE_FLOOR, RELIES_ON_IMPORTANCE } from '../score/aggregate';
import { elementByOccupation, type SkillChainData } from '../queries/skill-chain';
import type { ElementScore } from '../score/aggregate';

/** Same shape as the task-text element scores (employment: workers in occupations that rely on it, importance ≥ 3). */
export type ChainElementScore = ElementScore;

export type PerOccupation = Map<string, Map<string, { alpha: number; beta: number; gamma: number; importance: number; level: number | null }>>;

const perOccCache = new WeakMap<SkillChainData, PerOccupation>();

/** element → occupation → its exposure there (computed once per data set). */
export function perOccupation(d: SkillChainData): PerOccupation {
  const hit = perOccCache.get(d);
  if (hit) return hit;
  const out: PerOccupation = new Map([...d.elements.keys()].map((id) => [id, elementByOccupation(d, id)]));
  perOccCache.set(d, out);
  return out;
}

export function chainElementScores(d: SkillChainData, employment: Map<string, number | null>, scope: Set<string> | null = null): ChainElementScore[] {
  const out: ChainElementScore[] = [];
  for (const [id, occ] of perOccupation(d)) {
    let w = 0;
    let a = 0;
    let b = 0;
    let g = 0;
    let emp = 0;
    let n = 0;
    for (const [code, x] of occ) {
      if (scope && !scope.has(code)) continue;
      const e = employment.get(code) ?? 0;
      if (!(e > 0)) continue;
      const wt = Math.max(0, x.importance - IMPORTANCE_FLOOR) * e;
      w += wt;
      a += wt * x.alpha;
      b += wt * x.beta;
      g += wt * x.gamma;
      if (x.importance >= RELIES_ON_IMPORTANCE) {
        emp += e;
        n += 1;
      }
    }
    if (w > 0) out.push({ element_id: id, alpha: a / w, beta: b / w, gamma: g / w, employment: emp, occupations: n });
  }
  return out.sort((x, y) => x.element_id.localeCompare(y.element_id));
}
