/**
 * Gaps and transfers between two occupations, in words. A gap is a skill or knowledge area the
 * target rates important (≥ 3 of 5) at a level at least 0.5 above the source's (levels 0–7); O*NET's
 * Level Scale Anchors say what the target level looks like ("level 4 in Mathematics: e.g. Analyze
 * data to determine areas with the highest sales"). Names shared by a skill and a knowledge area
 * (Mathematics) are listed once, with the larger gap. Ordered by the target's importance.
 */

/** Importance (1–5) from which an element counts as needed by an occupation. */
export const NEEDED_IMPORTANCE = 3;
/** Level difference (0–7 scale) from which a need counts as a gap. */
export const GAP_LEVEL = 0.5;

export interface Anchor {
  level: number;
  description: string;
}

export interface Gap {
  element_id: string;
  element: string;
  domain: string;
  from: number;
  to: number;
  importance: number;
  /** O*NET's example of work at (about) the target level, when it publishes anchors for the element */
  anchor: Anchor | null;
  /** the gap in words */
  words: string;
}

export interface Transfer {
  element_id: string;
  element: string;
  domain: string;
  level: number;
}

type Levels = Map<string, { importance: number; level: number }>;

/** The anchor closest to `level` (ties to the lower one): what that level looks like. */
export function anchorFor(anchors: Anchor[] | undefined, level: number): Anchor | null {
  if (!anchors || anchors.length === 0) return null;
  let best = anchors[0];
  for (const a of anchors) if (Math.abs(a.level - level) < Math.abs(best.level - level) - 1e-9) best = a;
  return best;
}

export function gapWords(name: string, from: number, to: number, anchor: Anchor | null): string {
  const lvl = `level ${to.toFixed(1)} of 7 in ${name} (yours: ${from.toFixed(1)})`;
  return anchor ? `${lvl}: e.g. “${anchor.description}” (O*NET anchor for level ${anchor.level})` : lvl;
}

export function gapsBetween(
  src: Levels,
  tgt: Levels,
  names: Map<string, { name: string; domain: string }>,
  anchors: Map<string, Anchor[]>,
): { gaps: Gap[]; transfers: Transfer[] } {
  const gaps = new Map<string, Gap>();
  const transfers = new Map<string, Transfer & { importance: number }>();
  for (const [id, t] of tgt) {
    if (t.importance < NEEDED_IMPORTANCE) continue;
    const s = src.get(id);
    const from = s?.level ?? 0;
    const meta = names.get(id) ?? { name: id, domain: 'skill' };
    if (t.level - from >= GAP_LEVEL) {
      const cur = gaps.get(meta.name);
      if (cur && (cur.to - cur.from) * cur.importance >= (t.level - from) * t.importance) continue;
      const anchor = anchorFor(anchors.get(id), t.level);
      gaps.set(meta.name, { element_id: id, element: meta.name, domain: meta.domain, from, to: t.level, importance: t.importance, anchor, words: gapWords(meta.name, from, t.level, anchor) });
    } else if (s && s.importance >= NEEDED_IMPORTANCE) {
      const cur = transfers.get(meta.name);
      if (!cur || cur.importance < t.importance) transfers.set(meta.name, { element_id: id, element: meta.name, domain: meta.domain, level: from, importance: t.importance });
    }
  }
  // A name both in gaps and transfers (skill vs knowledge of one name): the gap wins.
  for (const n of gaps.keys()) transfers.delete(n);
  return {
    gaps: [...gaps.values()].sort((a, b) => b.importance - a.importance || b.to - b.from - (a.to - a.from) || a.element.localeCompare(b.element)),
    transfers: [...transfers.values()].sort((a, b) => b.importance - a.importance || a.element.localeCompare(b.element)).map(({ importance: _, ...t }) => t),
  };
}
