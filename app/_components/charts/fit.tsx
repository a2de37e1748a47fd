'use client';

import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Lays a chart out at the width it is shown at, so that its text keeps its size (an SVG scaled down
 * to a phone would shrink 11 px labels to 6 px). Measures its box, re-measures on resize, and gives
 * the chart that width (at most `max`); until the page runs in a browser it uses `fallback`.
 */
export function Fit({ children, fallback = 640, max = 820, min = 260 }: { children: (width: number) => ReactNode; fallback?: number; max?: number; min?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(Math.max(min, Math.min(max, w)));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [max, min]);
  return (
    <div ref={ref} className="fit" data-width={width}>
      {children(width)}
    </div>
  );
}
