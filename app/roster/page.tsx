import type { Metadata } from 'next';
import { atlasVersion, nationalOewsRelease } from '@/lib/queries/meta';
import { stateOptions } from '@/lib/queries/states';
import { ToolPage } from '../_components/tool-page';
import { RosterApp } from './roster-app';
import { requestData } from '@/app/_data';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Your roster',
  description: 'Upload a roster of job titles and headcounts: each title matched to an occupation, the organisation’s exposure to LLMs, hours exposed and reskilling paths.',
};

export default function RosterPage() {
  const db = requestData();
  return (
    <ToolPage
      heading="Your organisation’s exposure"
      lede="Upload or paste a roster (job title, headcount, optionally department). Each title is matched to an O*NET occupation; check the matches, correct any that are wrong, and see the organisation’s exposure, the hours of work exposed and reskilling paths for the most exposed roles."
      given="Your roster"
    >
      <RosterApp version={atlasVersion(db)} states={stateOptions(db)} nationalRelease={nationalOewsRelease(db)} />
    </ToolPage>
  );
}
