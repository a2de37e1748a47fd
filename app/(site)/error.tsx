'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const missingDb = /database not found/.test(error.message);
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      {missingDb ? (
        <p className="lede">The database has not been built yet. Run <code>npm run setup</code>, then reload.</p>
      ) : (
        <p className="lede">The page could not be rendered{error.digest ? ` (reference ${error.digest})` : ''}.</p>
      )}
      <button type="button" className="primary" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
