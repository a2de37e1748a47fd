/**
 * Reskilling paths: from an occupation to related, clearly less exposed occupations a worker could
 * really take — feasibility first, then exposure.
 *
 * Candidates: O*NET's related occupations (tiers Primary-Short, Primary-Long, Supplemental) and the
 * NEAREST occupations by combined similarity (similarity.ts). Kept: scored targets with employment,
 * at most one job zone above the source, at least EXPOSURE_MARGIN less exposed, and no barrier the
 * source has not cleared (barriers.ts; excluded targets are reported, or labelled on request).
 * Ranked by a transparent weighted score (score.ts) whose parts are returned, with the reasons in
 * words (`why`). When no close target is clearly less exposed, verdict.ts says so and two-step.ts
 * goes further.
 */
import { num, score, signed, signedPct } from '../charts/format';
import { barriersBetween, type Barrier, type BarrierFacts } from './barriers';
import { gapsBetween, type Anchor, type Gap, type Transfer } from './gaps';
import { DEFAULT_WEIGHTS, isDesirable, outlookPart, rankBy, scoreWith, wagePart, WAGE_CEILING, WAGE_FLOOR, type PathComponents, type PathWeights } from './score';
import { combinedSimilarity, SIMILARITY_LABELS, similarityParts, TIER_CREDIT, type SimilarityPart, type SimilarityParts, type SimilarityProfile } from './similarity';

export { DEFAULT_WEIGHTS, type PathWeights } from './score';
export type { Gap, Transfer } from './gaps';

export const EXPOSURE_MARGIN = 0.05;
/** Candidates by combined similarity, besides O*NET's related occupations. */
export const NEAREST = 30;
/** Share of fit that comes from O*NET's curated relatedness tier (the rest: combined similarity). */
export const TIER_SHARE = 0.5;
/** Combined similarity mapped to fit: at or below FIT_LOW → 0, at or above FIT_HIGH → 1. */
export const FIT_LOW = 0.2;
export const FIT_HIGH = 0.8;
/** A path is "clearly less exposed" from this beta reduction, and "close" from this fit. */
export const CLEAR_REDUCTION = 0.1;
export const CLOSE_FIT = 0.5;
/** Below this fit a target is not a feasible move (nor a step of a two-step path). */
export const MIN_FIT = 0.4;
/** A source at or below this beta is already among the little-exposed occupations. */
export const LOW_BETA = 0.25;

export interface OccupationProfile extends SimilarityProfile, BarrierFacts {
  code: string;
  beta: number;
  employment: number;
  wage: number | null;
  growth: number | null;
  openings: number | null;
  /** element_id → { importance, level } */
  elements: Map<string, { importance: number; level: number }>;
  /** set when the occupation has no ratings of its own and borrows those of this (task-nearest) occupation */
  skillsImputedFrom: string | null;
}

export interface PathData {
  occupations: Map<string, OccupationProfile>;
  related: Map<string, Array<{ code: string; tier: string; rank: number }>>;
  elementNames: Map<string, { name: string; domain: string }>;
  anchors: Map<string, Anchor[]>;
  /** the BLS projection period of the growth figures ("2024–34", lib/releases.ts) */
  growthPeriod: string;
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
  /** combined similarity (−1 to 1) and its parts */
  similarity: { combined: number | null; parts: SimilarityParts };
  job_zone: number | null;
  wage: number | null;
  wage_change: number | null;
  /** the target's median wage is within 15% of the source's (or a wage is unknown) */
  desirable: boolean;
  growth: number | null;
  openings: number | null;
  employment: number;
  sources: Array<'related' | 'similar'>;
  related_tier: string | null;
  /** O*NET code whose skill ratings stand in for the target's (it has none of its own), else null */
  skills_imputed_from: string | null;
  score: number;
  components: PathComponents;
  /** barriers the source has not cleared (empty unless barred targets are labelled instead of excluded) */
  barriers: Barrier[];
  /** why it ranks where it does, in words */
  why: string[];
  gaps: Gap[];
  transfers: Transfer[];
}

