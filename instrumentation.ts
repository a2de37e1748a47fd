/**
 * Runs once when the server starts: answers TRACE/TRACK at the HTTP server (Next.js cannot represent
 * them as a Request: lib/server/forbidden-methods.ts), then warms the embedding model and the title
 * vectors in the background so the first semantic search or job-description score does not pay for
 * loading them.
 */
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself (nodejs or edge), not by the user.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  (await import('./lib/server/forbidden-methods')).installForbiddenMethodGuard();
  const { env } = await import('./lib/env');
  if (env().ATLAS_SKIP_WARMUP) return;
  setTimeout(() => {
    void (async () => {
      try {
        const [{ withData }, { embedQuery }, { semanticSearch }] = await Promise.all([import('./lib/data'), import('./lib/embed/embedder'), import('./lib/queries/semantic-search')]);
        const v = await embedQuery('warm up');
        await withData((data) => semanticSearch(data, v, 1));
      } catch {
        // No database or model yet: the first request will report it properly.
      }
    })();
  }, 0);
}
