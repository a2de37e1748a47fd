/**
 * Personal mode's selection in the URL: `mine` = the ticked task ids in base 36, dot-separated, absent
 * when every task is ticked (the default); `add` = one parameter per task the job seeker added.
 * Parsing is lenient: unknown ids and excess or overlong additions are dropped, never an error.
 */
export const MAX_ADDED = 5;
export const MAX_ADDED_CHARS = 200;

export interface PersonalSelection {
  /** null = all tasks */
  mine: Set<number> | null;
  added: string[];
}

export function parseSelection(params: URLSearchParams, taskIds: number[]): PersonalSelection {
  const known = new Set(taskIds);
  const raw = params.get('mine');
  let mine: Set<number> | null = null;
  if (raw !== null) {
    mine = new Set(
      raw
        .split('.')
        .map((s) => (/^[0-9a-z]{1,6}$/.test(s) ? parseInt(s, 36) : NaN))
        .filter((n) => known.has(n)),
    );
    if (mine.size === known.size) mine = null;
  }
  const added: string[] = [];
  for (const a of params.getAll('add')) {
    const t = a.replace(/\s+/g, ' ').trim().slice(0, MAX_ADDED_CHARS);
    if (t && !added.includes(t)) added.push(t);
    if (added.length >= MAX_ADDED) break;
  }
  return { mine, added };
}

/** Writes the selection into `params` (a copy), leaving every other parameter as it was. */
export function writeSelection(params: URLSearchParams, sel: PersonalSelection): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete('mine');
  out.delete('add');
  if (sel.mine !== null) out.set('mine', [...sel.mine].sort((a, b) => a - b).map((n) => n.toString(36)).join('.'));
  for (const a of sel.added) out.append('add', a);
  return out;
}
