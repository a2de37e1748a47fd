/** Placeholder while a slower page streams in. Not used above occupation pages: a loading boundary
 * there would start the response before notFound() could set the 404 status. */
export function PageSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton" style={{ height: 36, width: '40%' }} />
      <div className="skeleton" style={{ height: 18, width: '70%' }} />
      <div className="skeleton" style={{ height: 240 }} />
    </div>
  );
}
