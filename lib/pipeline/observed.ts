/**
 * Observed-use step (after score): reads the Anthropic Economic Index from REFERENCE_DIR, matches its
 * tasks to the O*NET Task Statements, and writes task, occupation and slice tables beside the exposure
 * scores. It reads the scores and writes only its own tables: the scores are the same with or without it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AtlasDb } from '../../db';
import {
  datasetVersions,
  observedIndexTasks,
  observedOccupationUse,
  observedReleases,
  observedSliceUse,
  observedTaskUse,
  occupationLabor,
  occupations,
  occupationScores,
  stateLabor,
  tasks as tasksTable,
  taskScores,
} from '../../db/schema';
import { eq } from 'drizzle-orm';
import { insertMany } from '../build/insert';
import { AEI_NONE, locateAei, readAei, type AeiData } from '../ingest/aei';
import { occupationUse, sliceUse, taskUse, type MatchedIndexTask, type OccupationFigures, type SliceMember, type TaskUse } from '../observed/aggregate';
import { TaskMatcher, type MatchTier } from '../observed/match';

export const AEI_SOURCE = 'Anthropic Economic Index (Handa et al. 2025; CC BY)';

export interface UnmatchedTask {
  task_name: string;
  pct: number;
}

export interface ObservedReleaseSummary {
  release: string;
  index_tasks: number;
  none_pct: number;
  matched: Record<MatchTier, number>;
  unmatched: UnmatchedTask[];
  matched_pct: number;
  matched_share_excl_none: number;
  current_tasks: number;
  occupations_with_use: number;
}

export type ObservedSummary = { present: false; reason: string } | { present: true; dir: string; releases: ObservedReleaseSummary[]; ms: number };

const TIER_ORDER: MatchTier[] = ['text', 'task_id', 'near_text'];

/** Runs the step on the database being built; a missing folder is a summary with the reason, not an error. */
export function importObserved(db: AtlasDb, referenceDir: string | undefined): ObservedSummary {
  for (const t of [observedReleases, observedIndexTasks, observedTaskUse, observedOccupationUse, observedSliceUse]) db.delete(t).run();
  db.delete(datasetVersions).where(eq(datasetVersions.source, AEI_SOURCE)).run();
  const dir = locateAei(referenceDir);
  if (!dir) {
    return { present: false, reason: referenceDir ? `no anthropic_economic_index folder in ${referenceDir}` : 'REFERENCE_DIR not set' };
  }
  const t0 = performance.now();
  const data = readAei(dir);
  if (data.releases.length === 0) return { present: false, reason: `${dir} has no release files` };
  const summaries = writeObserved(db, data);
  return { present: true, dir, releases: summaries, ms: performance.now() - t0 };
}

