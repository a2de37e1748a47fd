'use client';

import { useRef, type ReactNode } from 'react';
import { useFitWidth } from './use-fit-width';

/**
 * Lays a chart out at the width it is shown at, so that its text keeps its size (an SVG scaled down
 * to a phone would shrink 11 px labels to 6 px). Measures its box, re-measures on resize, and gives
 * the chart that width (at most `max`); until the page runs in a browser it uses `fallback`.
 */
export function Fit({ children, fallback = 640, max = 820, min = 260 }: { children: (width: number) => ReactNode; fallback?: number; max?: number; min?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useFitWidth(ref, { max, min }) ?? fallback;
  return (
    <div ref={ref} className="fit" data-width={width}>
      {children(width)}
    </div>
  );
}
