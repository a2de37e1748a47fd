import { percentRanks } from '../charts/stats';
import { memo, sqlite, stmt, type Sqlite } from './db';
import { allOccupations } from './occupations';

export const REFERENCE_SOURCES = ['eloundou_gpt4_beta', 'eloundou_human_beta', 'microsoft_applicability', 'felten_lm_aioe'] as const;
export type ReferenceSource = (typeof REFERENCE_SOURCES)[number];

export interface ComparePoint {
  code: string;
  /** The O*NET code to link to (for SOC-level sources, the first O*NET code of that SOC). */
  onet_soc_code: string;
  title: string;
  ours: number;
  theirs: number;
  ourRank: number;
  theirRank: number;
  employment: number;
  /** For O*NET-keyed sources: the OEWS row whose employment this occupation shares, and with how many. */
  oews_code: string | null;
  oews_sharers: number | null;
}

import type { AgreementRow } from '../pipeline/score';

export type { AgreementRow };

export function getAgreement(db: Sqlite = sqlite()): AgreementRow[] {
  return stmt(db, 'SELECT reference, level, mode, statistic, value, n, note FROM agreement ORDER BY level DESC, reference, mode').all() as AgreementRow[];
}

/** Sources present in this build. */
export function availableSources(db: Sqlite = sqlite()): ReferenceSource[] {
  const have = new Set((stmt(db, 'SELECT DISTINCT source FROM reference_indices').pluck().all() as string[]));
  return REFERENCE_SOURCES.filter((s) => have.has(s));
}

/**
 * Our beta beside a published index. Eloundou et al. are keyed by O*NET code; the others by 6-digit
 * SOC, where our value is the employment-weighted mean over the O*NET codes of that SOC.
 */
export function getComparison(source: ReferenceSource, db: Sqlite = sqlite()): ComparePoint[] {
  return memo(db, `compare:${source}`, () => {
    const refs = stmt(db, 'SELECT code, title, value FROM reference_indices WHERE source = ?').all(source) as Array<{ code: string; title: string; value: number }>;
    const bySoc = source.startsWith('eloundou') === false;
    const groups = new Map<string, { onet: string; title: string; num: number; den: number; emp: number; plain: number; count: number; oews: string | null; sharers: number | null }>();
    for (const o of allOccupations(db)) {
      if (o.beta === null) continue;
      const key = bySoc ? o.soc_code : o.onet_soc_code;
      const g = groups.get(key) ?? { onet: o.onet_soc_code, title: o.title, num: 0, den: 0, emp: 0, plain: 0, count: 0, oews: bySoc ? null : o.oews_code, sharers: bySoc ? null : o.oews_sharers };
      const w = o.employment ?? 0;
      g.num += o.beta * w;
      g.den += w;
      g.emp += w;
      g.plain += o.beta;
      g.count += 1;
      if (o.onet_soc_code.endsWith('.00')) {
        g.onet = o.onet_soc_code;
        g.title = o.title;
      }
      groups.set(key, g);
    }
    const pairs = refs.flatMap((r) => {
      const g = groups.get(r.code);
      if (!g) return [];
      return [{ code: r.code, onet_soc_code: g.onet, title: bySoc ? r.title : g.title, ours: g.den > 0 ? g.num / g.den : g.plain / g.count, theirs: r.value, employment: g.emp, oews_code: g.oews, oews_sharers: g.sharers }];
    });
    const ourR = percentRanks(pairs.map((p) => p.ours));
    const theirR = percentRanks(pairs.map((p) => p.theirs));
    return pairs.map((p, i) => ({ ...p, ourRank: ourR[i], theirRank: theirR[i] }));
  });
}

export interface TaskExtreme {
  statement: string;
  beta: number;
}

/** The occupation's most (or least) exposed tasks: what explains a disagreement. */
export function extremeTasks(code: string, most: boolean, limit = 2, db: Sqlite = sqlite()): TaskExtreme[] {
  return stmt(db, `SELECT t.statement, s.beta FROM task_scores s JOIN tasks t ON t.task_id = s.task_id WHERE s.onet_soc_code = ? ORDER BY s.beta ${most ? 'DESC' : 'ASC'}, t.weight DESC LIMIT ?`).all(code, limit) as TaskExtreme[];
}
