/**
 * The rubric layer: a task's similarity to each rubric group (its profile) and zero-shot class
 * probabilities from it.
 */
import { round } from '../round';
import type { Rubric } from './rubric';
import { topK, VectorMatrix } from './vectors';

export interface ExemplarIndex {
  matrix: VectorMatrix;
  /** group position of each exemplar row */
  group: Int32Array;
  groups: number;
  texts: string[];
}

export function exemplarIndex(rubric: Rubric, vectors: Float32Array[]): ExemplarIndex {
  const group: number[] = [];
  const texts: string[] = [];
  rubric.groups.forEach((g, gi) => {
    for (const e of g.exemplars) {
      group.push(gi);
      texts.push(e);
    }
  });
  if (vectors.length !== group.length) throw new Error(`expected ${group.length} exemplar vectors, got ${vectors.length}`);
  return { matrix: VectorMatrix.from(vectors), group: Int32Array.from(group), groups: rubric.groups.length, texts };
}

/** Similarity to each group: the mean of the two most similar exemplars of the group. */
export function profileOf(v: Float32Array, ex: ExemplarIndex, sims = new Float32Array(ex.matrix.rows)): Float32Array {
  ex.matrix.similarities(v, sims);
  const best = new Float32Array(ex.groups).fill(-1);
  const second = new Float32Array(ex.groups).fill(-1);
  for (let i = 0; i < sims.length; i++) {
    const gi = ex.group[i];
    const s = sims[i];
    if (s > best[gi]) {
      second[gi] = best[gi];
      best[gi] = s;
    } else if (s > second[gi]) second[gi] = s;
  }
  const out = new Float32Array(ex.groups);
  for (let gi = 0; gi < ex.groups; gi++) out[gi] = second[gi] > -1 ? (best[gi] + second[gi]) / 2 : best[gi];
  return out;
}

export interface RubricScoring {
  /** Sharpness of the softmax over the best group of each kind. */
  temperature: number;
  /** Added to the best similarity of each kind before the softmax (prior tilt). */
  bias: { E0: number; E1: number; E2: number };
}

export const DEFAULT_RUBRIC_SCORING: RubricScoring = { temperature: 0.05, bias: { E0: 0, E1: 0, E2: 0 } };

/** Zero-shot probabilities [E0, E1, E2]: a softmax over the best-matching sheltered, E1 and E2 group. */
export function rubricProbabilities(profile: Float32Array, rubric: Rubric, scoring: RubricScoring = DEFAULT_RUBRIC_SCORING): [number, number, number] {
  const best = { E0: -1, E1: -1, E2: -1 };
  rubric.groups.forEach((g, gi) => {
    const k = g.kind === 'sheltered' ? 'E0' : g.kind;
    if (profile[gi] > best[k]) best[k] = profile[gi];
  });
  const z = [best.E0 + scoring.bias.E0, best.E1 + scoring.bias.E1, best.E2 + scoring.bias.E2].map((x) => x / scoring.temperature);
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e[0] + e[1] + e[2];
  return [e[0] / s, e[1] / s, e[2] / s];
}

/** alpha, beta, gamma of class probabilities [E0, E1, E2]. */
export function exposureOf(p: readonly [number, number, number] | readonly number[]) {
  return { alpha: p[1], beta: p[1] + 0.5 * p[2], gamma: p[1] + p[2] };
}

/** The k rubric exemplars closest to a text, given its similarities to every exemplar: the evidence shown for a score. */
export function closestExemplars(sims: Float32Array, ex: ExemplarIndex, rubric: Rubric, k = 3): Array<{ group_id: string; text: string; similarity: number }> {
  return topK(sims, k).map((e) => ({ group_id: rubric.groups[ex.group[e.index]].id, text: ex.texts[e.index], similarity: round(e.score, 3) }));
}
