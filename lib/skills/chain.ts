/**
 * Skills and knowledge tied to exposure through the work an occupation does, the way O*NET links
 * them: task → detailed work activities (Tasks to DWAs) → intermediate work activities → generalized
 * work activities (GWAs), and element → GWAs. Skills use O*NET's own links (Skills to Work
 * Activities.txt). O*NET publishes no knowledge-to-activity file (and links three skills to no
 * activity), so a knowledge area (or such a skill) is linked to
 * the GWAs whose share of an occupation's work rises with the area's importance across all
 * occupations (Pearson r ≥ KNOWLEDGE_MIN_R, at most KNOWLEDGE_MAX_LINKS; else the strongest positive
 * one). An element's exposure in
 * an occupation is the mean beta of the occupation's tasks that carry its activities, each weighted
 * by the task's weight × the share of the task in those activities × the link's strength. Pure.
 */
import type { Exposure } from '../score/exposure';

export const KNOWLEDGE_MIN_R = 0.2;
export const KNOWLEDGE_MAX_LINKS = 6;
export const TASKS_SHOWN = 3;

export interface ChainTask extends Exposure {
  task_id: number;
  statement: string;
  /** the task's weight inside its occupation (importance, else by type) */
  weight: number;
  /** GWA id → share of the task (1 / number of its DWAs, summed per GWA) */
  gwas: Map<string, number>;
}

/** element id → GWA id → link strength (1 for O*NET's skill links; r for derived knowledge links) */
export type ElementLinks = Map<string, Map<string, number>>;

export interface ElementTask {
  task_id: number;
  statement: string;
  beta: number;
  /** share of the element's exposure this task carries (0–1) */
  weight: number;
  /** the work activities through which the task uses the element */
  via: string[];
}

export interface ElementExposure extends Exposure {
  /** every task that carries the element, heaviest first */
  tasks: ElementTask[];
}

/** The element's exposure in one occupation, or null when none of its tasks carries the element's activities. */
export function elementExposure(tasks: ChainTask[], links: Map<string, number> | undefined, gwaNames: Map<string, string> = new Map()): ElementExposure | null {
  if (!links || links.size === 0) return null;
  const rows: Array<{ t: ChainTask; w: number; via: string[] }> = [];
  for (const t of tasks) {
    let w = 0;
    const via: Array<[string, number]> = [];
    for (const [g, share] of t.gwas) {
      const l = links.get(g);
      if (!l) continue;
      w += share * l;
      via.push([g, share * l]);
    }
    if (w <= 0) continue;
    rows.push({ t, w: w * t.weight, via: via.sort((a, b) => b[1] - a[1]).map(([g]) => gwaNames.get(g) ?? g) });
  }
  const W = rows.reduce((s, r) => s + r.w, 0);
  if (!(W > 0)) return null;
  let a = 0;
  let b = 0;
  let g = 0;
  for (const r of rows) {
    a += r.w * r.t.alpha;
    b += r.w * r.t.beta;
    g += r.w * r.t.gamma;
  }
  return {
    alpha: a / W,
    beta: b / W,
    gamma: g / W,
    tasks: rows
      .sort((x, y) => y.w - x.w || x.t.task_id - y.t.task_id)
      .map((r) => ({ task_id: r.t.task_id, statement: r.t.statement, beta: r.t.beta, weight: r.w / W, via: r.via })),
  };
}

/** The element's alpha, beta, gamma in one occupation (elementExposure without the task list: for national aggregates). */
export function elementBeta(tasks: ChainTask[], links: Map<string, number> | undefined): Exposure | null {
  if (!links || links.size === 0) return null;
  let W = 0;
  let a = 0;
  let b = 0;
  let g = 0;
  for (const t of tasks) {
    let w = 0;
    for (const [gwa, share] of t.gwas) {
      const l = links.get(gwa);
      if (l) w += share * l;
    }
    if (w <= 0) continue;
    w *= t.weight;
    W += w;
    a += w * t.alpha;
    b += w * t.beta;
    g += w * t.gamma;
  }
  return W > 0 ? { alpha: a / W, beta: b / W, gamma: g / W } : null;
}

/** An occupation's share of task weight per GWA. */
export function gwaShares(tasks: ChainTask[]): Map<string, number> {
  const out = new Map<string, number>();
  let total = 0;
  for (const t of tasks) {
    for (const [g, s] of t.gwas) out.set(g, (out.get(g) ?? 0) + s * t.weight);
    total += t.weight;
  }
  if (total > 0) for (const [g, v] of out) out.set(g, v / total);
  return out;
}

/**
 * Knowledge → GWA links from co-variation across occupations: Pearson r between an area's importance
 * and each GWA's share of the occupation's work, kept when r ≥ minR (the strongest maxLinks), else
 * the strongest positive one.
 */
export function deriveLinks(
  occupations: Array<{ importance: Map<string, number>; shares: Map<string, number> }>,
  elements: string[],
  gwas: string[],
  minR = KNOWLEDGE_MIN_R,
  maxLinks = KNOWLEDGE_MAX_LINKS,
): ElementLinks {
  const out: ElementLinks = new Map();
  const n = occupations.length;
  if (n < 3) return out;
  const stats = (xs: number[]) => {
    const m = xs.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0));
    return { m, sd };
  };
  const gCols = gwas.map((g) => occupations.map((o) => o.shares.get(g) ?? 0));
  const gStats = gCols.map(stats);
  for (const e of elements) {
    const x = occupations.map((o) => o.importance.get(e) ?? 0);
    const xs = stats(x);
    if (xs.sd === 0) continue;
    const rs: Array<[string, number]> = [];
    gwas.forEach((g, j) => {
      const gs = gStats[j];
      if (gs.sd === 0) return;
      let c = 0;
      for (let i = 0; i < n; i++) c += (x[i] - xs.m) * (gCols[j][i] - gs.m);
      const r = c / (xs.sd * gs.sd);
      if (r > 0) rs.push([g, r]);
    });
    rs.sort((a, b) => b[1] - a[1]);
    // Strong links (r ≥ minR); failing those, the single strongest positive one, so that an area
    // used in a narrow kind of work (Food Production, Chemistry) is still tied to it.
    const kept = rs.filter(([, r]) => r >= minR).slice(0, maxLinks);
    if (kept.length === 0 && rs.length > 0) kept.push(rs[0]);
    if (kept.length) out.set(e, new Map(kept));
  }
  return out;
}
