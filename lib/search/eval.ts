/**
 * The matcher's evaluation set, made from O*NET's own files so it can be rebuilt anywhere:
 * - clean: every "Sample of Reported Titles" title, right when the first result's 6-digit SOC is one
 *   the title is listed under (reported or alternate);
 * - held out: a seeded 20% of those titles is removed from the index (every occupation's copy of
 *   the same words) before they are asked, so the score is on titles the index has never seen;
 * - messy: each title rewritten the way HR systems write titles (seniority, levels, abbreviations,
 *   shift/contract tags, departments and locations, a typo), with a seeded generator.
 * Pure: the caller reads the files and builds matchers.
 */
import { indexTokens } from './clean';
import type { IndexRow, MatchResult, TitleMatcher } from './matcher';
// Mulberry32, seeded: every run asks the same questions.
import { rng } from '../score/classifier';
export { rng };

export interface EvalCase {
  query: string;
  /** the title as published */
  source: string;
  expected: Set<string>;
}


/** Parses an O*NET title file (tab-separated, header row): code and title columns. */
export function parseTitleFile(text: string): Array<{ code: string; title: string }> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((l) => {
    const [code, title] = l.split('\t');
    return { code, title };
  });
}

/** Key of a title's words as the index sees them (order-free, stemmed). */
export function titleKey(title: string): string {
  return [...indexTokens(title).tokens].sort().join(' ');
}

/** The clean cases: distinct reported titles with every SOC they are listed under in either file. */
export function cleanCases(reported: Array<{ code: string; title: string }>, alternate: Array<{ code: string; title: string }>): EvalCase[] {
  const socs = new Map<string, Set<string>>();
  for (const r of [...reported, ...alternate]) {
    const k = titleKey(r.title);
    if (!k) continue;
    if (!socs.has(k)) socs.set(k, new Set());
    socs.get(k)!.add(r.code.slice(0, 7));
  }
  const out = new Map<string, EvalCase>();
  for (const r of reported) {
    const k = titleKey(r.title);
    if (!k || out.has(k)) continue;
    out.set(k, { query: r.title, source: r.title, expected: socs.get(k)! });
  }
  return [...out.values()];
}

/** A seeded share of the cases, and index rows without any title of the same words. */
export function holdOut(cases: EvalCase[], rows: IndexRow[], share: number, seed: number): { held: EvalCase[]; rows: IndexRow[] } {
  const r = rng(seed);
  const held = cases.filter(() => r() < share);
  const keys = new Set(held.map((c) => titleKey(c.source)));
  // An occupation's own O*NET title always stays: the index is never without it.
  return { held, rows: rows.filter((row) => row.kind === 'title' || !keys.has(titleKey(row.title))) };
}

const CONTRACT: Array<[RegExp, string[]]> = [
  [/\bcustomer service representatives?\b/i, ['CSR', 'Customer Service Rep']],
  [/\bregistered nurses?\b/i, ['RN']],
  [/\blicensed practical nurses?\b/i, ['LPN']],
  [/\bcertified nursing assistants?\b/i, ['CNA']],
  [/\baccounts payable\b/i, ['AP', 'A/P']],
  [/\baccounts receivable\b/i, ['AR', 'A/R']],
  [/\bquality assurance\b/i, ['QA']],
  [/\bhuman resources\b/i, ['HR']],
  [/\binformation technology\b/i, ['IT']],
  [/\bvice president\b/i, ['VP']],
  [/\brepresentatives?\b/i, ['Rep']],
  [/\bmanagers?\b/i, ['Mgr']],
  [/\bassistants?\b/i, ['Asst']],
  [/\btechnicians?\b/i, ['Tech']],
  [/\badministrat(?:or|ive)\b/i, ['Admin']],
  [/\bcoordinators?\b/i, ['Coord']],
  [/\bspecialists?\b/i, ['Spec']],
  [/\bsupervisors?\b/i, ['Supv']],
  [/\bunderwriters?\b/i, ['UW']],
  [/\badjusters?\b/i, ['Adj']],
  [/\bdirector\b/i, ['Dir']],
  [/\bengineer\b/i, ['Engr']],
];
const SENIORITY = ['Sr.', 'Senior', 'Jr.', 'Lead', 'Junior', 'Sr'];
const LEVELS = ['I', 'II', 'III', 'IV', 'Level 3', 'Level 2', '2'];
const TAGS = [' - Night Shift', ' (Contract)', ' PT', ' - Bilingual', ' (Temp)', ' - Weekends', ' - Remote', ' - PRN', ' (Part-Time)', ', 2nd Shift'];
const DEPTS = [', Operations', ' - Claims Dept', ' - Dallas, TX', ' - Corporate', ' | Region 2', ', Store 214', ' - East', ' (HQ)'];

