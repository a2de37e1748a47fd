/**
 * Job-title search over the index made by build-index.ts. Words people type are expanded
 * (abbreviations from data/search-synonyms.json), misspelt words corrected against the index
 * vocabulary, candidates drawn from FTS5 (prefix) and, when words miss, FTS5 trigram; every
 * candidate is then scored in one place (scoreTitle) so the ranking is explainable and testable.
 */
import type Database from 'better-sqlite3';
import synonymFile from '../../data/search-synonyms.json';
import { editDistance, normalizeTitle, tokens, trigramDice, trigrams } from './normalize';
import type { TitleKind } from './build-index';

export interface SearchResult {
  onet_soc_code: string;
  title: string;
  matched_title: string;
  score: number;
}

interface Candidate {
  id: number;
  onet_soc_code: string;
  occupation_title: string;
  title: string;
  norm: string;
  kind: TitleKind;
  prior: number;
}

type VariantKind = 'original' | 'synonym' | 'corrected' | 'trigram';
interface Variant {
  tokens: string[];
  kind: VariantKind;
}

const KIND_WEIGHT: Record<TitleKind, number> = { title: 1, short: 1, alternate: 0.93, reported: 0.9 };
const VARIANT_WEIGHT: Record<VariantKind, number> = { original: 1, synonym: 0.97, corrected: 0.9, trigram: 0.8 };
const CANDIDATES = 400;
const MAX_QUERY_CHARS = 200;
const RELATIVE_FLOOR = 0.55;
/**
 * A lexical match at least this good is a clear hit: the trigram pass (≈ 90% of a search's time, an
 * OR over every trigram of the query) can only add typo-level candidates, which rank below it.
 */
export const CLEAR_HIT = 0.8;

const EXPANSIONS: Map<string, string[]> = new Map(
  Object.entries((synonymFile as { expansions: Record<string, string[]> }).expansions).map(([k, v]) => [normalizeTitle(k), v.map(normalizeTitle)]),
);

/** How well one title answers the query tokens, in [0, 1]. */
export function scoreTitle(queryTokens: string[], titleNorm: string): number {
  const q = queryTokens;
  const t = tokens(titleNorm);
  if (q.length === 0 || t.length === 0) return 0;
  if (q.join(' ') === titleNorm) return 1;
  const used = new Set<number>();
  let qSum = 0;
  q.forEach((qt, qi) => {
    let best = 0;
    let bestJ = -1;
    t.forEach((tt, j) => {
      let s = 0;
      if (tt === qt) s = 1;
      else if (qi === q.length - 1 && tt.startsWith(qt)) s = qt.length >= 3 ? 0.85 : 0.6; // still typing
      else if (tt.startsWith(qt) && qt.length >= 3) s = 0.75;
      else if (qt.length >= 4 && editDistance(qt, tt, 1) <= 1) s = 0.7;
      if (s > best) {
        best = s;
        bestJ = j;
      }
    });
    if (bestJ >= 0) used.add(bestJ);
    qSum += best;
  });
  const qCov = qSum / q.length;
  const tCov = used.size / t.length;
  const startsWith = titleNorm.startsWith(q.join(' ')) ? 1 : 0;
  return 0.55 * qCov + 0.35 * tCov * qCov + 0.1 * startsWith * qCov;
}

interface Vocab {
  terms: string[]; // sorted
  freq: Map<string, number>;
}
const vocabCache = new WeakMap<Database.Database, Vocab>();

function vocab(sqlite: Database.Database): Vocab {
  let v = vocabCache.get(sqlite);
  if (!v) {
    const rows = sqlite.prepare('SELECT term, doc FROM search_vocab').all() as Array<{ term: string; doc: number }>;
    v = { terms: rows.map((r) => r.term).sort(), freq: new Map(rows.map((r) => [r.term, r.doc])) };
    vocabCache.set(sqlite, v);
  }
  return v;
}

