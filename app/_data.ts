/**
 * The data context of one request (lib/data): leased once, used for the whole request, released
 * after the response has been sent (Next.js `after`), so a rebuild during the request never closes
 * its connection under it nor mixes two database files. In a render, React `cache` gives every
 * server component of the request the same lease; a route handler calls it once and passes it on.
 */
import { after } from 'next/server';
import { cache } from 'react';
import { leaseData, type DataContext } from '@/lib/data';

function lease(): DataContext {
  const l = leaseData();
  try {
    after(() => l.release());
  } catch {
    // Outside a request (a handler called directly by a test): nothing to outlive, release now.
    l.release();
  }
  return l.data;
}

export const requestData: () => DataContext = cache(lease);
