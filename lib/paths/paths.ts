/**
 * Reskilling paths: from an occupation to related, clearly less exposed occupations, with the skill
 * and knowledge gaps to close.
 *
 * Candidates: O*NET related occupations, the nearest occupations by skill/knowledge profile
 * (importance × level vectors) and by task embeddings (mean of their task vectors).
 * Kept: scored targets with employment, at most one job zone above the source, and a beta at least
 * EXPOSURE_MARGIN below the source's. Ranked by a transparent weighted score whose parts are returned.
 */
import { cosine } from '../score/vectors';

export const EXPOSURE_MARGIN = 0.05;
export const NEAREST = 25;
/** Importance (1–5) from which an element counts as needed by an occupation. */
export const NEEDED_IMPORTANCE = 3;
/** Level difference (0–7 scale) from which a need counts as a gap. */
export const GAP_LEVEL = 0.5;

export interface PathWeights {
  skills: number;
  exposure: number;
  wage: number;
  growth: number;
}

export const DEFAULT_WEIGHTS: PathWeights = { skills: 0.4, exposure: 0.3, wage: 0.15, growth: 0.15 };

export interface OccupationProfile {
  code: string;
  title: string;
  beta: number;
  jobZone: number | null;
  employment: number;
  wage: number | null;
  growth: number | null;
  openings: number | null;
  /** element_id → { importance, level } */
  elements: Map<string, { importance: number; level: number }>;
  skillVec: Float32Array | null;
  taskVec: Float32Array | null;
  /** set when the occupation has no ratings of its own and borrows those of this (task-nearest) occupation */
  skillsImputedFrom: string | null;
}

export interface PathData {
  occupations: Map<string, OccupationProfile>;
  related: Map<string, Array<{ code: string; tier: string; rank: number }>>;
  elementNames: Map<string, { name: string; domain: string }>;
}

export interface Gap {
  element_id: string;
  element: string;
  domain: string;
  from: number;
  to: number;
  importance: number;
}

export interface Path {
  onet_soc_code: string;
  title: string;
  beta: number;
  exposure_reduction: number;
  /** cosine of the centred skill/knowledge profiles (null when either occupation has no ratings) */
  skill_similarity: number | null;
  /** cosine of the centred mean task embeddings */
  task_similarity: number | null;
  job_zone: number | null;
  wage: number | null;
  wage_change: number | null;
  growth: number | null;
  openings: number | null;
  employment: number;
  sources: Array<'related' | 'skills' | 'tasks'>;
  related_tier: string | null;
  /** O*NET code whose skill ratings stand in for the target's (it has none of its own), else null */
  skills_imputed_from: string | null;
  score: number;
  components: { skills: number; exposure: number; wage: number; growth: number };
  gaps: Gap[];
  transfers: Array<{ element_id: string; element: string; domain: string; level: number }>;
}

const clip = (x: number) => Math.max(0, Math.min(1, x));

function nearest(data: PathData, src: OccupationProfile, key: 'skillVec' | 'taskVec', k: number): Array<{ code: string; sim: number }> {
  const v = src[key];
  if (!v) return [];
  const out: Array<{ code: string; sim: number }> = [];
  for (const o of data.occupations.values()) {
    const w = o[key];
    if (o.code === src.code || !w) continue;
    out.push({ code: o.code, sim: cosine(v, w) });
  }
  return out.sort((a, b) => b.sim - a.sim).slice(0, k);
}

