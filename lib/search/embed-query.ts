import type { Embed } from './hybrid';

/** The app's query embedder, loaded lazily so search answers even before (or without) the model. */
export const embedQueryLazy: Embed = async (text) => (await import('../embed/embedder')).embedQuery(text);
