/**
 * Observed use (Anthropic Economic Index) beside exposure, as pages and the API read it. Every
 * function answers null (or an empty list) when the build had no AEI folder: the view is left out.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { observedOccupationUse, observedReleases, observedSliceUse, observedTaskUse, tasks, taskScores } from '../../db/schema';
import { EXPOSED_TASK_BETA } from '../score/aggregate';
import { derived, type DataContext } from '../data/context';
import type { SliceUse } from '../observed/aggregate';
import { hasRows } from './meta';
import { allOccupations } from './occupations';

/** The citation every observed-use figure carries. */
export const AEI_CITATION = 'Anthropic Economic Index (Handa et al. 2025, "Which Economic Tasks are Performed with AI? Evidence from Millions of Claude Conversations"; data CC BY)';
/** Where the observed-exposure weighting (automation 1, augmentation ½) comes from. */
export const OBSERVED_EXPOSURE_CITATION = 'after Anthropic\'s "observed exposure" (Massenkoff & McCrory 2026, "Labor market impacts of AI: A new measure and early evidence")';

export interface ObservedRelease {
  release: string;
  files: string;
  has_split: boolean;
  index_tasks: number;
  none_pct: number;
  matched_text: number;
  matched_task_id: number;
  matched_near_text: number;
  unmatched: number;
  matched_pct: number;
  matched_share_excl_none: number;
}

const RELEASES = derived('observedReleases', ({ db }): ObservedRelease[] => db.select().from(observedReleases).orderBy(observedReleases.release).all());

/** Every release the build read, oldest first (empty without the AEI folder). */
export function observedReleasesOf(data: DataContext): ObservedRelease[] {
  return hasRows(data, 'observed_releases') ? data.get(RELEASES) : [];
}

/** The release the observed figures use: the latest with the per-task automation/augmentation split. */
export function primaryRelease(data: DataContext): ObservedRelease | null {
  const all = observedReleasesOf(data);
  return [...all].reverse().find((r) => r.has_split) ?? all.at(-1) ?? null;
}

export interface ObservedUse {
  /** Percent of the release's Claude conversations on this occupation's tasks. */
  share_pct: number;
  /** Of the classified conversations on its tasks (null when every one was filtered). */
  automation_share: number | null;
  augmentation_share: number | null;
  /** Exposure weighted by real use, automation 1 and augmentation ½ (0–1, at most beta). */
  observed_exposure: number | null;
  /** Share of the occupation's task weight the release lists. */
  coverage: number;
  matched_tasks: number;
  task_count: number;
  release: string;
  /** The same occupation's share in each release read (oldest first). */
  share_by_release: Array<{ release: string; share_pct: number }>;
}

const OCC = derived('observedOccupations', ({ db }) => {
  const rows = db.select().from(observedOccupationUse).all();
  const by = new Map<string, typeof rows>();
  for (const r of rows) {
    const l = by.get(r.onet_soc_code);
    if (l) l.push(r);
    else by.set(r.onet_soc_code, [r]);
  }
  return by;
});

/** One occupation's observed use in the primary release, or null when none of its tasks is in it (or no AEI data). */
export function getObservedUse(code: string, data: DataContext): ObservedUse | null {
  const rel = primaryRelease(data);
  if (!rel) return null;
  const rows = data.get(OCC).get(code) ?? [];
  const r = rows.find((x) => x.release === rel.release);
  if (!r || r.matched_tasks === 0) return null;
  return {
    share_pct: r.share_pct,
    automation_share: r.automation_share,
    augmentation_share: r.augmentation_share,
    observed_exposure: r.observed_exposure,
    coverage: r.coverage,
    matched_tasks: r.matched_tasks,
    task_count: r.task_count,
    release: rel.release,
    share_by_release: rows.map((x) => ({ release: x.release, share_pct: x.share_pct })).sort((a, b) => a.release.localeCompare(b.release)),
  };
}

export interface ObservedTask {
  task_id: number;
  statement: string;
  task_type: string;
  beta: number | null;
  share_pct: number | null;
  automation_share: number | null;
  match: 'text' | 'task_id' | 'near_text' | null;
}

const TASKS = derived('observedTasks', ({ db }) =>
  db
    .select({
      task_id: tasks.task_id,
      statement: tasks.statement,
      task_type: tasks.task_type,
      weight: tasks.weight,
      beta: taskScores.beta,
      share_pct: observedTaskUse.share_pct,
      automation_share: observedTaskUse.automation_share,
      match: observedTaskUse.match,
    })
    .from(tasks)
    .leftJoin(taskScores, eq(taskScores.task_id, tasks.task_id))
    .leftJoin(observedTaskUse, and(eq(observedTaskUse.task_id, tasks.task_id), eq(observedTaskUse.release, sql.placeholder('release'))))
    .where(eq(tasks.onet_soc_code, sql.placeholder('code')))
    .orderBy(desc(tasks.weight), tasks.task_id)
    .prepare(),
);

export interface ObservedGaps {
  release: string;
  /** Tasks the exposure score rates as exposed (beta ≥ 0.5) that the release does not list, most exposed first. */
  exposedNotUsed: ObservedTask[];
  /** Tasks people use Claude for that the score rates below 0.5, most used first. */
  usedBeyond: ObservedTask[];
  /** Every task with both figures, for the side-by-side table. */
  tasks: ObservedTask[];
}

