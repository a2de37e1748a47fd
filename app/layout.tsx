import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Exposure Atlas', template: '%s · Exposure Atlas' },
  description: 'How exposed each U.S. occupation, task and skill is to large language models: open, reproducible, traceable to tasks.',
};

// Every page is rendered per request: it reads the SQLite build, and its scripts carry the request's
// CSP nonce (proxy.ts), which Next.js takes from the request's Content-Security-Policy header.
// `connection()` makes that explicit for pages that would otherwise be prerendered (not-found).

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>
        {children}
      </body>
    </html>
  );
}
