import type { Metadata } from 'next';
import { getRubricGroups } from '@/lib/queries/methodology';
import { ToolPage } from '../_components/tool-page';
import { ScoreApp } from './score-app';
import { requestData } from '@/app/_data';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

const TITLE = 'Score a job description';

export const metadata: Metadata = {
  title: TITLE,
  description: 'Paste a job description or task list: each task scored for exposure to LLMs like an O*NET task, with the nearest O*NET tasks as evidence and the closest occupations.',
};

export default function ScorePage() {
  const groupNames = Object.fromEntries(getRubricGroups(requestData()).map((g) => [g.group_id, g.name]));
  return (
    <ToolPage
      heading={TITLE}
      lede="Paste a job description or a list of tasks. It is split into task sentences; each is scored like an O*NET task, with the nearest O*NET tasks behind the score, and the closest occupations are shown."
      given="The text"
    >
      <ScoreApp groupNames={groupNames} />
    </ToolPage>
  );
}
