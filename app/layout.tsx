import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Exposure Atlas', template: '%s · Exposure Atlas' },
  description: 'How exposed each U.S. occupation, task and skill is to large language models: open, reproducible, traceable to tasks.',
};

// Pages read the SQLite build at request time (each declares `dynamic = 'force-dynamic'`), except
// occupation pages, which are rendered on first request and cached (see their `revalidate`).

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
      </body>
    </html>
  );
}
