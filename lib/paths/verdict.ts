/** Whether one step gets clearly away from exposure, said plainly (issue 12: "say so"). */
import { CLEAR_REDUCTION, CLOSE_FIT, LOW_BETA, type OccupationProfile, type Path } from './paths';
import { score } from '../charts/format';

export interface Verdict {
  /** a close (fit ≥ CLOSE_FIT), desirable target at least CLEAR_REDUCTION less exposed is among the top five */
  clear: boolean;
  message: string;
}

/** Whether one step gets clearly away from exposure, in words; `twoSteps` is the number of two-step paths found. */
export function verdictOf(src: OccupationProfile, paths: Path[], twoSteps?: number): Verdict {
  const top = paths.slice(0, 5);
  const clear = top.some((p) => p.exposure_reduction >= CLEAR_REDUCTION && p.components.skills >= CLOSE_FIT && p.desirable);
  if (clear && src.beta <= LOW_BETA)
    return { clear, message: `${src.title} is already among the little-exposed occupations (beta ${score(src.beta)}): the close moves below are less exposed still, but staying is a reasonable choice.` };
  if (clear) return { clear, message: `At least one close, related move is clearly less exposed (beta at least ${CLEAR_REDUCTION} lower) without a pay cut of more than 15%.` };
  const further =
    twoSteps === undefined ? 'Two-step paths go further, one feasible step at a time.' : twoSteps > 0 ? 'Two-step paths below go further, one feasible step at a time.' : 'No two-step path passes the rules either.';
  if (src.beta <= LOW_BETA)
    return { clear, message: `${src.title} is already among the little-exposed occupations (beta ${score(src.beta)}): few close occupations are clearly less exposed, and staying is a reasonable choice. ${further}` };
  return {
    clear,
    message:
      paths.length === 0
        ? `No close occupation is clearly less exposed than ${src.title}: the occupations it leads to do similar, similarly exposed work. ${further}`
        : `No close occupation is clearly less exposed than ${src.title} (none of the top five is at least ${CLEAR_REDUCTION} lower in beta with a good fit and pay within 15%). The one-step paths below are modest. ${further}`,
  };
}
