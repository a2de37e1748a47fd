import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Exposure Atlas', template: '%s · Exposure Atlas' },
  description: 'How exposed each U.S. occupation, task and skill is to large language models: open, reproducible, traceable to tasks.',
};

// Every page reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
      </body>
    </html>
  );
}
