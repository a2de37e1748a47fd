/**
 * The three exposure measures of the rubric (after Eloundou et al. 2023), each from 0 to 1. With
 * E1 "an LLM alone cuts the time of the work by at least half at equal quality" and E2 "the same,
 * given software built on an LLM": alpha = P(E1), beta = P(E1) + 0.5 P(E2), gamma = P(E1) + P(E2).
 * A task carries them directly; an occupation, a skill or a text carries a weighted mean of its tasks'.
 */
export interface Exposure {
  alpha: number;
  beta: number;
  gamma: number;
}
