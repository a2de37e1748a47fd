import { Chart } from '@/app/_components/charts/chart';
import { exposureColor } from '@/lib/charts/color';
import { pct } from '@/lib/charts/format';

/** The occupation's weighted mix of exposure classes (recharts, drawn at the width shown). */
export function TaskMixChart({ mix }: { mix: [number, number, number] }) {
  return (
    <Chart
      max={560}
      guess={540}
      spec={{
        kind: 'hbar',
        ariaLabel: 'Weighted share of the work by exposure class',
        format: 'percent',
        xTitle: 'Weighted share of the work',
        labelWidth: 160,
        data: [
          { label: 'Not exposed (E0)', value: mix[0], color: exposureColor(0.05), tooltip: `E0: ${pct(mix[0], 1)}` },
          { label: 'LLM alone (E1)', value: mix[1], color: exposureColor(0.9), tooltip: `E1: ${pct(mix[1], 1)}` },
          { label: 'With LLM software (E2)', value: mix[2], color: exposureColor(0.5), tooltip: `E2: ${pct(mix[2], 1)}` },
        ],
      }}
    />
  );
}
