'use client';

import { useEffect } from 'react';
import { EMBED_MESSAGE } from '@/lib/charts/embed';

/** Tells the page that frames this embed how tall it is, whenever that changes (see lib/charts/embed). */
export function SizeReporter({ id }: { id: string }) {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_MESSAGE, id, height }, '*');
    };
    const ro = new ResizeObserver(post);
    ro.observe(document.documentElement);
    ro.observe(document.body);
    post();
    return () => ro.disconnect();
  }, [id]);
  return null;
}
