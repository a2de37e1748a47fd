/**
 * Similarity of two occupations built from what O*NET itself uses to relate occupations: what they
 * do (work activities: tasks → DWAs → IWAs and GWAs, the mean of both cosines), what they need (skills and knowledge, importance ×
 * level), who does them (RIASEC interests, work styles), how much preparation they take (job zone
 * and required education), and the task statements themselves (embeddings). Each profile is
 * centred on the average occupation, so a cosine says what two occupations share beyond what every
 * job shares. Pure; the profiles are built by load.ts.
 */
import { cosine } from '../score/vectors';

export type SimilarityPart = 'activities' | 'skills' | 'interests' | 'styles' | 'preparation' | 'tasks';

/** Weights of the parts in the combined similarity (documented in README and on /paths). */
export const SIMILARITY_WEIGHTS: Record<SimilarityPart, number> = {
  activities: 0.3,
  skills: 0.25,
  interests: 0.15,
  styles: 0.1,
  preparation: 0.1,
  tasks: 0.1,
};

export const SIMILARITY_LABELS: Record<SimilarityPart, string> = {
  activities: 'work activities',
  skills: 'skills and knowledge',
  interests: 'interests (RIASEC)',
  styles: 'work styles',
  preparation: 'job zone and education',
  tasks: 'task statements',
};

export interface SimilarityProfile {
  /** task weight spread over intermediate work activities (IWAs) */
  activityVec: Float32Array | null;
  /** the same at the level of generalized work activities (GWAs) */
  gwaVec: Float32Array | null;
  skillVec: Float32Array | null;
  interestVec: Float32Array | null;
  styleVec: Float32Array | null;
  taskVec: Float32Array | null;
  jobZone: number | null;
  /** expected O*NET required-education category (1–12), from the share of respondents per category */
  education: number | null;
}

export type SimilarityParts = Record<SimilarityPart, number | null>;

const mean2 = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : (x + y) / 2);
const vec = (a: Float32Array | null, b: Float32Array | null) => (a && b ? cosine(a, b) : null);

/** Preparation: 1 when job zone and required education match; −1 at the ends of both scales. */
export function preparationSimilarity(a: Pick<SimilarityProfile, 'jobZone' | 'education'>, b: Pick<SimilarityProfile, 'jobZone' | 'education'>): number | null {
  const parts: number[] = [];
  if (a.jobZone !== null && b.jobZone !== null) parts.push(1 - (2 * Math.abs(a.jobZone - b.jobZone)) / 4);
  if (a.education !== null && b.education !== null) parts.push(1 - (2 * Math.abs(a.education - b.education)) / 11);
  return parts.length ? parts.reduce((s, x) => s + x, 0) / parts.length : null;
}

export function similarityParts(a: SimilarityProfile, b: SimilarityProfile): SimilarityParts {
  return {
    activities: mean2(vec(a.activityVec, b.activityVec), vec(a.gwaVec, b.gwaVec)),
    skills: vec(a.skillVec, b.skillVec),
    interests: vec(a.interestVec, b.interestVec),
    styles: vec(a.styleVec, b.styleVec),
    preparation: preparationSimilarity(a, b),
    tasks: vec(a.taskVec, b.taskVec),
  };
}

/** Weighted mean of the available parts (−1 to 1); null when no part is available. */
export function combinedSimilarity(parts: SimilarityParts, weights: Record<SimilarityPart, number> = SIMILARITY_WEIGHTS): number | null {
  let s = 0;
  let w = 0;
  for (const k of Object.keys(weights) as SimilarityPart[]) {
    const v = parts[k];
    if (v === null) continue;
    s += weights[k] * v;
    w += weights[k];
  }
  return w > 0 ? s / w : null;
}

/** O*NET's curated relatedness tiers, best first, and the credit each gives to fit. */
export const TIER_CREDIT: Record<string, number> = { 'Primary-Short': 1, 'Primary-Long': 0.8, Supplemental: 0.6 };
