import { exposureOf } from './profile';

/** The class probabilities [E0, E1, E2] and the exposure measures of a scored task or text, as stored and answered. */
export function scoreFields(p: readonly [number, number, number] | readonly number[]) {
  const e = exposureOf(p);
  return { p_e0: p[0], p_e1: p[1], p_e2: p[2], alpha: e.alpha, beta: e.beta, gamma: e.gamma };
}
