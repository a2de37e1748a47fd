import Link from 'next/link';
import { exposureColor } from '@/lib/charts/color';
import { score } from '@/lib/charts/format';
import { EXPOSED_BETA, LISTED_IMPORTANCE, type ElementVerdict } from '@/lib/skills/split';

function ElementItem({ e }: { e: ElementVerdict }) {
  return (
    <li className="split-item">
      <div className="split-row">
        <span>
          <Link href={`/skills/${encodeURIComponent(e.element_id)}`}>{e.name}</Link>{' '}
          <span className="muted split-meta">
            {e.domain === 'knowledge' ? 'knowledge' : 'skill'} · importance {score(e.importance)}
            {e.level !== null ? ` · level ${score(e.level)}` : ''}
            {e.link === 'derived' ? ' · linked by co-variation' : ''}
          </span>
        </span>
        <span className="split-beta">
          <span className="bar" style={{ width: `${Math.round(e.beta * 40)}px`, background: exposureColor(e.beta) }} aria-hidden="true" /> {score(e.beta)}
        </span>
      </div>
      <details>
        <summary>Why: the tasks behind it</summary>
        <ul>
          {e.tasks.map((t) => (
            <li key={t.task_id}>
              {t.statement}{' '}
              <span className="muted">
                (beta {score(t.beta)}; {Math.round(t.weight * 100)}% of its weight; via {t.via.slice(0, 2).join(', ')})
              </span>
            </li>
          ))}
          {e.all_tasks.length > e.tasks.length && <li className="muted">and {e.all_tasks.length - e.tasks.length} more tasks</li>}
        </ul>
      </details>
    </li>
  );
}

function Column({ id, title, blurb, rows }: { id: string; title: string; blurb: string; rows: ElementVerdict[] }) {
  return (
    <section aria-labelledby={id} className="panel split-col" data-testid={id}>
      <h3 id={id} style={{ marginTop: 0 }}>
        {title} ({rows.length})
      </h3>
      <p className="muted">{blurb}</p>
      {rows.length === 0 ? <p className="muted">None.</p> : <ul className="split-list">{rows.map((e) => <ElementItem key={e.element_id} e={e} />)}</ul>}
    </section>
  );
}

/**
 * An occupation's skills and knowledge split by the exposure of the work that uses them: tasks →
 * work activities (O*NET DWAs, IWAs, GWAs) ← elements (lib/skills/chain.ts).
 */
export function SkillSplit({ exposed, durable, unlinked = [] }: { exposed: ElementVerdict[]; durable: ElementVerdict[]; unlinked?: Array<{ element_id: string; name: string }> }) {
  if (exposed.length + durable.length === 0) return null;
  return (
    <>
      <p>
        Each skill and knowledge area this occupation rates important (≥ {LISTED_IMPORTANCE} of 5) is tied to the tasks that do its work, through O*NET&apos;s own links: every task
        maps to detailed, intermediate and generalized work activities, and O*NET links each skill to the generalized work activities that use it. Knowledge areas (and three skills O*NET leaves unlinked) have no such
        O*NET file: they are linked to the activities whose share of the work rises with their importance across all occupations (“linked by co-variation”). The exposure of those
        tasks, weighted by task importance and by how much of each task is that activity, decides: at or above {EXPOSED_BETA} the skill is mostly used in exposed work.
        {unlinked.length > 0 ? ` Not tied to any of this occupation's tasks: ${unlinked.map((u) => u.name).join(', ')}.` : ''}
      </p>
      <div className="grid grid-2">
        <Column id="skills-exposed" title="Skills in exposed work" blurb="Used mainly in tasks LLMs can speed up: expect these to change most." rows={exposed} />
        <Column id="skills-durable" title="Durable skills" blurb="Used mainly in tasks LLMs cannot do much about: these keep their value." rows={durable} />
      </div>
    </>
  );
}