export interface Excluded {
  onet_soc_code: string;
  title: string;
  barriers: Barrier[];
}

export interface PathOptions {
  weights?: PathWeights;
  limit?: number;
  margin?: number;
  /** 'exclude' (default): targets with barriers are left out and listed; 'label': kept, with their barriers */
  barriers?: 'exclude' | 'label';
  /** rank moves that keep pay within 15% of the source's before the others (default true) */
  desirableFirst?: boolean;
}

const clip = (x: number) => Math.max(0, Math.min(1, x));

export function fitOf(combined: number | null, tier: string | null): number {
  const sim = combined === null ? 0 : clip((combined - FIT_LOW) / (FIT_HIGH - FIT_LOW));
  return (1 - TIER_SHARE) * sim + TIER_SHARE * (tier ? (TIER_CREDIT[tier] ?? 0) : 0);
}

export type Candidates = ReadonlyMap<string, { tier: string | null; parts: SimilarityParts; combined: number | null; sources: ReadonlySet<Path['sources'][number]> }>;

/** Candidates per source, computed once per data set (the data never changes once loaded). */
const candidateCache = new WeakMap<PathData, Map<string, Candidates>>();

/** Candidate targets of `src`: related occupations with their tier, plus the NEAREST by combined similarity. */
export function candidates(data: PathData, src: OccupationProfile): Candidates {
  let cache = candidateCache.get(data);
  if (!cache) candidateCache.set(data, (cache = new Map()));
  const hit = cache.get(src.code);
  if (hit) return hit;
  const out = computeCandidates(data, src);
  cache.set(src.code, out);
  return out;
}

function computeCandidates(data: PathData, src: OccupationProfile): Candidates {
  const out = new Map<string, { tier: string | null; parts: SimilarityParts; combined: number | null; sources: Set<Path['sources'][number]> }>();
  const all: Array<{ code: string; parts: SimilarityParts; combined: number | null }> = [];
  for (const o of data.occupations.values()) {
    if (o.code === src.code) continue;
    const parts = similarityParts(src, o);
    all.push({ code: o.code, parts, combined: combinedSimilarity(parts) });
  }
  const byCode = new Map(all.map((a) => [a.code, a]));
  for (const r of data.related.get(src.code) ?? []) {
    const a = byCode.get(r.code);
    if (!a || out.has(r.code)) continue;
    out.set(r.code, { tier: r.tier, parts: a.parts, combined: a.combined, sources: new Set(['related']) });
  }
  all.sort((a, b) => (b.combined ?? -2) - (a.combined ?? -2));
  for (const a of all.slice(0, NEAREST)) {
    const e = out.get(a.code);
    if (e) e.sources.add('similar');
    else out.set(a.code, { tier: null, parts: a.parts, combined: a.combined, sources: new Set(['similar']) });
  }
  return out;
}

const pct = (v: number) => signed(v * 100, 0, '%');

