import { memo, sqlite, stmt, type Sqlite } from './db';
import { occupationIndex, type OccupationRow } from './occupations';

export interface Exemplar {
  group_id: string;
  text: string;
  similarity: number;
}
export interface Neighbour {
  task_id: number;
  statement: string;
  label: string;
  similarity: number;
}
export interface Evidence {
  exemplars: Exemplar[];
  neighbours: Neighbour[];
}

export interface TaskRow {
  task_id: number;
  statement: string;
  task_type: 'Core' | 'Supplemental' | 'n/a';
  importance: number | null;
  weight: number;
  p_e0: number | null;
  p_e1: number | null;
  p_e2: number | null;
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  method: 'calibrated' | 'rubric' | null;
  spread: number | null;
  evidence: Evidence | null;
}

export interface ElementRow {
  element_id: string;
  name: string;
  domain: 'skill' | 'knowledge' | 'ability' | 'work_activity' | 'work_context';
  importance: number | null;
  level: number | null;
  beta: number | null;
}

export interface ReferenceValue {
  source: 'eloundou_gpt4_beta' | 'eloundou_human_beta' | 'microsoft_applicability' | 'felten_lm_aioe';
  code: string;
  title: string;
  value: number;
  /** Percentile of this value among all occupations the source covers (0–100). */
  percentile: number;
}

export interface OccupationDetail extends OccupationRow {
  description: string;
  job_zone_name: string | null;
  job_zone_education: string | null;
  education_category: string | null;
  education_share: number | null;
  rubric_beta: number | null;
  /** the OEWS row this occupation's employment comes from, its total, and how many O*NET codes share it */
  oews_code: string | null;
  oews_employment: number | null;
  oews_sharers: number | null;
}

export function getOccupation(code: string, db: Sqlite = sqlite()): OccupationDetail | null {
  const base = occupationIndex(db).get(code);
  if (!base) return null;
  const extra = stmt(
    db,
    `SELECT o.description, z.name AS job_zone_name, z.education AS job_zone_education, ec.description AS education_category, o.education_share, s.rubric_beta,
            l.oews_code, b.employment AS oews_employment, l.oews_sharers
     FROM occupations o LEFT JOIN job_zone_reference z ON z.job_zone = o.job_zone
     LEFT JOIN education_categories ec ON ec.category = o.education_category
     LEFT JOIN occupation_scores s ON s.onet_soc_code = o.onet_soc_code
     LEFT JOIN occupation_labor l ON l.onet_soc_code = o.onet_soc_code
     LEFT JOIN bls_oews b ON b.occ_code = l.oews_code AND b.o_group = 'detailed'
     WHERE o.onet_soc_code = ?`,
  ).get(code) as Omit<OccupationDetail, keyof OccupationRow>;
  return { ...base, ...extra };
}

function parseEvidence(s: string | null): Evidence | null {
  if (!s) return null;
  try {
    const e = JSON.parse(s) as Partial<Evidence>;
    return { exemplars: e.exemplars ?? [], neighbours: e.neighbours ?? [] };
  } catch {
    return null;
  }
}

export function getTasks(code: string, db: Sqlite = sqlite()): TaskRow[] {
  const rows = stmt(
    db,
    `SELECT t.task_id, t.statement, t.task_type, t.importance, t.weight, s.p_e0, s.p_e1, s.p_e2, s.alpha, s.beta, s.gamma, s.method, s.spread, s.evidence
     FROM tasks t LEFT JOIN task_scores s ON s.task_id = t.task_id WHERE t.onet_soc_code = ?
     ORDER BY coalesce(s.beta, -1) DESC, t.weight DESC, t.task_id`,
  ).all(code) as Array<Omit<TaskRow, 'evidence'> & { evidence: string | null }>;
  return rows.map((r) => ({ ...r, evidence: parseEvidence(r.evidence) }));
}

export function getElements(code: string, db: Sqlite = sqlite()): ElementRow[] {
  return stmt(
    db,
    `SELECT e.element_id, e.name, e.domain, oe.importance, oe.level, es.beta
     FROM occupation_elements oe JOIN elements e ON e.element_id = oe.element_id
     LEFT JOIN element_scores es ON es.element_id = e.element_id
     WHERE oe.onet_soc_code = ? AND oe.not_relevant = 0 ORDER BY e.domain, oe.importance DESC`,
  ).all(code) as ElementRow[];
}

export interface TitleRow {
  title: string;
  kind: 'alternate' | 'reported';
}
export function getTitles(code: string, db: Sqlite = sqlite()): TitleRow[] {
  return stmt(db, `SELECT title, kind FROM occupation_titles WHERE onet_soc_code = ? ORDER BY kind = 'reported' DESC, shown_in_my_next_move DESC, title`).all(code) as TitleRow[];
}

