'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { CHART_MAX_WIDTH, CHART_MIN_WIDTH, WIDTH_STEP } from '@/lib/charts/axis-formats';
import type { ChartSpec } from '@/lib/charts/spec';
import { useFitWidth } from './use-fit-width';

export interface DrawnChart {
  svg: string;
  width: number;
}

/**
 * A recharts chart drawn at the width it is shown at, so its text keeps its size (an SVG scaled down
 * to a phone would shrink 11 px labels to 6 px). The server draws it (recharts needs no JavaScript
 * in the page); this measures its box and, when the width differs from the drawing, asks the server
 * for the same spec at the new width (POST /api/v1/charts/render), again on resize or when the spec
 * changes (a scenario slider). `initial` is the server's first drawing, if any.
 */
export function FitChart({ spec, initial, max = 820 }: { spec: ChartSpec; initial?: DrawnChart; max?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // Whole steps of WIDTH_STEP px (drawn a few px narrower than the box, never wider): fewer distinct drawings to make and keep.
  const width = useFitWidth(ref, { max: Math.min(max, CHART_MAX_WIDTH), min: CHART_MIN_WIDTH, step: WIDTH_STEP });
  // Specs are compared by content: a parent may rebuild an equal spec on every render.
  const key = useMemo(() => JSON.stringify(spec), [spec]);
  const [drawn, setDrawn] = useState<(DrawnChart & { key: string }) | null>(initial ? { ...initial, key } : null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (width === null || (drawn && drawn.width === width && drawn.key === key)) return;
    const ctl = new AbortController();
    const t = setTimeout(() => {
      fetch('/api/v1/charts/render', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"spec":${key},"width":${width}}`, signal: ctl.signal })
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then((svg) => {
          setDrawn({ svg, width, key });
          setFailed(false);
        })
        .catch((e: Error) => e.name !== 'AbortError' && setFailed(true));
    }, drawn ? 120 : 0);
    return () => {
      clearTimeout(t);
      ctl.abort();
    };
  }, [width, key, drawn]);

  return (
    <div ref={ref} className="fit" data-width={drawn?.width ?? ''}>
      {drawn ? (
        <div className="fit-svg" dangerouslySetInnerHTML={{ __html: drawn.svg }} />
      ) : (
        <p className="muted">{failed ? 'The chart could not be drawn; the data table below has its figures.' : 'Drawing the chart…'}</p>
      )}
    </div>
  );
}
