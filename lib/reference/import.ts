/**
 * Published exposure measures from REFERENCE_DIR, validated like every other input:
 * - Eloundou et al. (2023) task labels (human and GPT-4 ratings) and occupation-level betas;
 * - Microsoft "Working with AI" (Tomlinson et al. 2025) AI applicability score per 6-digit SOC;
 * - Felten, Raj & Seamans (2023) language-modelling AIOE per 2010 SOC code.
 * Labels calibrate the model and measure agreement; the indices are for comparison only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../ingest/errors';
import { num, onetCode, socCode, text } from '../ingest/fields';
import { readRows } from '../ingest/table';

export const REFERENCE_FILES = {
  labels: 'eloundou_2023_dev/full_labelset.tsv',
  occLevel: 'eloundou_2023_dev/occ_level.csv',
  microsoft: 'working_with_ai_2025/soc_ai_applicability_scores.csv',
  felten: 'felten_aioe/lm_aioe.tsv',
} as const;

const label = z.enum(['E0', 'E1', 'E2'], { error: 'expected E0, E1 or E2' });
/** Task IDs are stored as floats ("8823.0"). */
const floatId = z
  .string()
  .trim()
  .regex(/^\d+(\.0+)?$/, 'expected a task id like 8823.0')
  .transform((v) => Number.parseInt(v, 10));

export interface ReferenceLabel {
  task_id: number;
  onet_soc_code: string;
  statement: string;
  human: 'E0' | 'E1' | 'E2';
  gpt4: 'E0' | 'E1' | 'E2';
}

export interface ReferenceIndexRow {
  source: 'eloundou_gpt4_beta' | 'eloundou_human_beta' | 'microsoft_applicability' | 'felten_lm_aioe';
  code: string;
  title: string;
  value: number;
}

export interface ReferenceData {
  labels: ReferenceLabel[];
  indices: ReferenceIndexRow[];
  files: string[];
}

function has(dir: string, f: string) {
  return fs.existsSync(path.join(dir, f));
}

/** Reads what is present in `dir`; every file is optional, but a present file must be valid. */
export function readReference(dir: string): ReferenceData {
  if (!fs.existsSync(dir)) throw new InputError(dir, undefined, 'REFERENCE_DIR does not exist');
  const out: ReferenceData = { labels: [], indices: [], files: [] };
  if (has(dir, REFERENCE_FILES.labels)) {
    const { rows } = readRows(path.join(dir, REFERENCE_FILES.labels), z.object({ 'O*NET-SOC Code': onetCode, 'Task ID': floatId, Task: text, human_exposure_agg: label, gpt4_exposure: label }));
    const seen = new Set<number>();
    for (const r of rows) {
      if (seen.has(r['Task ID'])) continue; // a task listed twice keeps its first labels
      seen.add(r['Task ID']);
      out.labels.push({ task_id: r['Task ID'], onet_soc_code: r['O*NET-SOC Code'], statement: r.Task, human: r.human_exposure_agg, gpt4: r.gpt4_exposure });
    }
    out.files.push(REFERENCE_FILES.labels);
  }
  if (has(dir, REFERENCE_FILES.occLevel)) {
    for (const r of readRows(path.join(dir, REFERENCE_FILES.occLevel), z.object({ 'O*NET-SOC Code': onetCode, Title: text, dv_rating_beta: num, human_rating_beta: num })).rows) {
      out.indices.push({ source: 'eloundou_gpt4_beta', code: r['O*NET-SOC Code'], title: r.Title, value: r.dv_rating_beta });
      out.indices.push({ source: 'eloundou_human_beta', code: r['O*NET-SOC Code'], title: r.Title, value: r.human_rating_beta });
    }
    out.files.push(REFERENCE_FILES.occLevel);
  }
  if (has(dir, REFERENCE_FILES.microsoft)) {
    for (const r of readRows(path.join(dir, REFERENCE_FILES.microsoft), z.object({ 'SOC Code': socCode, title: text, ai_applicability_score: num })).rows) {
      out.indices.push({ source: 'microsoft_applicability', code: r['SOC Code'], title: r.title, value: r.ai_applicability_score });
    }
    out.files.push(REFERENCE_FILES.microsoft);
  }
  if (has(dir, REFERENCE_FILES.felten)) {
    const { rows } = readRows(path.join(dir, REFERENCE_FILES.felten), z.object({ 'SOC Code': socCode, 'Occupation Title': text, 'Language Modeling AIOE': num }));
    for (const r of crosswalkSoc2010(rows.map((r) => ({ code: r['SOC Code'], title: r['Occupation Title'], value: r['Language Modeling AIOE'] })))) {
      out.indices.push({ source: 'felten_lm_aioe', ...r });
    }
    out.files.push(REFERENCE_FILES.felten);
  }
  return out;
}

/**
 * Felten's LM-AIOE is keyed by 2010 SOC codes: changed codes are moved to their 2018 successors
 * (data/soc-2010-to-2018.json); several 2010 codes landing on one 2018 code are averaged, and a code
 * present unchanged takes precedence over merged predecessors.
 */
export function crosswalkSoc2010(rows: Array<{ code: string; title: string; value: number }>, mapFile = path.resolve(process.cwd(), 'data/soc-2010-to-2018.json')) {
  const map = (JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { map: Record<string, string[]> }).map;
  const direct = new Map<string, { title: string; value: number }>();
  const merged = new Map<string, { title: string; sum: number; n: number }>();
  for (const r of rows) {
    const targets = map[r.code];
    if (!targets) {
      direct.set(r.code, { title: r.title, value: r.value });
      continue;
    }
    for (const c of targets) {
      const m = merged.get(c) ?? { title: r.title, sum: 0, n: 0 };
      m.sum += r.value;
      m.n += 1;
      merged.set(c, m);
    }
  }
  const out = [...direct].map(([code, d]) => ({ code, title: d.title, value: d.value }));
  for (const [code, m] of merged) if (!direct.has(code)) out.push({ code, title: m.title, value: m.sum / m.n });
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