export interface RelatedRow {
  onet_soc_code: string;
  title: string;
  tier: string;
  beta: number | null;
  employment: number | null;
  median_wage: number | null;
  oews_code: string | null;
  oews_sharers: number | null;
}
export function getRelated(code: string, db: Sqlite = sqlite()): RelatedRow[] {
  const idx = occupationIndex(db);
  const rows = stmt(db, 'SELECT related_code, tier FROM related_occupations WHERE onet_soc_code = ? ORDER BY rank').all(code) as Array<{ related_code: string; tier: string }>;
  return rows.flatMap((r) => {
    const o = idx.get(r.related_code);
    return o ? [{ onet_soc_code: o.onet_soc_code, title: o.title, tier: r.tier, beta: o.beta, employment: o.employment, median_wage: o.median_wage, oews_code: o.oews_code, oews_sharers: o.oews_sharers }] : [];
  });
}

export interface HotTechnology {
  example: string;
  commodity_title: string;
  hot: boolean;
}
export function getTechnology(code: string, db: Sqlite = sqlite()): HotTechnology[] {
  return (stmt(db, 'SELECT example, commodity_title, hot FROM technology_skills WHERE onet_soc_code = ? ORDER BY hot DESC, in_demand DESC, example').all(code) as Array<{ example: string; commodity_title: string; hot: number }>).map((t) => ({ ...t, hot: Boolean(t.hot) }));
}

/** Sorted values per source, for percentiles. */
function referenceDistributions(db: Sqlite): Map<string, number[]> {
  return memo(db, 'refDist', () => {
    const rows = stmt(db, 'SELECT source, value FROM reference_indices').all() as Array<{ source: string; value: number }>;
    const m = new Map<string, number[]>();
    for (const r of rows) {
      if (!m.has(r.source)) m.set(r.source, []);
      m.get(r.source)!.push(r.value);
    }
    for (const v of m.values()) v.sort((a, b) => a - b);
    return m;
  });
}

export function percentileOf(sorted: number[], v: number): number {
  if (sorted.length === 0) return 0;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  let hi2 = lo;
  while (hi2 < sorted.length && sorted[hi2] === v) hi2++;
  return (100 * (lo + hi2)) / 2 / sorted.length;
}

/** Published indices covering this occupation: Eloundou by O*NET code, the others by 6-digit SOC. */
export function getReferenceValues(code: string, socCode: string, db: Sqlite = sqlite()): ReferenceValue[] {
  const dist = referenceDistributions(db);
  const rows = stmt(db, 'SELECT source, code, title, value FROM reference_indices WHERE code IN (?, ?) ORDER BY source').all(code, socCode) as Array<Omit<ReferenceValue, 'percentile'>>;
  return rows.map((r) => ({ ...r, percentile: percentileOf(dist.get(r.source) ?? [], r.value) }));
}

export const REFERENCE_LABELS: Record<ReferenceValue['source'], { name: string; scale: string }> = {
  eloundou_gpt4_beta: { name: 'Eloundou et al. (2023), GPT-4 rated beta', scale: '0–1 share of tasks' },
  eloundou_human_beta: { name: 'Eloundou et al. (2023), human rated beta', scale: '0–1 share of tasks' },
  microsoft_applicability: { name: 'Microsoft “Working with AI” (2025), AI applicability', scale: 'applicability score' },
  felten_lm_aioe: { name: 'Felten et al. LM-AIOE (language modelling)', scale: 'standardised index' },
};

/**
 * How this occupation's tasks were weighted, in words, from the weights the pipeline stored:
 * O*NET importance when Task Ratings were present, else by task type.
 */
export function taskWeighting(tasks: Array<Pick<TaskRow, 'task_type' | 'importance' | 'weight'>>): string {
  if (tasks.some((t) => t.importance !== null)) return 'tasks weighted by their O*NET importance rating';
  const name = { Core: 'core tasks', Supplemental: 'supplemental tasks', 'n/a': 'untyped tasks' } as const;
  const seen = new Map<TaskRow['task_type'], number>();
  for (const t of tasks) if (!seen.has(t.task_type)) seen.set(t.task_type, t.weight);
  const parts = (['Core', 'Supplemental', 'n/a'] as const).filter((k) => seen.has(k)).map((k) => `${name[k]} count ${Math.round(seen.get(k)! * 100) / 100}`);
  return parts.length <= 1 ? 'every task counts the same' : parts.join(', ');
}
