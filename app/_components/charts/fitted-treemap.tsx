'use client';

import type { TreemapLeaf } from '@/lib/charts/treemap';
import { Fit } from './fit';
import { TreemapChart } from './treemap-chart';

/** The treemap laid out at the width it is shown at (names at 11 px, as many as fit). */
export function FittedTreemap({ leaves }: { leaves: TreemapLeaf[] }) {
  return <Fit fallback={960} max={1160}>{(w) => <TreemapChart leaves={leaves} width={w} />}</Fit>;
}
