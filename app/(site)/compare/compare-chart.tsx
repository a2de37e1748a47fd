'use client';

import { exposureColor } from '@/lib/charts/color';
import { compact, pct, score } from '@/lib/charts/format';
import type { ComparePoint } from '@/lib/queries/compare';
import { Fit } from '../../_components/charts/fit';
import { ScatterChart } from '../../_components/charts/scatter-chart';

/** Our percentile rank against a published index's, laid out at the width shown. */
export function CompareScatter({ points, name }: { points: ComparePoint[]; name: string }) {
  return (
    <Fit>
      {(w) => (
        <ScatterChart width={w}
          points={points.map((q) => ({ id: q.code, x: q.theirRank, y: q.ourRank, size: q.employment || 1, color: exposureColor(q.ours), tooltip: `${q.title}: ours ${score(q.ours)} (rank ${pct(q.ourRank)}), theirs ${score(q.theirs)} (rank ${pct(q.theirRank)})` }))}
          xDomain={[0, 1]} xTitle={`${name}: percentile rank`} yTitle="Exposure Atlas: percentile rank" xFormat={(v) => pct(v)} yFormat={(v) => pct(v)}
          legend={{ color: { label: 'Colour: our beta', low: '0', high: '1' }, size: { label: 'Area: workers', values: [100000, 1000000], format: compact } }}
          line={{ points: [[0, 0], [1, 1]], label: 'where the two agree' }} />
      )}
    </Fit>
  );
}