function writeObserved(db: AtlasDb, data: AeiData): ObservedReleaseSummary[] {
  const current = db
    .select({ task_id: tasksTable.task_id, onet_soc_code: tasksTable.onet_soc_code, statement: tasksTable.statement, weight: tasksTable.weight, beta: taskScores.beta })
    .from(tasksTable)
    .innerJoin(taskScores, eq(taskScores.task_id, tasksTable.task_id))
    .all();
  const codeOf = new Map(current.map((t) => [t.task_id, t.onet_soc_code]));
  const matcher = new TaskMatcher(current, data.statements);
  const occ = db.select({ onet_soc_code: occupationScores.onet_soc_code, beta: occupationScores.beta }).from(occupationScores).all();
  const betaOf = new Map(occ.map((o) => [o.onet_soc_code, o.beta]));
  const labor = db.select({ onet_soc_code: occupationLabor.onet_soc_code, employment: occupationLabor.employment }).from(occupationLabor).all();
  const empOf = new Map(labor.map((l) => [l.onet_soc_code, l.employment]));
  const majorOf = new Map(db.select({ code: occupations.onet_soc_code, major: occupations.major_group }).from(occupations).all().map((o) => [o.code, o.major]));
  const states = db.select({ area: stateLabor.area, onet_soc_code: stateLabor.onet_soc_code, employment: stateLabor.employment }).from(stateLabor).all();
  const stateTotal = new Map<string, number>();
  for (const s of states) stateTotal.set(s.onet_soc_code, (stateTotal.get(s.onet_soc_code) ?? 0) + (s.employment ?? 0));

  const summaries: ObservedReleaseSummary[] = [];
  const versions: Array<typeof datasetVersions.$inferInsert> = [];
  const addVersion = (rel: string, release: string, rows: number) => {
    const buf = fs.readFileSync(path.join(data.dir, rel));
    versions.push({ file: path.basename(rel), source: AEI_SOURCE, release: `Anthropic Economic Index release ${release}`, rows, bytes: buf.length, sha256: crypto.createHash('sha256').update(buf).digest('hex') });
  };
  const write = db.$client.transaction(() => {
    for (const r of data.releases) {
      const hasSplit = r.tasks.some((t) => t.split !== null);
      const indexRows: Array<typeof observedIndexTasks.$inferInsert> = [];
      const matched: MatchedIndexTask[] = [];
      const tierOf = new Map<number, MatchTier>();
      const counts: Record<MatchTier, number> = { text: 0, task_id: 0, near_text: 0 };
      const unmatched: UnmatchedTask[] = [];
      let nonePct = 0;
      let matchedPct = 0;
      for (const t of r.tasks) {
        const split = t.split ?? { directive: null, feedback_loop: null, task_iteration: null, validation: null, learning: null, filtered: null };
        if (t.task_name === AEI_NONE) {
          nonePct += t.pct;
          indexRows.push({ release: r.release, task_name: t.task_name, pct: t.pct, match: 'none_row', similarity: null, task_ids: '', ...split });
          continue;
        }
        const m = matcher.match(t.task_name);
        if (!m) {
          unmatched.push({ task_name: t.task_name, pct: t.pct });
          indexRows.push({ release: r.release, task_name: t.task_name, pct: t.pct, match: 'unmatched', similarity: null, task_ids: '', ...split });
          continue;
        }
        counts[m.tier]++;
        matchedPct += t.pct;
        for (const id of m.task_ids) {
          const prev = tierOf.get(id);
          if (!prev || TIER_ORDER.indexOf(m.tier) > TIER_ORDER.indexOf(prev)) tierOf.set(id, m.tier);
        }
        matched.push({ pct: t.pct, split: t.split, task_ids: m.task_ids });
        indexRows.push({ release: r.release, task_name: t.task_name, pct: t.pct, match: m.tier, similarity: m.similarity, task_ids: m.task_ids.join(','), ...split });
      }
      const use = taskUse(matched);
      const useOf = new Map<number, TaskUse>(use.map((u) => [u.task_id, u]));
      const occUse = occupationUse(current, useOf, hasSplit);
      const figures = new Map<string, OccupationFigures>();
      for (const o of occUse) {
        const beta = betaOf.get(o.onet_soc_code);
        if (beta === undefined) continue;
        figures.set(o.onet_soc_code, { beta, share_pct: o.share_pct, coverage: o.coverage, observed_exposure: o.observed_exposure, automation_share: o.automation_share });
      }
      const national: SliceMember[] = [...figures.keys()].map((c) => ({ onet_soc_code: c, employment: empOf.get(c) ?? null, fraction: 1 }));
      const slices: Array<typeof observedSliceUse.$inferInsert> = [{ release: r.release, kind: 'total', code: 'US', ...sliceUse(national, figures) }];
      const majors = new Map<string, SliceMember[]>();
      for (const m of national) {
        const g = majorOf.get(m.onet_soc_code);
        if (!g) continue;
        const l = majors.get(g);
        if (l) l.push(m);
        else majors.set(g, [m]);
      }
      for (const [code, members] of [...majors].sort((a, b) => a[0].localeCompare(b[0]))) slices.push({ release: r.release, kind: 'major', code, ...sliceUse(members, figures) });
      const byArea = new Map<string, SliceMember[]>();
      for (const s of states) {
        const total = stateTotal.get(s.onet_soc_code) ?? 0;
        const member = { onet_soc_code: s.onet_soc_code, employment: s.employment, fraction: total > 0 ? (s.employment ?? 0) / total : 0 };
        const l = byArea.get(s.area);
        if (l) l.push(member);
        else byArea.set(s.area, [member]);
      }
      for (const [code, members] of [...byArea].sort((a, b) => a[0].localeCompare(b[0]))) slices.push({ release: r.release, kind: 'state', code, ...sliceUse(members, figures) });

      const excl = 100 - nonePct;
      insertMany(db, observedIndexTasks, indexRows);
      insertMany(
        db,
        observedTaskUse,
        use.map((u) => ({ release: r.release, ...u, onet_soc_code: codeOf.get(u.task_id)!, match: tierOf.get(u.task_id)! })),
      );
      insertMany(db, observedOccupationUse, occUse.map((o) => ({ release: r.release, ...o })));
      insertMany(db, observedSliceUse, slices);
      insertMany(db, observedReleases, [
        {
          release: r.release,
          files: r.files.join(','),
          has_split: hasSplit,
          index_tasks: r.tasks.length,
          none_pct: nonePct,
          matched_text: counts.text,
          matched_task_id: counts.task_id,
          matched_near_text: counts.near_text,
          unmatched: unmatched.length,
          matched_pct: matchedPct,
          matched_share_excl_none: excl > 0 ? matchedPct / excl : 0,
        },
      ]);
      for (const f of r.files) addVersion(f, r.release, r.tasks.length);
      summaries.push({
        release: r.release,
        index_tasks: r.tasks.length,
        none_pct: nonePct,
        matched: counts,
        unmatched: unmatched.sort((a, b) => b.pct - a.pct || a.task_name.localeCompare(b.task_name)),
        matched_pct: matchedPct,
        matched_share_excl_none: excl > 0 ? matchedPct / excl : 0,
        current_tasks: use.length,
        occupations_with_use: occUse.filter((o) => o.matched_tasks > 0).length,
      });
    }
    if (data.statements && data.statementsFile) addVersion(data.statementsFile, '2025-02-10', data.statements.length);
    insertMany(db, datasetVersions, versions);
  });
  write();
  return summaries;
}
