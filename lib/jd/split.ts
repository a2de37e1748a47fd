/**
 * Splits a job description or task list into task sentences: bullets and numbered items, then prose
 * sentences, then semicolon-separated clauses. Headings ("Responsibilities:"), fragments of fewer
 * than three words (a word has a letter: "--", "1.", "!!!" are not words) and duplicates are dropped.
 * Linear time; at most MAX_TASKS tasks are kept, and the caller is told how many more there were.
 */
export const MAX_TASKS = 100;
const WORD = /\p{L}/u;

/** Whitespace-separated tokens with at least one letter. */
export function countWords(text: string): number {
  let n = 0;
  for (const t of text.split(/\s+/)) if (WORD.test(t)) n++;
  return n;
}
const MIN_WORDS = 3;
const MAX_TASK_CHARS = 400;

const BULLET = /^\s*(?:[-*•◦·▪●○►–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)](?=\s))\s*/;

function isHeading(line: string): boolean {
  const t = line.trim();
  if (t.endsWith(':') && t.split(/\s+/).length <= 6) return true;
  return t.length <= 40 && t === t.toUpperCase() && /[A-Z]/.test(t) && !/[.;]/.test(t);
}

function clean(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–—]+|[\s,;:]+$/g, '')
    .trim();
}

function sentences(par: string): string[] {
  // A sentence ends at . ! ? followed by whitespace and an upper-case letter or a digit.
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < par.length; i++) {
    const c = par[i];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(par[i + 1] ?? '') ) {
      let j = i + 1;
      while (j < par.length && /\s/.test(par[j])) j++;
      if (j >= par.length || /[A-Z0-9]/.test(par[j])) {
        out.push(par.slice(start, i + 1));
        start = j;
        i = j - 1;
      }
    }
  }
  if (start < par.length) out.push(par.slice(start));
  return out;
}

/** The first MAX_TASKS task sentences of a text. */
export function splitTasks(text: string): string[] {
  return splitJobDescription(text).tasks;
}

/** The first `max` task sentences, and how many the text has in all (found − tasks.length were dropped). */
export function splitJobDescription(text: string, max = MAX_TASKS): { tasks: string[]; found: number } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // A title line at the top ("Paralegal - Corporate Law", "Truck driver (CDL-A)") followed by a blank
  // line or a heading is the job's name, not a task.
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0) {
    const l = lines[first].trim();
    const next = lines.slice(first + 1).find((x) => x.trim() !== '');
    const blankAfter = (lines[first + 1] ?? '').trim() === '';
    if (next !== undefined && !BULLET.test(lines[first]) && !/[.!?;]$/.test(l) && l.split(/\s+/).length <= 10 && (blankAfter || isHeading(next))) lines[first] = '';
  }
  const chunks: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) chunks.push(...sentences(para.join(' ')));
    para = [];
  };
  for (const raw of lines) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    if (isHeading(raw)) {
      flush();
      continue;
    }
    const m = BULLET.exec(raw);
    if (m) {
      flush();
      chunks.push(raw.slice(m[0].length));
      continue;
    }
    const line = raw.trim();
    // A line continues the paragraph only when the text so far has no end and the line starts in
    // lower case (wrapped prose); otherwise each line is its own item (plain task lists).
    const prev = para.at(-1);
    if (prev !== undefined && (/[.!?:;]$/.test(prev) || !/^[a-z(]/.test(line))) flush();
    para.push(line);
  }
  flush();
  const seen = new Set<string>();
  const out: string[] = [];
  let found = 0;
  for (const c of chunks) {
    for (const part of c.split(';')) {
      // A heading glued to its first item ("Responsibilities: write reports") keeps the item.
      const t = clean(part.replace(/^[^:]{1,40}:\s+(?=\S)/, (h) => (h.trim().split(/\s+/).length <= 4 ? '' : h)));
      if (countWords(t) < MIN_WORDS) continue;
      const task = t.length > MAX_TASK_CHARS ? `${t.slice(0, MAX_TASK_CHARS)}…` : t;
      const key = task.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (out.length < max) out.push(task);
      found++;
    }
  }
  return { tasks: out, found };
}