/** The tasks where theory and use part: exposed but not yet used, and used beyond what the rubric predicts. */
export function getObservedGaps(code: string, data: DataContext, n = 4): ObservedGaps | null {
  const rel = primaryRelease(data);
  if (!rel) return null;
  const rows: ObservedTask[] = data
    .get(TASKS)
    .all({ code, release: rel.release })
    .map(({ weight: _w, ...t }) => t);
  return {
    release: rel.release,
    exposedNotUsed: rows
      .filter((t) => t.share_pct === null && (t.beta ?? 0) >= EXPOSED_TASK_BETA)
      .sort((a, b) => b.beta! - a.beta! || a.task_id - b.task_id)
      .slice(0, n),
    usedBeyond: rows
      .filter((t) => t.share_pct !== null && t.beta !== null && t.beta < EXPOSED_TASK_BETA)
      .sort((a, b) => b.share_pct! - a.share_pct! || a.task_id - b.task_id)
      .slice(0, n),
    tasks: rows,
  };
}

export interface ObservedOccupationRow {
  onet_soc_code: string;
  title: string;
  major_group: string;
  employment: number | null;
  beta: number | null;
  share_pct: number;
  automation_share: number | null;
  augmentation_share: number | null;
  coverage: number;
  observed_exposure: number | null;
  matched_tasks: number;
  task_count: number;
  release: string;
}

const LIST = derived('observedList', (data): ObservedOccupationRow[] => {
  const rel = primaryRelease(data)!;
  const occ = data.get(OCC);
  const out: ObservedOccupationRow[] = [];
  for (const o of allOccupations(data)) {
    const r = occ.get(o.onet_soc_code)?.find((x) => x.release === rel.release);
    if (!r || r.matched_tasks === 0) continue;
    out.push({
      onet_soc_code: o.onet_soc_code,
      title: o.title,
      major_group: o.major_group,
      employment: o.employment,
      beta: o.beta,
      share_pct: r.share_pct,
      automation_share: r.automation_share,
      augmentation_share: r.augmentation_share,
      coverage: r.coverage,
      observed_exposure: r.observed_exposure,
      matched_tasks: r.matched_tasks,
      task_count: r.task_count,
      release: rel.release,
    });
  }
  return out.sort((a, b) => (b.observed_exposure ?? -1) - (a.observed_exposure ?? -1) || b.share_pct - a.share_pct || a.onet_soc_code.localeCompare(b.onet_soc_code));
});

/** Occupations with observed use in the primary release, most observed exposure first (empty without AEI data). */
export function getObservedList(data: DataContext): ObservedOccupationRow[] {
  return primaryRelease(data) ? data.get(LIST) : [];
}

/** A group's or state's observed use, as stored by the build (lib/observed/aggregate.ts sliceUse), named. */
export interface ObservedSlice extends SliceUse {
  code: string;
  title: string;
}

export interface NationalObserved {
  release: ObservedRelease;
  releases: ObservedRelease[];
  total: ObservedSlice;
  groups: ObservedSlice[];
}

const NATIONAL = derived('observedNational', (data): NationalObserved => {
  const rel = primaryRelease(data)!;
  const rows = data.db.select().from(observedSliceUse).where(eq(observedSliceUse.release, rel.release)).all();
  const titles = new Map(allOccupations(data).map((o) => [o.major_group, o.major_title ?? o.major_group]));
  const slice = (r: (typeof rows)[number]): ObservedSlice => ({
    code: r.code,
    title: r.kind === 'total' ? 'All occupations' : (titles.get(r.code) ?? r.code),
    employment: r.employment,
    occupations: r.occupations,
    beta: r.beta,
    observed_exposure: r.observed_exposure,
    coverage: r.coverage,
    share_pct: r.share_pct,
    automation_share: r.automation_share,
  });
  return {
    release: rel,
    releases: observedReleasesOf(data),
    total: slice(rows.find((r) => r.kind === 'total')!),
    groups: rows
      .filter((r) => r.kind === 'major')
      .map(slice)
      .sort((a, b) => b.share_pct - a.share_pct),
  };
});

/** The national comparison (all workers and major groups), or null without AEI data. */
export function getNationalObserved(data: DataContext): NationalObserved | null {
  return primaryRelease(data) ? data.get(NATIONAL) : null;
}

/** State slices of the primary release, keyed by FIPS area (empty without AEI data or state file). */
export function getStateObserved(data: DataContext): Map<string, ObservedSlice> {
  const rel = primaryRelease(data);
  if (!rel) return new Map();
  const rows = data.db
    .select()
    .from(observedSliceUse)
    .where(and(eq(observedSliceUse.release, rel.release), eq(observedSliceUse.kind, 'state')))
    .all();
  return new Map(rows.map((r) => [r.code, { code: r.code, title: r.code, employment: r.employment, occupations: r.occupations, beta: r.beta, observed_exposure: r.observed_exposure, coverage: r.coverage, share_pct: r.share_pct, automation_share: r.automation_share }]));
}