export function gapsBetween(data: PathData, src: OccupationProfile, tgt: OccupationProfile): { gaps: Gap[]; transfers: Path['transfers'] } {
  const gaps: Gap[] = [];
  const transfers: Path['transfers'] = [];
  for (const [id, t] of tgt.elements) {
    if (t.importance < NEEDED_IMPORTANCE) continue;
    const s = src.elements.get(id);
    const from = s?.level ?? 0;
    const meta = data.elementNames.get(id) ?? { name: id, domain: 'skill' };
    if (t.level - from >= GAP_LEVEL) gaps.push({ element_id: id, element: meta.name, domain: meta.domain, from, to: t.level, importance: t.importance });
    else if (s && s.importance >= NEEDED_IMPORTANCE) transfers.push({ element_id: id, element: meta.name, domain: meta.domain, level: from });
  }
  gaps.sort((a, b) => (b.to - b.from) * b.importance - (a.to - a.from) * a.importance);
  transfers.sort((a, b) => (tgt.elements.get(b.element_id)?.importance ?? 0) - (tgt.elements.get(a.element_id)?.importance ?? 0));
  return { gaps, transfers };
}

export function findPaths(data: PathData, code: string, opts: { weights?: PathWeights; limit?: number; margin?: number } = {}): Path[] | null {
  const src = data.occupations.get(code);
  if (!src) return null;
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const margin = opts.margin ?? EXPOSURE_MARGIN;
  const cands = new Map<string, { sources: Set<Path['sources'][number]>; tier: string | null }>();
  const add = (c: string, s: Path['sources'][number], tier: string | null = null) => {
    const e = cands.get(c) ?? { sources: new Set(), tier: null };
    e.sources.add(s);
    if (tier) e.tier = tier;
    cands.set(c, e);
  };
  for (const r of data.related.get(code) ?? []) add(r.code, 'related', r.tier);
  for (const n of nearest(data, src, 'skillVec', NEAREST)) add(n.code, 'skills');
  for (const n of nearest(data, src, 'taskVec', NEAREST)) add(n.code, 'tasks');

  const wsum = w.skills + w.exposure + w.wage + w.growth || 1;
  const paths: Path[] = [];
  for (const [c, meta] of cands) {
    const t = data.occupations.get(c);
    if (!t || t.code === src.code) continue;
    if (!(t.employment > 0)) continue;
    if (t.beta > src.beta - margin) continue;
    if (src.jobZone !== null && t.jobZone !== null && t.jobZone > src.jobZone + 1) continue;
    const skillSim = src.skillVec && t.skillVec ? cosine(src.skillVec, t.skillVec) : null;
    const taskSim = src.taskVec && t.taskVec ? cosine(src.taskVec, t.taskVec) : null;
    const sims = [skillSim, taskSim].filter((x): x is number => x !== null);
    const similarity = sims.length ? sims.reduce((a, b) => a + b, 0) / sims.length : 0;
    const reduction = src.beta > 0 ? (src.beta - t.beta) / src.beta : 0;
    const wageRatio = src.wage && t.wage ? t.wage / src.wage : null;
    const components = {
      // Similarity of the centred skill/knowledge and task profiles (mean of those available).
      skills: clip(similarity),
      exposure: clip(reduction),
      wage: wageRatio === null ? 0.5 : clip(0.5 + Math.log2(wageRatio) / 2),
      growth: t.growth === null ? 0.5 : clip(0.5 + t.growth / 40),
    };
    const score = (w.skills * components.skills + w.exposure * components.exposure + w.wage * components.wage + w.growth * components.growth) / wsum;
    const { gaps, transfers } = gapsBetween(data, src, t);
    paths.push({
      onet_soc_code: t.code,
      title: t.title,
      beta: t.beta,
      exposure_reduction: src.beta - t.beta,
      skill_similarity: skillSim,
      task_similarity: taskSim,
      job_zone: t.jobZone,
      wage: t.wage,
      wage_change: wageRatio === null ? null : wageRatio - 1,
      growth: t.growth,
      openings: t.openings,
      employment: t.employment,
      sources: [...meta.sources],
      related_tier: meta.tier,
      skills_imputed_from: t.skillsImputedFrom,
      score,
      components,
      gaps: gaps.slice(0, 10),
      transfers: transfers.slice(0, 10),
    });
  }
  return paths.sort((a, b) => b.score - a.score || a.onet_soc_code.localeCompare(b.onet_soc_code)).slice(0, opts.limit ?? 12);
}
