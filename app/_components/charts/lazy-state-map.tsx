'use client';

import { useEffect, useState } from 'react';
import { MAP_HEIGHT, MAP_WIDTH, type StateShape } from '@/lib/charts/map-classes';
import { StateMap, type MapFormat, type StateValue } from './state-map';

let outlines: Promise<StateShape[]> | null = null;

/** The state outlines, fetched once per page view (the response is cached by the browser for a day). */
function loadOutlines(): Promise<StateShape[]> {
  outlines ??= fetch('/api/v1/geo/states')
    .then((r) => (r.ok ? (r.json() as Promise<{ states: StateShape[] }>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((b) => b.states)
    .catch((e: unknown) => {
      outlines = null;
      throw e;
    });
  return outlines;
}

/**
 * A state map drawn in the browser, for pages where the map is secondary (an occupation's wages by
 * state): the page carries only the 51 values; the outlines (≈ 100 KB, the same for every map) come
 * once from the API instead of inside every page's HTML.
 */
export function LazyStateMap(props: { values: StateValue[]; format: MapFormat; legendTitle: string }) {
  const [shapes, setShapes] = useState<StateShape[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadOutlines().then(
      (s) => live && setShapes(s),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (shapes) return <StateMap shapes={shapes} {...props} />;
  return (
    <div className="state-map" style={{ aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT + 76}`, maxWidth: 820 }} role="status">
      <p className="muted">{failed ? 'The map could not be loaded; the table below has every state.' : 'Loading the map…'}</p>
    </div>
  );
}
