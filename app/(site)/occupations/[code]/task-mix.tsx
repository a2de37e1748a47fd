'use client';

import { exposureColor } from '@/lib/charts/color';
import { pct } from '@/lib/charts/format';
import { Fit } from '../../../_components/charts/fit';
import { HBarChart } from '../../../_components/charts/hbar-chart';

/** The occupation's weighted mix of exposure classes, laid out at the width shown. */
export function TaskMixChart({ mix }: { mix: [number, number, number] }) {
  return (
    <Fit max={560}>
      {(w) => (
        <HBarChart width={w}
          data={[
            { label: 'Not exposed (E0)', value: mix[0], color: exposureColor(0.05), tooltip: `E0: ${pct(mix[0], 1)}` },
            { label: 'LLM alone (E1)', value: mix[1], color: exposureColor(0.9), tooltip: `E1: ${pct(mix[1], 1)}` },
            { label: 'With LLM software (E2)', value: mix[2], color: exposureColor(0.5), tooltip: `E2: ${pct(mix[2], 1)}` },
          ]}
          xFormat={(v) => pct(v)} xTitle="Weighted share of the work" labelWidth={160} />
      )}
    </Fit>
  );
}
