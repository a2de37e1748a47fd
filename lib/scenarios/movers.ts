/**
 * The biggest movers between two evaluations of a scenario: one rule for the API (evaluate.ts) and
 * the page (outcome.ts, in the browser). Pure.
 */

/** Occupations with fewer workers than this are not listed as movers, so that tiny ones do not crowd the list. */
export const MOVER_MIN_EMPLOYMENT = 1000;

export interface MoverFacts {
  code: string;
  /** the change in beta (b − a) */
  change: number;
  employment: number;
}

/** The `limit` items whose beta changes most (largest |change| first, ties by code), among those with at least `minEmployment` workers. */
export function topMovers<T>(items: readonly T[], facts: (item: T) => MoverFacts, limit: number, minEmployment = MOVER_MIN_EMPLOYMENT): T[] {
  return items
    .map((item) => ({ item, f: facts(item) }))
    .filter(({ f }) => f.employment >= minEmployment)
    .sort((x, y) => Math.abs(y.f.change) - Math.abs(x.f.change) || x.f.code.localeCompare(y.f.code))
    .slice(0, limit)
    .map(({ item }) => item);
}
