/**
 * The run-time text scorer for route handlers: one TextScorer per open database file (kept on its
 * data context, so a rebuilt file gets its own), plus the embedding pipeline, both loaded lazily and
 * shared by concurrent requests through a cached promise.
 */
import { derived, type DataContext } from '../data/context';
import { embedTexts, getExtractor } from '../embed/embedder';
import { matcherFor } from '../search/matcher';
import { scorerRows } from '../queries/scorer-data';
import { TextScorer, type ScoredText } from '../score/runtime';

const SCORER = derived('textScorer', (data): Promise<TextScorer> => {
  // Loading is synchronous (~0.4 s); wrapping it keeps one load per file and lets a failure retry.
  const scorer = Promise.resolve().then(() => TextScorer.load(scorerRows(data.db)));
  scorer.catch(() => data.forget(SCORER));
  return scorer;
});

export function getScorer(data: DataContext): Promise<TextScorer> {
  return data.get(SCORER);
}

/** Embeds and scores texts like O*NET tasks, with `nearest` O*NET tasks as evidence for each. */
export async function scoreTexts(data: DataContext, texts: string[], opts: { nearest?: number } = {}): Promise<ScoredText[]> {
  if (texts.length === 0) return [];
  const [scorer, vectors] = await Promise.all([getScorer(data), embedTexts(texts)]);
  return scorer.score(texts, vectors, opts);
}

/** Starts loading the model and the scorer without waiting (e.g. at the first request of a page). */
export function warmScorer(data: DataContext): void {
  getScorer(data).catch(() => {});
  getExtractor().catch(() => {});
}

/** An occupation suggested for a job description: by its nearest O*NET tasks, or by its title line. */
export interface SuggestedOccupation {
  onet_soc_code: string;
  title: string;
  /** share of the task evidence (0 when only the title names it) */
  score: number;
  matched_tasks: number;
  /** the description's first line, when the job-title matcher read it as this occupation's title */
  matched_title: string | null;
}

/** A first line short enough, and without a sentence's end, to be a job title ("Senior Claims Adjuster – Auto"). */
export function titleLine(text: string): string | null {
  const first = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '');
  if (!first || first.length > 80 || /[.!?]$/.test(first) || first.split(/\s+/).length > 8) return null;
  return first.replace(/^(job\s+title|title|position|role)\s*:\s*/i, '');
}

/**
 * The occupations closest to a job description: the one job-title matcher reads its first line
 * (when that is a title) and a confident, unflagged match comes first; then the occupations whose
 * O*NET tasks are nearest to the scored tasks.
 */
export function suggestOccupations(data: DataContext, text: string, scored: ScoredText[], limit = 5): SuggestedOccupation[] {
  const byTasks: SuggestedOccupation[] = TextScorer.closestOccupations(scored, limit).map((o) => ({ ...o, matched_title: null }));
  const line = titleLine(text);
  if (!line) return byTasks;
  const m = matcherFor(data).match(line, { limit: 1, prefix: false });
  const top = m.results[0];
  if (!top || m.needs_review) return byTasks;
  const same = byTasks.find((o) => o.onet_soc_code === top.onet_soc_code);
  const first: SuggestedOccupation = same ? { ...same, matched_title: line } : { onet_soc_code: top.onet_soc_code, title: top.title, score: 0, matched_tasks: 0, matched_title: line };
  return [first, ...byTasks.filter((o) => o.onet_soc_code !== top.onet_soc_code)].slice(0, limit);
}
