/** setup's steps after ingest and the search index: embed, score, build info (they load the model runtime). */
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { openForBuild } from '../../db';
import { buildInfo } from '../../db/schema';
import { env } from '../env';
import { commandLine, log, progressBar } from '../cli';
import type { Sources } from './steps';
import { isLocalDefaultModel, isModelBuilt, modelDir } from '../embed/model-config';
import { embedAll, type EmbedSummary } from './embed';
import { importReference } from './reference';
import { importObserved, type ObservedSummary } from './observed';
import { scoreAll, type ScoreSummary } from './score';
import { loadRubric } from '../score/rubric';

/** Builds the offline default model when it is the one selected and not built yet. */
export function ensureModel(model: string) {
  if (!isLocalDefaultModel(model) || isModelBuilt(modelDir(model))) return;
  log(`building the offline embedding model ${model} (once)`);
  const r = spawnSync(...commandLine('build-model'), { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('building the embedding model failed');
}

/**
 * Starts building the offline default model in a child process when it is selected and missing, so it
 * runs on the other core while this process ingests (the model does not depend on the database).
 * Returns a wait() that resolves when it is built (at once when nothing was started) and a stop() for
 * a failed setup. The child's output goes to a log file (no interleaved progress bars); its summary is
 * printed when it ends.
 */
export function buildModelAlongside(model: string): { wait: () => Promise<void>; stop: () => void } {
  if (!isLocalDefaultModel(model) || isModelBuilt(modelDir(model))) return { wait: async () => {}, stop: () => {} };
  log(`building the offline embedding model ${model} (once), alongside the ingest`);
  const logFile = path.join(os.tmpdir(), `atlas-build-model-${process.pid}.log`);
  const fd = fs.openSync(logFile, 'w');
  const [cmd, args] = commandLine('build-model');
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', fd] });
  fs.closeSync(fd);
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const out = fs.readFileSync(logFile, 'utf8');
      fs.rmSync(logFile, { force: true });
      const summary = out.split('\n').filter((l) => /^(check|built) /.test(l));
      if (code === 0) {
        for (const l of summary) log(`  ${l}`);
        resolve();
      } else reject(new Error(`building the embedding model failed (exit ${code ?? signal}):\n${out.slice(-2000)}`));
    });
  });
  done.catch(() => {}); // awaited by wait(); never an unhandled rejection when setup fails first
  return {
    wait: () => done,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}

/** The published labels and indices (REFERENCE_DIR), before the embed step embeds the labelled tasks. */
export function referenceInto(file: string, src: Sources): void {
  const db = openForBuild(file);
  try {
    const ref = importReference(db, src.referenceDir);
    if (src.referenceDir) log(`reference: ${ref.labels.toLocaleString('en-US')} task labels, ${ref.indices.toLocaleString('en-US')} index values (${ref.files.join(', ') || 'no files'})`);
    else log('reference: REFERENCE_DIR not set, rubric layer only');
  } finally {
    db.$client.close();
  }
}

export async function embedInto(file: string): Promise<EmbedSummary> {
  const e = env();
  ensureModel(e.EMBEDDING_MODEL);
  const rubric = loadRubric();
  const db = openForBuild(file);
  const bar = progressBar('embed');
  try {
    return await embedAll(db, { model: e.EMBEDDING_MODEL, cacheFile: path.join(e.ATLAS_CACHE_DIR, 'embeddings.sqlite'), rubric, onProgress: (d, t) => bar.update(d, t) });
  } finally {
    bar.stop();
    db.$client.close();
  }
}

export async function scoreInto(file: string): Promise<ScoreSummary> {
  const rubric = loadRubric();
  const db = openForBuild(file);
  const bar = progressBar('score');
  try {
    const s = await scoreAll(db, { rubric, onProgress: (d, t, step) => bar.update(d, t, step) });
    const info: Record<string, string> = {
      built_at: new Date().toISOString(),
      embedding_model: env().EMBEDDING_MODEL,
      rubric_version: rubric.version,
      scoring_method: s.calibrated ? 'calibrated' : 'rubric',
      atlas_version: JSON.parse(fs.readFileSync('package.json', 'utf8')).version,
    };
    putBuildInfo(db, info);
    return s;
  } finally {
    bar.stop();
    db.$client.close();
  }
}

