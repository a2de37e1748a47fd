import { notFound } from 'next/navigation';
import { atlasVersion, hasScores } from '@/lib/queries/meta';
import { getNationalPicture } from '@/lib/queries/national';
import { sqlite } from '@/lib/queries/db';
import { NATIONAL_CHARTS, type NationalChartId } from '../../_components/national-chart-ids';
import { NationalChart } from '../../_components/national-charts';
import { SizeReporter } from './size-reporter';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ chart: string }> };

/** One home-page chart alone, for <iframe> embedding (with its exports and source line); it reports its height to the host page. */
export default async function EmbedPage({ params }: Props) {
  const { chart } = await params;
  if (!(NATIONAL_CHARTS as readonly string[]).includes(chart)) notFound();
  const db = sqlite();
  if (!hasScores(db)) notFound();
  return (
    <div style={{ padding: 8 }}>
      <SizeReporter id={chart} />
      <NationalChart id={chart as NationalChartId} np={getNationalPicture(db)} version={atlasVersion(db)} />
    </div>
  );
}
