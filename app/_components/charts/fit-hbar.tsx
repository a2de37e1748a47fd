'use client';

import { Fit } from './fit';
import { HBarChart, type HBar } from './hbar-chart';

/** Horizontal bars laid out at the width shown (text keeps its 11 px on phones); shares on the axis. */
export function FitShareBars({ data, xTitle, xMax, labelWidth }: { data: HBar[]; xTitle: string; xMax: number; labelWidth: number }) {
  return (
    <Fit max={820}>
      {(w) => <HBarChart width={w} data={data} xFormat={(v) => `${Math.round(v * 100)}%`} xTitle={xTitle} xMax={xMax} labelWidth={labelWidth} />}
    </Fit>
  );
}
