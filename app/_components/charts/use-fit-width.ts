import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width to lay a chart out at in the box `ref` points to: its whole-pixel width, measured again on
 * resize, kept within [min, max] and rounded down to whole steps of `step` px. Null until the page runs
 * in a browser and the box has a width.
 */
export function useFitWidth(ref: RefObject<HTMLElement | null>, { max, min, step = 1 }: { max: number; min: number; step?: number }): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(Math.max(min, Math.floor(Math.min(max, w) / step) * step));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, max, min, step]);
  return width;
}
