import type { Metadata } from 'next';
import { getRubricGroups } from '@/lib/queries/methodology';
import { ScoreApp } from './score-app';
import { requestData } from '@/app/_data';

// Reads the SQLite build at request time (the file can be rebuilt under a running server).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Score a job description',
  description: 'Paste a job description or task list: each task scored for exposure to LLMs like an O*NET task, with the nearest O*NET tasks as evidence and the closest occupations.',
};

export default function ScorePage() {
  return (
    <article>
      <h1>Score a job description</h1>
      <p className="lede">
        Paste a job description or a list of tasks. It is split into task sentences; each is scored like an O*NET task, with the nearest O*NET tasks behind the score, and
        the closest occupations are shown.
      </p>
      <p className="muted">The text is processed in memory on the server and never stored.</p>
      <ScoreApp groupNames={Object.fromEntries(getRubricGroups(requestData()).map((g) => [g.group_id, g.name]))} />
    </article>
  );
}
