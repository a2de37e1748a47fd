import type { ReactNode } from 'react';

/**
 * A page around one tool that reads what the visitor gives it (a roster, a job description): the
 * heading, what the tool does (`lede`), the promise that `given` is never kept, then the tool.
 */
export function ToolPage({ heading, lede, given, children }: { heading: string; lede: string; given: string; children: ReactNode }) {
  return (
    <article>
      <h1>{heading}</h1>
      <p className="lede">{lede}</p>
      <p className="muted">{`${given} is processed in memory on the server and never stored.`}</p>
      {children}
    </article>
  );
}