/** One HR-style rewrite of a title (at least one change; the head noun is never removed). */
export function messify(title: string, r: () => number): string {
  let t = title.replace(/\s*\([^)]*\)\s*$/, '').trim();
  let changed = false;
  for (const [re, outs] of CONTRACT) {
    if (re.test(t) && r() < 0.6) {
      t = t.replace(re, outs[Math.floor(r() * outs.length)]);
      changed = true;
    }
  }
  if (r() < 0.35) {
    t = `${SENIORITY[Math.floor(r() * SENIORITY.length)]} ${t}`;
    changed = true;
  }
  if (r() < 0.3) {
    t = `${t} ${LEVELS[Math.floor(r() * LEVELS.length)]}`;
    changed = true;
  }
  if (r() < 0.3) {
    t += TAGS[Math.floor(r() * TAGS.length)];
    changed = true;
  }
  if (r() < 0.25 || !changed) {
    t += DEPTS[Math.floor(r() * DEPTS.length)];
  }
  if (r() < 0.12) {
    // one typo: two adjacent letters swapped in a long word
    const ws = t.split(' ');
    const i = ws.findIndex((w) => w.length >= 7 && /^[a-z]+$/i.test(w));
    if (i >= 0) {
      const w = ws[i];
      const j = 2 + Math.floor(r() * (w.length - 4));
      ws[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
      t = ws.join(' ');
    }
  }
  return t;
}

export function messyCases(cases: EvalCase[], seed: number): EvalCase[] {
  const r = rng(seed);
  return cases.map((c) => ({ ...c, query: messify(c.source, r) }));
}

export interface EvalOutcome {
  c: EvalCase;
  m: MatchResult;
  top1: boolean;
  top3: boolean;
}

export function evaluate(matcher: TitleMatcher, cases: EvalCase[]): EvalOutcome[] {
  return cases.map((c) => {
    const m = matcher.match(c.query, { limit: 10 });
    const socs: string[] = [];
    for (const r of m.results) {
      const s = r.onet_soc_code.slice(0, 7);
      if (!socs.includes(s)) socs.push(s);
    }
    return { c, m, top1: socs.length > 0 && c.expected.has(socs[0]), top3: socs.slice(0, 3).some((s) => c.expected.has(s)) };
  });
}

/** The same, in slices that give the event loop a turn (long runs inside servers or test workers). */
export async function evaluateAsync(matcher: TitleMatcher, cases: EvalCase[], slice = 200): Promise<EvalOutcome[]> {
  const out: EvalOutcome[] = [];
  for (let i = 0; i < cases.length; i += slice) {
    out.push(...evaluate(matcher, cases.slice(i, i + slice)));
    await new Promise((r) => setImmediate(r));
  }
  return out;
}

export function summary(out: EvalOutcome[]): { n: number; top1: number; top3: number; empty: number } {
  const n = out.length || 1;
  return {
    n: out.length,
    top1: out.filter((o) => o.top1).length / n,
    top3: out.filter((o) => o.top3).length / n,
    empty: out.filter((o) => o.m.results.length === 0).length / n,
  };
}

/** Reliability table: cases binned by stated confidence, with the share actually right in each bin. */
export function reliability(out: EvalOutcome[], edges = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001]): Array<{ from: number; to: number; n: number; stated: number; right: number }> {
  const rows = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const bin = out.filter((o) => o.m.results.length > 0 && o.m.confidence >= edges[i] && o.m.confidence < edges[i + 1]);
    const n = bin.length;
    rows.push({
      from: edges[i],
      to: Math.min(1, edges[i + 1]),
      n,
      stated: n ? bin.reduce((s, o) => s + o.m.confidence, 0) / n : 0,
      right: n ? bin.filter((o) => o.top1).length / n : 0,
    });
  }
  return rows;
}
