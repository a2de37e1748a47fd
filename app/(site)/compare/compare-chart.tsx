import { Chart } from '@/app/_components/charts/chart';
import { exposureColor } from '@/lib/charts/color';
import { pct, score } from '@/lib/charts/format';
import type { ComparePoint } from '@/lib/queries/compare';

/** Our percentile rank against a published index's (recharts, drawn at the width shown). */
export function CompareScatter({ points, name }: { points: ComparePoint[]; name: string }) {
  return (
    <Chart
      guess={540}
      spec={{
        kind: 'scatter',
        ariaLabel: `Exposure Atlas percentile rank against ${name}`,
        points: points.map((q) => ({ id: q.code, x: q.theirRank, y: q.ourRank, size: q.employment || 1, color: exposureColor(q.ours), tooltip: `${q.title}: ours ${score(q.ours)} (rank ${pct(q.ourRank)}), theirs ${score(q.theirs)} (rank ${pct(q.theirRank)})` })),
        xDomain: [0, 1],
        xTitle: `${name}: percentile rank`,
        yTitle: 'Exposure Atlas: percentile rank',
        xFormat: 'percent',
        yFormat: 'percent',
        legend: { color: { label: 'Colour: our beta', low: '0', high: '1' }, size: { label: 'Area: workers', values: [100000, 1000000] } },
        line: { points: [[0, 0], [1, 1]], label: 'where the two agree' },
      }}
    />
  );
}
