import type { ChartSpec } from '@/lib/charts/spec';
import { ColumnRecharts } from './column';
import { DivergingRecharts } from './diverging';
import { HBarRecharts } from './hbar';
import { ScatterRecharts } from './scatter';

/** The recharts chart of a spec, laid out at `width`. */
export function RechartsChart({ spec, width }: { spec: ChartSpec; width: number }) {
  switch (spec.kind) {
    case 'hbar':
      return <HBarRecharts spec={spec} width={width} />;
    case 'column':
      return <ColumnRecharts spec={spec} width={width} />;
    case 'scatter':
      return <ScatterRecharts spec={spec} width={width} />;
    case 'diverging':
      return <DivergingRecharts spec={spec} width={width} />;
  }
}
