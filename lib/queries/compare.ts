import { percentRanks } from '../charts/stats';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { agreement, referenceIndices, tasks, taskScores } from '../../db/schema';
import { derived, derivedBy, type DataContext } from '../data/context';
import { allOccupations } from './occupations';

export const REFERENCE_SOURCES = referenceIndices.source.enumValues;
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

const AGREEMENT = derived('agreement', ({ db }): AgreementRow[] =>
  db
    .select({ reference: agreement.reference, level: agreement.level, mode: agreement.mode, statistic: agreement.statistic, value: agreement.value, n: agreement.n, note: agreement.note })
    .from(agreement)
    .orderBy(desc(agreement.level), asc(agreement.reference), asc(agreement.mode))
    .all(),
);

export function getAgreement(data: DataContext): AgreementRow[] {
  return data.get(AGREEMENT);
}

const SOURCES = derived('referenceSources', ({ db }): ReferenceSource[] => {
  const have = new Set(db.selectDistinct({ source: referenceIndices.source }).from(referenceIndices).all().map((r) => r.source));
  return REFERENCE_SOURCES.filter((s) => have.has(s));
});

/** Sources present in this build. */
export function availableSources(data: DataContext): ReferenceSource[] {
  return data.get(SOURCES);
}

/**
 * Our beta beside a published index. Eloundou et al. are keyed by O*NET code; the others by 6-digit
 * SOC, where our value is the employment-weighted mean over the O*NET codes of that SOC.
 */
export function getComparison(source: ReferenceSource, data: DataContext): ComparePoint[] {
  return comparison(data, source);
}

const comparison = derivedBy('comparison', (data, source: ReferenceSource): ComparePoint[] => {
  const refs = data.db.select({ code: referenceIndices.code, title: referenceIndices.title, value: referenceIndices.value }).from(referenceIndices).where(eq(referenceIndices.source, source)).all();
  const bySoc = source.startsWith('eloundou') === false;
  const groups = new Map<string, { onet: string; title: string; num: number; den: number; emp: number; plain: number; count: number; oews: string | null; sharers: number | null }>();
  for (const o of allOccupations(data)) {
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

export interface TaskExtreme {
  statement: string;
  beta: number;
}

const extremes = (most: boolean) =>
  derived(`extremeTasks:${most}`, ({ db }) =>
    db
      .select({ statement: tasks.statement, beta: taskScores.beta })
      .from(taskScores)
      .innerJoin(tasks, eq(tasks.task_id, taskScores.task_id))
      .where(eq(taskScores.onet_soc_code, sql.placeholder('code')))
      .orderBy(most ? desc(taskScores.beta) : asc(taskScores.beta), desc(tasks.weight))
      .limit(sql.placeholder('limit'))
      .prepare(),
  );
const MOST = extremes(true);
const LEAST = extremes(false);

/** The occupation's most (or least) exposed tasks: what explains a disagreement. */
export function extremeTasks(code: string, most: boolean, limit: number, data: DataContext): TaskExtreme[] {
  return data.get(most ? MOST : LEAST).all({ code, limit });
}
