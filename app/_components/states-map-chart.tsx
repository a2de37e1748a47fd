import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { StateMap } from '@/app/_components/charts/state-map';
import { MEASURE_LABEL, SCALE_LABEL, statesHref } from '@/app/(site)/states/search-params';
import type { MapScale } from '@/lib/charts/map-classes';
import { pct } from '@/lib/charts/format';
import { stateShapes } from '@/lib/charts/state-map';
import { atlasVersion } from '@/lib/queries/meta';
import { chartSource } from '@/lib/releases';
import type { StatesPicture } from '@/lib/queries/states';
import { requestData } from '@/app/_data';
import { rankedBy, type StateMeasure } from '@/lib/states/figures';
import { roundOrNull } from '@/lib/round';

/** Chart ids (and embed ids) of the states map, one per figure it can show. */
export const STATES_MAP_IDS: Record<StateMeasure, string> = { beta: 'states-map', share50: 'states-map-share50' };

const r4 = (v: number | null) => roundOrNull(v, 4);

/** The choropleth of the states with its exports; the /states page and its embeds render this. */
export function StatesMapChart({ picture, measure, scale = 'fixed' }: { picture: StatesPicture; measure: StateMeasure; scale?: MapScale }) {
  const { states, us, release, onetRelease } = picture;
  const label = MEASURE_LABEL[measure];
  const ranked = rankedBy(states, measure);
  const source = chartSource(atlasVersion(requestData()), { onet: onetRelease, oews: `${release} estimates` });
  return (
    <ChartFrame
      id={STATES_MAP_IDS[measure]}
      title={`${label.short} by state`}
      subtitle={`${label.long}. U.S. (sum of the states): ${pct(us[measure], 1)}. Each state's workers are weighted by their occupation's exposure; darker = less exposed. ${SCALE_LABEL[scale].long}.`}
      version={atlasVersion(requestData())}
      source={source}
      permalink={statesHref(measure, scale)}
      data={{
        header: ['fips', 'postal', 'state', 'beta', 'share_workers_beta_ge_0_5', 'employment', 'employment_with_score', 'rank_beta', 'release'],
        rows: ranked.map((s) => [s.area, s.postal, s.name, r4(s.beta), r4(s.share50), s.employment, Math.round(s.scored_employment), s.rank_beta, s.release]),
      }}
    >
      <StateMap
        values={states.map((s) => ({ fips: s.area, postal: s.postal, name: s.name, value: s[measure], label: `${s.name}: ${pct(s[measure], 1)} (${ranked.indexOf(s) + 1} of ${states.length})` }))}
        shapes={stateShapes()}
        format="percent"
        legendTitle={label.long}
        scale={scale}
      />
    </ChartFrame>
  );
}