function whyOf(src: OccupationProfile, t: OccupationProfile, c: { tier: string | null; parts: SimilarityParts; combined: number | null }, wageRatio: number | null, growthPeriod: string): string[] {
  const why: string[] = [];
  if (c.tier) why.push(`O*NET lists it as a related occupation (${c.tier} tier)`);
  const closest = (Object.keys(SIMILARITY_LABELS) as SimilarityPart[])
    .filter((k) => c.parts[k] !== null)
    .sort((a, b) => (c.parts[b] ?? 0) - (c.parts[a] ?? 0))
    .slice(0, 2);
  if (c.combined !== null) why.push(`profile similarity ${score(c.combined)} (−1 to 1); closest in ${closest.map((k) => `${SIMILARITY_LABELS[k]} (${score(c.parts[k]!)})`).join(' and ')}`);
  why.push(`${Math.round((100 * (src.beta - t.beta)) / (src.beta || 1))}% less exposed (beta ${score(t.beta)} vs ${score(src.beta)})`);
  if (src.jobZone !== null && t.jobZone !== null) why.push(t.jobZone > src.jobZone ? `one job zone up (${src.jobZone} → ${t.jobZone}): more preparation` : t.jobZone < src.jobZone ? `less preparation (job zone ${t.jobZone})` : `same job zone (${t.jobZone})`);
  if (wageRatio !== null)
    why.push(
      wageRatio < WAGE_FLOOR
        ? `pays ${pct(wageRatio - 1)}: a cut of more than ${Math.round((1 - WAGE_FLOOR) * 100)}%`
        : wageRatio > WAGE_CEILING
          ? `pays ${pct(wageRatio - 1)}: a step up that usually needs experience, ranked after moves within 15%`
          : `pays ${pct(wageRatio - 1)} (within 15%)`,
    );
  if (t.openings !== null) why.push(`${num(t.openings)} openings a year${t.growth !== null ? `, ${signedPct(t.growth)} growth ${growthPeriod}` : ''}`);
  return why;
}

export interface PathsReport {
  paths: Path[];
  excluded: Excluded[];
}

/** Every feasible path from `code` (unsorted beyond score), and the targets left out for barriers. */
export function pathsReport(data: PathData, code: string, opts: PathOptions = {}): PathsReport | null {
  const src = data.occupations.get(code);
  if (!src) return null;
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const margin = opts.margin ?? EXPOSURE_MARGIN;
  const paths: Path[] = [];
  const excluded: Excluded[] = [];
  for (const [c, meta] of candidates(data, src)) {
    const t = data.occupations.get(c);
    if (!t || t.code === src.code) continue;
    if (!(t.employment > 0)) continue;
    if (t.beta > src.beta - margin) continue;
    if (src.jobZone !== null && t.jobZone !== null && t.jobZone > src.jobZone + 1) continue;
    const barriers = barriersBetween(src, t);
    if (barriers.length > 0 && opts.barriers !== 'label') {
      excluded.push({ onet_soc_code: t.code, title: t.title, barriers });
      continue;
    }
    const fit = fitOf(meta.combined, meta.tier);
    if (fit < MIN_FIT) continue;
    const wageRatio = src.wage && t.wage ? t.wage / src.wage : null;
    const components: PathComponents = {
      skills: fit,
      exposure: clip(src.beta > 0 ? (src.beta - t.beta) / src.beta : 0),
      wage: wagePart(wageRatio),
      growth: outlookPart(t.growth, t.openings),
    };
    const { gaps, transfers } = gapsBetween(src.elements, t.elements, data.elementNames, data.anchors);
    paths.push({
      onet_soc_code: t.code,
      title: t.title,
      beta: t.beta,
      exposure_reduction: src.beta - t.beta,
      skill_similarity: meta.parts.skills,
      task_similarity: meta.parts.tasks,
      similarity: { combined: meta.combined, parts: meta.parts },
      job_zone: t.jobZone,
      wage: t.wage,
      wage_change: wageRatio === null ? null : wageRatio - 1,
      desirable: isDesirable(wageRatio),
      growth: t.growth,
      openings: t.openings,
      employment: t.employment,
      sources: [...meta.sources],
      related_tier: meta.tier,
      skills_imputed_from: t.skillsImputedFrom,
      score: scoreWith(components, w),
      components,
      barriers,
      why: [...barriers.map((b) => `barrier: ${b.reason}`), ...whyOf(src, t, meta, wageRatio, data.growthPeriod)],
      gaps: gaps.slice(0, 10),
      transfers: transfers.slice(0, 10),
    });
  }
  return { paths: rankBy(paths, w, opts.limit ?? 12, opts.desirableFirst ?? true), excluded };
}

export function findPaths(data: PathData, code: string, opts: PathOptions = {}): Path[] | null {
  return pathsReport(data, code, opts)?.paths ?? null;
}
