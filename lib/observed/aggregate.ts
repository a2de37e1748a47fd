/**
 * Observed use (Anthropic Economic Index) rolled up the way exposure is (lib/score/aggregate.ts):
 * task → occupation by the occupation's task weights, occupation → group, state or industry by
 * employment. Pure functions over plain rows.
 *
 * Definitions (per release; see docs/observed-use.md):
 * - share_pct(task) = Σ over the index tasks matched to it of pct / (number of current tasks that index
 *   task matched): percent of all the release's conversations, the index's "none" row included in the
 *   100, so matched shares sum to less than 100.
 * - automation = directive + feedback_loop, augmentation = task_iteration + validation + learning
 *   (Handa et al. 2025), each as a share of the task's classified conversations: the "filtered" share
 *   (conversations Clio left unclassified) is taken out and the five patterns rescaled to sum to 1;
 *   a task whose conversations are all filtered has no split.
 * - observed exposure (after the index's definition: exposure weighted by real use, automated use
 *   counted fully, augmentative use half): for a task, beta × used × (automation + ½ augmentation),
 *   where used = 1 when the release lists the task (the index only publishes tasks with enough
 *   conversations) and a task without a known split counts as augmentation (½, never overstated);
 *   for an occupation, the weighted mean of that over all its tasks with the exposure score's task
 *   weights (tasks nobody used count 0). On beta's 0–1 scale, never above the occupation's beta.
 * - coverage = share of the occupation's task weight that the release lists.
 */

import type { AeiSplit } from '../ingest/aei';

/** The AEI's per-task collaboration shares, as its file has them (lib/ingest/aei.ts reads them). */
export type SplitShares = AeiSplit;

/** Automation and augmentation as shares of the classified conversations, or null when all are filtered. */
export function automationSplit(s: SplitShares): { automation: number; augmentation: number } | null {
  const automation = s.directive + s.feedback_loop;
  const augmentation = s.task_iteration + s.validation + s.learning;
  const classified = automation + augmentation;
  if (!(classified > 0)) return null;
  return { automation: automation / classified, augmentation: augmentation / classified };
}

/** The weight a task's use gets in observed exposure: automation fully, augmentation half. */
export const AUTOMATION_WEIGHT = 1;
export const AUGMENTATION_WEIGHT = 0.5;

export function weightOfUse(automation: number | null): number {
  if (automation === null) return AUGMENTATION_WEIGHT;
  return AUTOMATION_WEIGHT * automation + AUGMENTATION_WEIGHT * (1 - automation);
}

export interface MatchedIndexTask {
  pct: number;
  split: SplitShares | null;
  task_ids: readonly number[];
}

export interface TaskUse {
  task_id: number;
  share_pct: number;
  /** Of the classified conversations; null without a split. */
  automation_share: number | null;
  augmentation_share: number | null;
  /** Share of the task's conversations the index filtered out (null without a split). */
  filtered_share: number | null;
}

/**
 * Each index task's share split equally among the current tasks it matched; a current task several
 * index tasks matched gets their sum, with their splits averaged by conversation share.
 */
export function taskUse(matched: readonly MatchedIndexTask[]): TaskUse[] {
  const acc = new Map<number, { share: number; aw: number; a: number; fw: number; f: number }>();
  for (const m of matched) {
    if (m.task_ids.length === 0) continue;
    const part = m.pct / m.task_ids.length;
    const split = m.split ? automationSplit(m.split) : null;
    for (const id of m.task_ids) {
      const e = acc.get(id) ?? { share: 0, aw: 0, a: 0, fw: 0, f: 0 };
      e.share += part;
      if (m.split) {
        e.fw += part;
        e.f += part * m.split.filtered;
      }
      if (split) {
        // Weighted by classified conversations, so a mostly-filtered task does not dominate the split.
        const w = part * (1 - m.split!.filtered);
        e.aw += w;
        e.a += w * split.automation;
      }
      acc.set(id, e);
    }
  }
  return [...acc]
    .sort((a, b) => a[0] - b[0])
    .map(([task_id, e]) => {
      const automation = e.aw > 0 ? e.a / e.aw : null;
      return {
        task_id,
        share_pct: e.share,
        automation_share: automation,
        augmentation_share: automation === null ? null : 1 - automation,
        filtered_share: e.fw > 0 ? e.f / e.fw : null,
      };
    });
}

