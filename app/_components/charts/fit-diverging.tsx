'use client';

import { DivergingChart, type DivergingDatum } from './diverging-chart';
import { Fit } from './fit';
import { signed } from '@/lib/charts/format';

/** How the axis reads: a signed score (+0.12) or signed percentage points (+1.2 pts). Strings, so server pages can pass them. */
export type DivergingFormat = 'signed-score' | 'signed-points';
const FORMATS: Record<DivergingFormat, (v: number) => string> = {
  'signed-score': (v) => signed(v),
  'signed-points': (v) => signed(v * 100, 1, ' pts'),
};

/** A diverging chart laid out at the width it is shown at (text keeps its 11 px on phones). */
export function FitDivergingChart({ format, ...props }: { data: DivergingDatum[]; format: DivergingFormat; xTitle: string; leftLabel: string; rightLabel: string; marker?: { value: number; label: string } }) {
  return <Fit max={760}>{(w) => <DivergingChart width={w} xFormat={FORMATS[format]} {...props} />}</Fit>;
}
