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
              {t.statement} <span className="muted">(beta {score(t.beta)}, similarity {score(t.similarity)})</span>
            </li>
          ))}
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
 * An occupation's skills and knowledge split by the exposure of the tasks that use them: each element
 * is tied to the occupation's three tasks most similar to its description, and their beta decides.
 */
export function SkillSplit({ exposed, durable }: { exposed: ElementVerdict[]; durable: ElementVerdict[] }) {
  if (exposed.length + durable.length === 0) return null;
  return (
    <>
      <p>
        Each skill and knowledge area this occupation rates important (≥ {LISTED_IMPORTANCE} of 5) is tied to the three tasks whose statements are most similar to its description;
        their exposure (weighted by similarity) decides. At or above {EXPOSED_BETA} the skill is mostly used in exposed work.
      </p>
      <div className="grid grid-2">
        <Column id="skills-exposed" title="Skills in exposed work" blurb="Used mainly in tasks LLMs can speed up: expect these to change most." rows={exposed} />
        <Column id="skills-durable" title="Durable skills" blurb="Used mainly in tasks LLMs cannot do much about: these keep their value." rows={durable} />
      </div>
    </>
  );
}