export interface ScoredTask {
  task_id: number;
  onet_soc_code: string;
  weight: number;
  beta: number;
}

export interface OccupationUse {
  onet_soc_code: string;
  task_count: number;
  matched_tasks: number;
  share_pct: number;
  automation_share: number | null;
  augmentation_share: number | null;
  coverage: number;
  /** Null for a release without a per-task split (the 2025-02-10 one). */
  observed_exposure: number | null;
}

export function occupationUse(tasks: readonly ScoredTask[], use: ReadonlyMap<number, TaskUse>, hasSplit: boolean): OccupationUse[] {
  const by = new Map<string, ScoredTask[]>();
  for (const t of tasks) {
    const l = by.get(t.onet_soc_code);
    if (l) l.push(t);
    else by.set(t.onet_soc_code, [t]);
  }
  const out: OccupationUse[] = [];
  for (const [code, ts] of [...by].sort((a, b) => a[0].localeCompare(b[0]))) {
    const W = ts.reduce((s, t) => s + t.weight, 0);
    let share = 0;
    let matched = 0;
    let covered = 0;
    let oe = 0;
    let sw = 0;
    let sa = 0;
    for (const t of ts) {
      const u = use.get(t.task_id);
      if (!u || !(u.share_pct > 0)) continue;
      matched++;
      share += u.share_pct;
      covered += t.weight;
      oe += t.weight * t.beta * weightOfUse(u.automation_share);
      if (u.automation_share !== null) {
        const w = u.share_pct * (1 - (u.filtered_share ?? 0));
        sw += w;
        sa += w * u.automation_share;
      }
    }
    const automation = sw > 0 ? sa / sw : null;
    out.push({
      onet_soc_code: code,
      task_count: ts.length,
      matched_tasks: matched,
      share_pct: share,
      automation_share: automation,
      augmentation_share: automation === null ? null : 1 - automation,
      coverage: W > 0 ? covered / W : 0,
      observed_exposure: hasSplit ? (W > 0 ? oe / W : 0) : null,
    });
  }
  return out;
}

export interface SliceMember {
  onet_soc_code: string;
  /** Workers of the occupation in the slice (null or 0: not counted in the employment-weighted means). */
  employment: number | null;
  /**
   * Share of the occupation's conversations attributed to the slice: 1 for a national group, the
   * slice's share of the occupation's workers for a state or an industry.
   */
  fraction: number;
}

export interface OccupationFigures {
  beta: number;
  share_pct: number;
  coverage: number;
  observed_exposure: number | null;
  automation_share: number | null;
}

export interface SliceUse {
  employment: number;
  occupations: number;
  /** Employment-weighted mean beta of the slice's scored occupations. */
  beta: number | null;
  observed_exposure: number | null;
  coverage: number | null;
  /** Conversation share attributed to the slice (Σ occupation share × fraction), percent of the release. */
  share_pct: number;
  /** Share of the slice's attributed conversations that are automation (of those with a known split). */
  automation_share: number | null;
}

/**
 * Any employment-weighted aggregation (major group, state, industry): the same workers-weighted mean
 * as the exposure figures, beside the conversations attributed to the slice. An occupation appears
 * once per slice (O*NET codes sharing a SOC code already share its employment).
 */
export function sliceUse(members: readonly SliceMember[], occ: ReadonlyMap<string, OccupationFigures>): SliceUse {
  let emp = 0;
  let b = 0;
  let oe = 0;
  let oeEmp = 0;
  let cov = 0;
  let share = 0;
  let aw = 0;
  let a = 0;
  let n = 0;
  for (const m of members) {
    const o = occ.get(m.onet_soc_code);
    if (!o) continue;
    n++;
    const s = o.share_pct * m.fraction;
    share += s;
    if (o.automation_share !== null && s > 0) {
      aw += s;
      a += s * o.automation_share;
    }
    const e = m.employment ?? 0;
    if (!(e > 0)) continue;
    emp += e;
    b += e * o.beta;
    cov += e * o.coverage;
    if (o.observed_exposure !== null) {
      oe += e * o.observed_exposure;
      oeEmp += e;
    }
  }
  return {
    employment: emp,
    occupations: n,
    beta: emp > 0 ? b / emp : null,
    observed_exposure: oeEmp > 0 ? oe / oeEmp : null,
    coverage: emp > 0 ? cov / emp : null,
    share_pct: share,
    automation_share: aw > 0 ? a / aw : null,
  };
}
