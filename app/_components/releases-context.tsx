'use client';
/**
 * The build's release labels (lib/releases.ts, read from the database by the server) for client
 * components: chart source lines and export credits name the releases the data came from.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { releaseLabels, type ReleaseLabels } from '@/lib/releases';

const Releases = createContext<ReleaseLabels>(releaseLabels([]));

export function ReleasesProvider({ labels, children }: { labels: ReleaseLabels; children: ReactNode }) {
  return <Releases.Provider value={labels}>{children}</Releases.Provider>;
}

export function useReleases(): ReleaseLabels {
  return useContext(Releases);
}