export function printEmbedSummary(s: EmbedSummary) {
  log(`embedded ${s.texts.toLocaleString('en-US')} texts (${s.unique.toLocaleString('en-US')} unique, ${s.embedded.toLocaleString('en-US')} new, rest from cache) in ${(s.ms / 1000).toFixed(1)} s`);
  log(`  ${Object.entries(s.perKind).map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`).join(', ')}`);
}

export function printScoreSummary(s: ScoreSummary) {
  log(`scored ${s.tasks.toLocaleString('en-US')} tasks (${s.calibrated ? 'calibrated on reference labels' : 'rubric layer only'}), ${s.occupations} occupations, ${s.elements} skills/knowledge in ${(s.ms / 1000).toFixed(1)} s`);
  for (const a of s.agreement) log(`  ${a.level.padEnd(10)} ${a.mode.padEnd(10)} ${a.reference.padEnd(24)} ${a.statistic} ${a.value.toFixed(3)} (n=${a.n})`);
}

export function setBuildInfo(file: string, info: Record<string, string>) {
  const db = openForBuild(file);
  try {
    putBuildInfo(db, info);
  } finally {
    db.$client.close();
  }
}

function putBuildInfo(db: ReturnType<typeof openForBuild>, info: Record<string, string>) {
  for (const [key, value] of Object.entries(info)) db.insert(buildInfo).values({ key, value }).onConflictDoUpdate({ target: buildInfo.key, set: { value } }).run();
}

/** Observed use (Anthropic Economic Index) beside the scores, after them; never an input to them. */
export function observedInto(file: string, src: Sources): ObservedSummary {
  const db = openForBuild(file);
  try {
    return importObserved(db, src.referenceDir);
  } finally {
    db.$client.close();
  }
}

/** How many index tasks matched, their share of the usage mass, and the unmatched ones (all in a file beside the database). */
export function printObservedSummary(s: ObservedSummary, dbFile: string) {
  if (!s.present) {
    log(`observed use: left out (${s.reason}); pages and the API say so`);
    return;
  }
  const pct = (x: number) => `${x.toFixed(2)}%`;
  log(`observed use: Anthropic Economic Index from ${s.dir} in ${(s.ms / 1000).toFixed(1)} s (beside the scores, never an input to them)`);
  const lines = ['release\tpct\ttask_name'];
  for (const r of s.releases) {
    const m = r.matched.text + r.matched.task_id + r.matched.near_text;
    log(`observed use ${r.release}: ${m.toLocaleString('en-US')} of ${(r.index_tasks - 1).toLocaleString('en-US')} index tasks matched (text ${r.matched.text}, task id ${r.matched.task_id}, near text ${r.matched.near_text}), ${pct(100 * r.matched_share_excl_none)} of the usage mass outside the "none" row (${pct(r.none_pct)} of conversations), ${pct(r.matched_pct)} of all; ${r.current_tasks.toLocaleString('en-US')} O*NET tasks, ${r.occupations_with_use} occupations`);
    log(`  ${r.unmatched.length} unmatched (${pct(r.unmatched.reduce((a, u) => a + u.pct, 0))} of conversations), largest: ${r.unmatched.slice(0, 3).map((u) => `"${u.task_name}" ${pct(u.pct)}`).join('; ')}`);
    for (const u of r.unmatched) lines.push(`${r.release}\t${u.pct}\t${u.task_name}`);
  }
  const out = path.join(path.dirname(path.resolve(dbFile)), 'observed-unmatched.tsv');
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  log(`  unmatched index tasks listed in ${out} (and in the database, observed_index_tasks)`);
}
