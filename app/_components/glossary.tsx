import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';

/**
 * The symbols behind the plain words, one click away: pages lead with words ("could be done twice as
 * fast with an LLM alone") and link the symbol to its entry on the methodology page.
 */
export const GLOSSARY = {
  E0: { term: 'E0 (not exposed)', plain: 'An LLM would not cut the time this task takes by at least half at the same quality.' },
  E1: { term: 'E1 (exposed to an LLM alone)', plain: 'An LLM on its own — a chat assistant — could do the task at least twice as fast at the same quality.' },
  E2: { term: 'E2 (exposed with LLM software)', plain: 'Not with a chat assistant alone, but software built on an LLM (search over documents, tools, integrations) could do it at least twice as fast.' },
  p: { term: 'P(E0), P(E1), P(E2)', plain: 'How likely the task is in each class, as scored by the model; the three add up to 1.' },
  alpha: { term: 'alpha', plain: 'Share of the work an LLM alone could do twice as fast: P(E1).' },
  beta: { term: 'beta (the headline exposure)', plain: 'Share of the work an LLM could do twice as fast, counting the work that needs LLM software at half: P(E1) + ½·P(E2).' },
  gamma: { term: 'gamma', plain: 'Share of the work an LLM could do twice as fast, counting LLM-software work in full: P(E1) + P(E2).' },
  uncertainty: { term: 'uncertainty (±)', plain: "The standard error of an occupation's beta, from how much the evidence behind each of its tasks disagrees (each task's spread). 0: all evidence points the same way." },
  spread: { term: 'spread', plain: 'For one task, how much its nearest expert-rated tasks disagree: the standard deviation of their exposure (E0 = 0, E2 = ½, E1 = 1), weighted by similarity. 0: all carry the same label; 0.5: split evenly between E0 and E1.' },
  similarity: { term: 'similarity', plain: 'How close two statements are in meaning, from 0 (unrelated) to 1 (the same), measured with word vectors.' },
  pp: { term: 'pp (percentage points)', plain: 'The difference between two percentages: from 40% to 30% is −10 pp.' },
  jobZone: { term: 'job zone', plain: "O*NET's five levels of preparation an occupation needs, from 1 (little or none) to 5 (extensive, often a graduate degree)." },
  topCoded: { term: 'top-coded wage', plain: 'BLS does not publish wages at or above $239,200 a year; such occupations are shown at that amount, marked ≥.' },
  observedExposure: { term: 'observed exposure', plain: 'Exposure weighted by real use (Anthropic Economic Index): for each task, beta × used × (automation + ½ augmentation), where used is 1 if the release lists the task; averaged over the occupation\'s tasks with the exposure score\'s weights. Never above beta.' },
  split: { term: 'shared (split) employment', plain: 'BLS counts workers per SOC code; where O*NET splits one SOC code into several occupations, each gets an equal share of the BLS count, so no worker is counted twice.' },
} as const satisfies Record<string, { term: string; plain: string }>;

export type GlossaryKey = keyof typeof GLOSSARY;

/** A symbol linked to its glossary entry (its meaning also in the tooltip). */
export function Term({ k, children }: { k: GlossaryKey; children?: ReactNode }) {
  return (
    <Link href={`/methodology#glossary-${k}`} className="term" title={GLOSSARY[k].plain}>
      {children ?? GLOSSARY[k].term}
    </Link>
  );
}

/** The glossary itself (on the methodology page). */
export function GlossaryList() {
  return (
    <dl className="glossary">
      {Object.entries(GLOSSARY).map(([k, g]) => (
        <Fragment key={k}>
          <dt id={`glossary-${k}`}>{g.term}</dt>
          <dd>{g.plain}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
