/**
 * Matching Anthropic Economic Index tasks (lower-cased O*NET task text, from the O*NET release the index
 * was built on) to this build's O*NET Task Statements, in three tiers, first that applies wins:
 *  1. text: the normalised text equals a current statement's (case, Unicode quotes and dashes,
 *     punctuation and whitespace ignored);
 *  2. task_id: the text equals a statement of the index's own O*NET file whose Task ID is still current
 *     (O*NET revised the wording, kept the task);
 *  3. near_text: the current statement with the most words in common (Dice coefficient of the word
 *     sets) when it reaches NEAR_TEXT_MIN ("to adapt it to new hardware" vs "adapt it to new hardware");
 *     this also carries tasks of occupations O*NET has since merged into their successor's wording.
 * A task matching several current tasks (the same statement in several occupations) is split equally
 * among them, as the index's own occupation figures do.
 */

export type MatchTier = 'text' | 'task_id' | 'near_text';

/** Minimum Dice coefficient of the word sets for a near-text match. */
export const NEAR_TEXT_MIN = 0.8;

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, Unicode compatibility forms and quotes folded, every run of non-alphanumerics one space. */
export function normaliseTask(s: string): string {
  // Most statements are ASCII: Unicode folding only where there is something to fold.
  const folded = NON_ASCII.test(s) ? s.normalize('NFKC') : s;
  return folded
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function words(s: string): string[] {
  const n = normaliseTask(s);
  return n ? [...new Set(n.split(' '))] : [];
}

/** Dice coefficient of two word sets: 2|A∩B| / (|A|+|B|). */
export function wordDice(a: string, b: string): number {
  const A = words(a);
  const B = new Set(words(b));
  if (A.length + B.size === 0) return 0;
  let both = 0;
  for (const w of A) if (B.has(w)) both++;
  return (2 * both) / (A.length + B.size);
}

export interface CurrentTask {
  task_id: number;
  onet_soc_code: string;
  statement: string;
}

export interface TaskMatch {
  tier: MatchTier;
  task_ids: number[];
  /** Dice coefficient for near_text, 1 otherwise. */
  similarity: number;
}

/** An index over the current statements, built once and asked for many AEI task texts. */
export class TaskMatcher {
  private readonly byText = new Map<string, number[]>();
  private readonly ids = new Set<number>();
  private readonly oldByText = new Map<string, number[]>();
  private readonly wordSets: string[][] = [];
  private readonly taskIds: number[] = [];
  private readonly postings = new Map<string, number[]>();
  private seen: Uint8Array | null = null;

  constructor(current: readonly CurrentTask[], indexStatements: ReadonlyArray<{ task_id: number; statement: string }> | null) {
    for (const t of current) {
      const n = normaliseTask(t.statement);
      const l = this.byText.get(n);
      if (l) l.push(t.task_id);
      else this.byText.set(n, [t.task_id]);
      this.ids.add(t.task_id);
      const i = this.taskIds.length;
      this.taskIds.push(t.task_id);
      const ws = n ? [...new Set(n.split(' '))] : [];
      this.wordSets.push(ws);
      for (const w of ws) {
        const p = this.postings.get(w);
        if (p) p.push(i);
        else this.postings.set(w, [i]);
      }
    }
    for (const s of indexStatements ?? []) {
      const n = normaliseTask(s.statement);
      const l = this.oldByText.get(n);
      if (l) l.push(s.task_id);
      else this.oldByText.set(n, [s.task_id]);
    }
  }

  match(taskText: string): TaskMatch | null {
    const n = normaliseTask(taskText);
    if (!n) return null;
    const exact = this.byText.get(n);
    if (exact) return { tier: 'text', task_ids: [...exact].sort((a, b) => a - b), similarity: 1 };
    const old = (this.oldByText.get(n) ?? []).filter((id) => this.ids.has(id));
    if (old.length > 0) return { tier: 'task_id', task_ids: [...new Set(old)].sort((a, b) => a - b), similarity: 1 };
    return this.nearest(n);
  }

  /**
   * The current statements sharing the most words (ties all kept), when similar enough. Exact, with
   * prefix filtering: a statement B with Dice(A, B) ≥ t shares at least ⌈|A|·t/(2−t)⌉ of A's words, so it
   * shares one of A's |A| − ⌈|A|·t/(2−t)⌉ + 1 rarest words; only those words' statements are compared.
   */
  private nearest(normalised: string): TaskMatch | null {
    const A = [...new Set(normalised.split(' '))];
    const Aset = new Set(A);
    const t = NEAR_TEXT_MIN;
    const prefix = A.length - Math.ceil((A.length * t) / (2 - t) - 1e-9) + 1;
    const rarest = [...A].sort((x, y) => (this.postings.get(x)?.length ?? 0) - (this.postings.get(y)?.length ?? 0)).slice(0, Math.max(1, prefix));
    const seen = (this.seen ??= new Uint8Array(this.taskIds.length));
    const touched: number[] = [];
    let best = 0;
    let at: number[] = [];
    for (const w of rarest) {
      for (const i of this.postings.get(w) ?? []) {
        if (seen[i]) continue;
        seen[i] = 1;
        touched.push(i);
        const B = this.wordSets[i];
        let both = 0;
        for (const x of B) if (Aset.has(x)) both++;
        const d = (2 * both) / (A.length + B.length);
        if (d > best + 1e-12) {
          best = d;
          at = [i];
        } else if (Math.abs(d - best) <= 1e-12) at.push(i);
      }
    }
    for (const i of touched) seen[i] = 0;
    if (best < t) return null;
    return { tier: 'near_text', task_ids: [...new Set(at.map((i) => this.taskIds[i]))].sort((a, b) => a - b), similarity: best };
  }
}
