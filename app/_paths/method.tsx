/** How paths are chosen, in words, with the constants the code uses (lib/paths). */
import { requestData } from '@/app/_data';
import { PROFESSIONAL_SHARE } from '@/lib/paths/barriers';
import { GAP_LEVEL, NEEDED_IMPORTANCE } from '@/lib/paths/gaps';
import { CLEAR_REDUCTION, EXPOSURE_MARGIN, FIT_HIGH, FIT_LOW, MIN_FIT, NEAREST, TIER_SHARE } from '@/lib/paths/paths';
import { pct } from '@/lib/charts/format';
import { DEFAULT_WEIGHTS } from '@/lib/paths/score';
import { releases } from '@/lib/queries/meta';
import { SIMILARITY_LABELS, SIMILARITY_WEIGHTS, TIER_CREDIT, type SimilarityPart } from '@/lib/paths/similarity';


export function PathsMethod() {
  const parts = Object.keys(SIMILARITY_WEIGHTS) as SimilarityPart[];
  return (
    <details className="pth-method">
      <summary>How paths are chosen and ranked</summary>
      <dl>
        <dt>Candidates</dt>
        <dd>
          O*NET&apos;s related occupations (its analysts&apos; tiers Primary-Short, Primary-Long and Supplemental) and the {NEAREST} occupations with the most similar O*NET profile.
        </dd>
        <dt>Similarity, built from what O*NET itself uses</dt>
        <dd>
          Centred cosines of each profile, weighted: {parts.map((k) => `${SIMILARITY_LABELS[k]} ${pct(SIMILARITY_WEIGHTS[k])}`).join(', ')}. Work activities are the task weights spread
          over O*NET&apos;s intermediate and generalized work activities (tasks → DWAs → IWAs → GWAs); skills and knowledge are importance × level; interests are the six RIASEC
          scores; work styles their impact ratings; job zone and required education are compared on their scales.
        </dd>
        <dt>Fit (feasibility)</dt>
        <dd>
          {pct(1 - TIER_SHARE)} the combined similarity (mapped from {FIT_LOW} → 0 to {FIT_HIGH} → 1) and {pct(TIER_SHARE)} O*NET&apos;s relatedness tier (Primary-Short{' '}
          {TIER_CREDIT['Primary-Short']}, Primary-Long {TIER_CREDIT['Primary-Long']}, Supplemental {TIER_CREDIT.Supplemental}, not related 0). A target needs a fit of at least{' '}
          {MIN_FIT}.
        </dd>
        <dt>Rules</dt>
        <dd>
          At least {EXPOSURE_MARGIN} less exposed (beta), at most one O*NET job zone up, with BLS employment, and no barrier the source has not cleared: an elected or appointed
          post (Occupation Data names it, or describes adjudication), military service (SOC group 55), a sworn law-enforcement post (SOC &quot;Law Enforcement Workers&quot;), or a
          professional or doctoral degree ({pct(PROFESSIONAL_SHARE)} or more of O*NET respondents say the job requires one). Such targets are left out and listed.
        </dd>
        <dt>Score (re-weightable)</dt>
        <dd>
          Fit {pct(DEFAULT_WEIGHTS.skills)}, exposure reduction {pct(DEFAULT_WEIGHTS.exposure)}, wage {pct(DEFAULT_WEIGHTS.wage)} (a cut of more than 15% loses credit fast), outlook{' '}
          {pct(DEFAULT_WEIGHTS.growth)} (BLS projected growth {releases(requestData()).projectionsPeriod} and annual openings). By default, moves that keep the median wage within 15% of this one rank first; bigger cuts and
          big raises (usually promotions that need experience) come after. When none of the top five is both close (fit ≥ 0.5) and clearly less exposed (at least {CLEAR_REDUCTION}{' '}
          lower), the page says so and offers two-step paths, each step feasible by the same rules.
        </dd>
        <dt>Gaps</dt>
        <dd>
          Skills and knowledge the target rates important (≥ {NEEDED_IMPORTANCE} of 5) at a level at least {GAP_LEVEL} above this occupation&apos;s (O*NET levels 0–7), each name once,
          most important first, with O*NET&apos;s Level Scale Anchor closest to the target level as an example of what that level means.
        </dd>
      </dl>
    </details>
  );
}
