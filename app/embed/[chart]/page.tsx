import { notFound } from 'next/navigation';
import { atlasVersion, hasScores, releases } from '@/lib/queries/meta';
import { getNationalPicture } from '@/lib/queries/national';
import { getStatesPicture } from '@/lib/queries/states';
import { STATE_MEASURES, type StateMeasure } from '@/lib/states/figures';
import { requestData } from '@/app/_data';
import { NATIONAL_CHARTS, type NationalChartId } from '../../_components/national-chart-ids';
import { NationalChart } from '../../_components/national-charts';
import { STATES_MAP_IDS, StatesMapChart } from '../../_components/states-map-chart';
import { ReleasesProvider } from '../../_components/releases-context';
import { SizeReporter } from './size-reporter';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ chart: string }> };

const stateMeasureOf = (chart: string): StateMeasure | undefined => STATE_MEASURES.find((m) => STATES_MAP_IDS[m] === chart);

/** One chart alone (a home-page chart or the states map), for <iframe> embedding, with its exports and source line; it reports its height to the host page. */
export default async function EmbedPage({ params }: Props) {
  const { chart } = await params;
  const db = requestData();
  if (!hasScores(db)) notFound();
  const measure = stateMeasureOf(chart);
  if (measure) {
    const picture = getStatesPicture(requestData());
    if (!picture) notFound();
    return (
      <ReleasesProvider labels={releases(db)}>
        <div style={{ padding: 8 }}>
          <SizeReporter id={chart} />
          <StatesMapChart picture={picture} measure={measure} />
        </div>
      </ReleasesProvider>
    );
  }
  if (!(NATIONAL_CHARTS as readonly string[]).includes(chart)) notFound();
  return (
    <ReleasesProvider labels={releases(db)}>
      <div style={{ padding: 8 }}>
        <SizeReporter id={chart} />
        <NationalChart id={chart as NationalChartId} np={getNationalPicture(db)} version={atlasVersion(db)} guess={820} />
      </div>
    </ReleasesProvider>
  );
}
