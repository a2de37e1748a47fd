import type { ReactNode } from 'react';
import { SiteChrome } from '../_components/site-chrome';

export default function RosterLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
