/**
 * A job description's overall exposure: the mean over its scored task sentences. Sentences with no
 * word the model knows carry only the prior, so they do not move the figure, unless nothing else
 * is known (then the mean of all is the honest answer: the prior).
 */
import type { Exposure } from '../score/exposure';

export interface ScoredSentence extends Exposure {
  unknown: boolean;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function overallExposure<T extends ScoredSentence>(scored: readonly T[]): Exposure & { known: T[] } {
  const known = scored.filter((s) => !s.unknown);
  const basis = known.length ? known : scored;
  return { alpha: mean(basis.map((s) => s.alpha)), beta: mean(basis.map((s) => s.beta)), gamma: mean(basis.map((s) => s.gamma)), known };
}
