/**
 * Anthropic Economic Index (Handa et al. 2025; Hugging Face Anthropic/EconomicIndex, data CC BY):
 * the share of Claude conversations per O*NET task, and (from the 2025-03-27 release) each task's
 * automation vs augmentation split. Tasks are keyed by lower-cased task text, so they are matched to
 * O*NET Task Statements by text (lib/observed/match.ts). Optional: without the folder the atlas has no
 * observed-use view, and says so. Observed use is never an input to the exposure scores.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from './errors';
import { int, num, onetCode, text } from './fields';
import { readRows } from './table';

/** The folder inside REFERENCE_DIR. */
export const AEI_DIR = 'anthropic_economic_index';

export const AEI_RELEASES = [
  { release: '2025-02-10', folder: 'release_2025_02_10', shares: 'onet_task_mappings.csv', split: null },
  { release: '2025-03-27', folder: 'release_2025_03_27', shares: 'task_pct_v2.csv', split: 'automation_vs_augmentation_by_task.csv' },
] as const;
export type AeiRelease = (typeof AEI_RELEASES)[number]['release'];

/** The O*NET task statements the index was built on (shipped with the 2025-02-10 release): they carry Task IDs. */
export const AEI_STATEMENTS = { folder: 'release_2025_02_10', file: 'onet_task_statements.csv' } as const;

/** AEI's own row for conversations that map to no O*NET task. */
export const AEI_NONE = 'none';

export interface AeiSplit {
  directive: number;
  feedback_loop: number;
  task_iteration: number;
  validation: number;
  learning: number;
  filtered: number;
}

export interface AeiTask {
  /** The file's task_name (lower-cased O*NET text). */
  task_name: string;
  line: number;
  /** Percent of the release's conversations (the file's column sums to 100). */
  pct: number;
  split: AeiSplit | null;
}

export interface AeiReleaseData {
  release: AeiRelease;
  files: string[];
  tasks: AeiTask[];
}

export interface AeiStatement {
  task_id: number;
  onet_soc_code: string;
  statement: string;
}

export interface AeiData {
  dir: string;
  releases: AeiReleaseData[];
  /** The index's own O*NET statements (null when the file is absent). */
  statements: AeiStatement[] | null;
  statementsFile: string | null;
}

const share = num.pipe(z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'));
const pct = num.pipe(z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'));
/** Shares of one task's conversations should sum to 1 (the files are written with float rounding). */
const SUM_TOLERANCE = 1e-6;

/** The AEI folder under REFERENCE_DIR, or null when there is none (the view is then left out). */
export function locateAei(referenceDir: string | undefined): string | null {
  if (!referenceDir) return null;
  const dir = path.join(referenceDir, AEI_DIR);
  return fs.existsSync(dir) ? dir : null;
}

function readShares(file: string): AeiTask[] {
  const { file: name, rows } = readRows(file, z.object({ task_name: text, pct }));
  const seen = new Map<string, number>();
  const out: AeiTask[] = [];
  let sum = 0;
  for (const r of rows) {
    const prev = seen.get(r.task_name);
    if (prev !== undefined) throw new InputError(name, r.line, `column "task_name": duplicate task (also on line ${prev})`);
    seen.set(r.task_name, r.line);
    sum += r.pct;
    out.push({ task_name: r.task_name, line: r.line, pct: r.pct, split: null });
  }
  if (out.length === 0) throw new InputError(name, undefined, 'no task rows');
  if (Math.abs(sum - 100) > 0.01) throw new InputError(name, undefined, `column "pct" sums to ${sum.toFixed(4)}, expected 100`);
  return out;
}

function readSplit(file: string): Map<string, AeiSplit & { line: number }> {
  const { file: name, rows } = readRows(
    file,
    z.object({ task_name: text, directive: share, feedback_loop: share, task_iteration: share, validation: share, learning: share, filtered: share }),
  );
  const out = new Map<string, AeiSplit & { line: number }>();
  for (const r of rows) {
    const prev = out.get(r.task_name);
    if (prev) throw new InputError(name, r.line, `column "task_name": duplicate task (also on line ${prev.line})`);
    const total = r.directive + r.feedback_loop + r.task_iteration + r.validation + r.learning + r.filtered;
    if (Math.abs(total - 1) > SUM_TOLERANCE) throw new InputError(name, r.line, `the six shares sum to ${total}, expected 1`);
    out.set(r.task_name, { directive: r.directive, feedback_loop: r.feedback_loop, task_iteration: r.task_iteration, validation: r.validation, learning: r.learning, filtered: r.filtered, line: r.line });
  }
  return out;
}

/** Reads every release present in `dir`. A present file must be valid; an absent release is skipped. */
export function readAei(dir: string): AeiData {
  const releases: AeiReleaseData[] = [];
  for (const spec of AEI_RELEASES) {
    const sharesFile = path.join(dir, spec.folder, spec.shares);
    if (!fs.existsSync(sharesFile)) continue;
    const tasks = readShares(sharesFile);
    const files = [`${spec.folder}/${spec.shares}`];
    if (spec.split) {
      const splitFile = path.join(dir, spec.folder, spec.split);
      if (fs.existsSync(splitFile)) {
        const split = readSplit(splitFile);
        const names = new Set(tasks.map((t) => t.task_name));
        for (const [name, s] of split) {
          if (!names.has(name)) throw new InputError(spec.split, s.line, `column "task_name": task not in ${spec.shares}`);
        }
        for (const t of tasks) {
          const s = split.get(t.task_name);
          if (s) t.split = { directive: s.directive, feedback_loop: s.feedback_loop, task_iteration: s.task_iteration, validation: s.validation, learning: s.learning, filtered: s.filtered };
        }
        files.push(`${spec.folder}/${spec.split}`);
      }
    }
    releases.push({ release: spec.release, files, tasks });
  }
  const statementsPath = path.join(dir, AEI_STATEMENTS.folder, AEI_STATEMENTS.file);
  let statements: AeiStatement[] | null = null;
  if (fs.existsSync(statementsPath)) {
    statements = readRows(statementsPath, z.object({ 'O*NET-SOC Code': onetCode, 'Task ID': int, Task: text })).rows.map((r) => ({
      task_id: r['Task ID'],
      onet_soc_code: r['O*NET-SOC Code'],
      statement: r.Task,
    }));
  }
  return { dir, releases, statements, statementsFile: statements ? `${AEI_STATEMENTS.folder}/${AEI_STATEMENTS.file}` : null };
}