function hasPrefix(v: Vocab, prefix: string): boolean {
  let lo = 0;
  let hi = v.terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.terms[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < v.terms.length && v.terms[lo].startsWith(prefix);
}

/** The vocabulary word closest to a misspelt token (most frequent among the nearest), or null. */
export function correctToken(v: Vocab, tok: string): string | null {
  if (tok.length < 4 || /\d/.test(tok)) return null;
  const max = tok.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestD = max + 1;
  let bestF = -1;
  for (const term of v.terms) {
    if (Math.abs(term.length - tok.length) > max) continue;
    const d = editDistance(tok, term, max);
    const f = v.freq.get(term) ?? 0;
    if (d < bestD || (d === bestD && f > bestF)) {
      best = term;
      bestD = d;
      bestF = f;
    }
  }
  return bestD <= max ? best : null;
}

function variants(sqlite: Database.Database, qTokens: string[]): Variant[] {
  const out: Variant[] = [{ tokens: qTokens, kind: 'original' }];
  // Abbreviations and synonyms: single tokens and two-token phrases.
  for (let i = 0; i < qTokens.length; i++) {
    for (const len of [2, 1]) {
      if (i + len > qTokens.length) continue;
      const key = qTokens.slice(i, i + len).join(' ');
      const exp = EXPANSIONS.get(key);
      if (!exp) continue;
      for (const e of exp) out.push({ tokens: [...qTokens.slice(0, i), ...tokens(e), ...qTokens.slice(i + len)], kind: 'synonym' });
    }
  }
  const v = vocab(sqlite);
  let changed = false;
  const corrected = qTokens.map((t) => {
    if (v.freq.has(t) || hasPrefix(v, t)) return t;
    const c = correctToken(v, t);
    if (c) changed = true;
    return c ?? t;
  });
  if (changed) out.push({ tokens: corrected, kind: 'corrected' });
  return out;
}

function ftsQuery(toks: string[]): string {
  return toks.map((t) => `"${t.replace(/"/g, '')}"*`).join(' AND ');
}

const SELECT = 'SELECT s.id, s.onet_soc_code, s.occupation_title, s.title, s.norm, s.kind, s.prior FROM';

function ftsCandidates(sqlite: Database.Database, toks: string[]): Candidate[] {
  if (toks.length === 0) return [];
  return sqlite
    .prepare(`${SELECT} search_fts f JOIN search_titles s ON s.id = f.rowid WHERE search_fts MATCH ? ORDER BY bm25(search_fts) LIMIT ${CANDIDATES}`)
    .all(ftsQuery(toks)) as Candidate[];
}

/** Titles holding any of the words (prefix): cheap alternatives beside a clear hit. */
function anyWordCandidates(sqlite: Database.Database, toks: string[]): Candidate[] {
  if (toks.length < 2) return [];
  return sqlite
    .prepare(`${SELECT} search_fts f JOIN search_titles s ON s.id = f.rowid WHERE search_fts MATCH ? ORDER BY bm25(search_fts) LIMIT ${CANDIDATES}`)
    .all(toks.map((t) => `"${t.replace(/"/g, '')}"*`).join(' OR ')) as Candidate[];
}

function trigramCandidates(sqlite: Database.Database, norm: string): Candidate[] {
  const grams = trigrams(norm).filter((g) => !g.includes('"'));
  if (grams.length === 0) return [];
  return sqlite
    .prepare(`${SELECT} search_trigram f JOIN search_titles s ON s.id = f.rowid WHERE search_trigram MATCH ? ORDER BY bm25(search_trigram) LIMIT ${CANDIDATES}`)
    .all(grams.map((g) => `"${g}"`).join(' OR ')) as Candidate[];
}

/** True when the database has the search index (built by buildSearchIndex at setup). */
export function hasSearchIndex(sqlite: Database.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").get() !== undefined;
}

/** Best occupations for a job title as people type it, best first; scores in [0, 1]. */
export function searchOccupations(sqlite: Database.Database, q: string, limit = 10): SearchResult[] {
  const norm = normalizeTitle(q.slice(0, MAX_QUERY_CHARS));
  const qTokens = tokens(norm).slice(0, 12);
  if (qTokens.length === 0 || limit <= 0) return [];
  const best = new Map<string, { c: Candidate; score: number }>();
  const consider = (c: Candidate, score: number, qt: string[]) => {
    // Tie-breakers: how well the occupation's own title fits, then employment (log-scaled prior).
    const own = c.kind === 'title' ? 0 : scoreTitle(qt, normalizeTitle(c.occupation_title));
    const s = score * KIND_WEIGHT[c.kind] + 0.04 * own + 0.03 * c.prior;
    const cur = best.get(c.onet_soc_code);
    if (!cur || s > cur.score) best.set(c.onet_soc_code, { c, score: s });
  };
  // The words of the variant behind the best match (e.g. "human resources generalist" for "HR generalist").
  let topTokens = qTokens;
  let topKind: VariantKind = 'original';
  let topVariant = 0;
  for (const v of variants(sqlite, qTokens)) {
    for (const c of ftsCandidates(sqlite, v.tokens)) {
      const s = scoreTitle(v.tokens, c.norm) * VARIANT_WEIGHT[v.kind];
      consider(c, s, v.tokens);
      if (s > topVariant) {
        topVariant = s;
        topTokens = v.tokens;
        topKind = v.kind;
      }
    }
  }
  let strong = 0;
  let top = 0;
  for (const b of best.values()) {
    if (b.score >= 0.6) strong++;
    if (b.score > top) top = b.score;
  }
  if (strong < limit && top < CLEAR_HIT && norm.length >= 3) {
    for (const c of trigramCandidates(sqlite, norm)) {
      const s = Math.max(trigramDice(norm, c.norm), scoreTitle(qTokens, c.norm));
      consider(c, s * VARIANT_WEIGHT.trigram, qTokens);
    }
  } else if (best.size < limit) {
    // A clear hit with few neighbours: alternatives from titles sharing some of the words (callers
    // such as the roster show the next two candidates).
    for (const c of anyWordCandidates(sqlite, topTokens)) consider(c, scoreTitle(topTokens, c.norm) * VARIANT_WEIGHT[topKind], topTokens);
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.c.occupation_title.localeCompare(b.c.occupation_title));
  // Keep answers reasonably close to the best one: a typo's noise should not trail a clear hit.
  const floor = (ranked[0]?.score ?? 0) * RELATIVE_FLOOR;
  return ranked
    .filter((r) => r.score >= floor)
    .slice(0, limit)
    .map(({ c, score }) => ({ onet_soc_code: c.onet_soc_code, title: c.occupation_title, matched_title: c.title, score: Math.round(Math.min(1, score) * 1000) / 1000 }));
}
