/**
 * The one job-title matcher (search box, /api/v1/search, roster, job-description suggestions).
 * An in-memory inverted index over every O*NET title, alternate, short and reported title, built
 * once per open database from `search_titles`. A query is read like a recruiter reads it
 * (clean.ts), spelling-corrected against the index vocabulary (a bounded deletion index), and each
 * candidate title scored by weighted coverage both ways with the head noun weighing most; an
 * occupation takes its best title, nudged by how well its own O*NET title fits and by employment.
 * Confidence comes from a calibration fitted on O*NET's reported titles (data/title-match-calibration.json).
 * Cost is bounded: ≤ 12 tokens, ≤ 4 readings, ≤ 3 corrections per word, ≤ 160 titles and ≤ 400
 * occupations fully scored per reading.
 */
import { derived, type DataContext } from '../data/context';
import { round } from '../round';
import { CAL, calibrate, type ConfidenceFeatures } from './confidence';
import { bracketed, EXAMPLES, indexTokens, readTitle, ROLE_WEIGHT, SOFT_WORDS, stem, words, type QueryToken } from './clean';
import { editDistance } from './normalize';

import { indexRows, type IndexRow, type TitleKind } from '../queries/title-index';

export type { TitleKind };
export type MatchMethod = 'exact' | 'words' | 'fuzzy' | 'semantic' | 'none';

export interface SearchResult {
  onet_soc_code: string;
  title: string;
  matched_title: string;
  score: number;
}

export interface MatchResult {
  results: SearchResult[];
  /** calibrated probability that the first result's 6-digit SOC code is right (0 when no result) */
  confidence: number;
  needs_review: boolean;
  /** why the match needs review, in words (empty when it does not) */
  reasons: string[];
  method: MatchMethod;
  /** what the confidence was computed from (for calibration) */
  features?: ConfidenceFeatures;
}

export type { IndexRow };

/** How much a word found in no title counts against a match, as a share of the rarest word's weight. */
const UNKNOWN_WEIGHT = 0.6;
/** An occupation matched only by words spread over its titles counts at most this much. */
const DOC_WEIGHT = 0.72;
const KIND_WEIGHT: Record<TitleKind, number> = { title: 1, short: 0.985, alternate: 0.975, reported: 0.965 };
/** Titles fully scored per query, best first by their word overlap. */
const SCORED = 160;
/** Words in more titles than this are only walked when the query has no rarer word. */
const COMMON_DF = 1200;
/** Below this a title is no match at all (nonsense, or words that only brush an occupation). */
export const MATCH_FLOOR = 0.42;
/** A result is listed only if it scores at least this share of the best one. */
const RELATIVE_FLOOR = 0.6;

interface Entry {
  occ: number;
  kind: TitleKind;
  title: string;
  toks: Int32Array;
  head: number;
  weight: number; // Σ idf of its tokens (head × 1.5)
  /** the kind's weight; an "All Other" occupation's own title counts less (it is a residual category) */
  kw: number;
}

interface Occ {
  code: string;
  soc: string;
  title: string;
  prior: number;
}

interface QTerm {
  role: QueryToken['role'];
  /** candidate vocabulary ids with the quality of each (1 exact, < 1 corrected or prefix) */
  alts: Array<{ id: number; q: number }>;
  weight: number;
  known: boolean;
  fuzzy: boolean;
}

export class TitleMatcher {
  readonly occs: Occ[] = [];
  private entries: Entry[] = [];
  private vocab = new Map<string, number>();
  private terms: string[] = [];
  private idf: Float64Array = new Float64Array(0);
  private postings: Int32Array[] = [];
  private sortedTerms: string[] = [];
  private deletes = new Map<string, number[]>();
  private corrections = new Map<string, Array<{ id: number; q: number }>>();
  private maxIdf = 1;
  /** per word: the occupations having it in any title, and how many titles */
  private occPostings: Array<Map<number, number>> = [];
  private occIdf: Float64Array = new Float64Array(0);
  private ownEntry: number[] = [];

  constructor(rows: IndexRow[]) {
    const occIdx = new Map<string, number>();
    const seen = new Set<string>();
    const df: number[] = [];
    const pending: Array<{ occ: number; kind: TitleKind; title: string; toks: number[]; head: number }> = [];
    const termId = (t: string) => {
      let id = this.vocab.get(t);
      if (id === undefined) {
        id = this.terms.length;
        this.vocab.set(t, id);
        this.terms.push(t);
        df.push(0);
      }
      return id;
    };
    const add = (occ: number, kind: TitleKind, title: string) => {
      const { tokens, head } = indexTokens(title);
      if (tokens.length === 0) return;
      const key = `${occ}\u0000${tokens.join(' ')}`;
      if (seen.has(key)) return;
      seen.add(key);
      const ids = tokens.map(termId);
      for (const id of ids) df[id]++;
      pending.push({ occ, kind, title, toks: ids, head: head ? termId(head) : ids[ids.length - 1] });
    };
    // O*NET titles first, so an occupation's own title wins a duplicate.
    const order: Record<TitleKind, number> = { title: 0, short: 1, alternate: 2, reported: 3 };
    const sorted = [...rows].sort((a, b) => order[a.kind] - order[b.kind]);
    for (const r of sorted) {
      let occ = occIdx.get(r.onet_soc_code);
      if (occ === undefined) {
        occ = this.occs.length;
        occIdx.set(r.onet_soc_code, occ);
        this.occs.push({ code: r.onet_soc_code, soc: r.onet_soc_code.slice(0, 7), title: r.occupation_title, prior: r.prior });
        add(occ, 'title', r.occupation_title);
      }
      add(occ, r.kind, r.title);
      for (const b of bracketed(r.title)) add(occ, r.kind === 'title' ? 'short' : r.kind, b);
    }
    const n = pending.length;
    this.idf = Float64Array.from(df, (d) => Math.log(1 + n / Math.max(1, d)));
    this.maxIdf = Math.log(1 + n);
    const lists: number[][] = this.terms.map(() => []);
    pending.forEach((p, i) => {
      let w = 0;
      for (const id of p.toks) w += this.idf[id] * (id === p.head ? 1.5 : 1);
      const kw = p.kind === 'title' && /\ball other\b/i.test(p.title) ? 0.92 : KIND_WEIGHT[p.kind];
      this.entries.push({ occ: p.occ, kind: p.kind, title: p.title, toks: Int32Array.from(p.toks), head: p.head, weight: w, kw });
      for (const id of p.toks) lists[id].push(i);
    });
    this.postings = lists.map((l) => Int32Array.from(l));
    // The occupation as one document: every word of all its titles, with how many titles hold it.
    const occCount = this.terms.map(() => new Map<number, number>());
    this.entries.forEach((e, i) => {
      if (e.kind === 'title' && this.ownEntry[e.occ] === undefined) this.ownEntry[e.occ] = i;
      for (const id of e.toks) occCount[id].set(e.occ, (occCount[id].get(e.occ) ?? 0) + 1);
    });
    this.occPostings = occCount;
    this.occIdf = Float64Array.from(this.occPostings, (l) => Math.log(1 + this.occs.length / Math.max(1, l.size)));
    this.sortedTerms = [...this.terms].sort();
    // Spelling: every vocabulary word and its single deletions, looked up with the query word's
    // deletions (up to two): finds words within two edits, verified exactly.
    this.terms.forEach((t, id) => {
      if (t.length < 3 || /\d/.test(t)) return;
      for (const d of [t, ...deletions(t)]) {
        const l = this.deletes.get(d);
        if (l) {
          if (l[l.length - 1] !== id) l.push(id);
        } else this.deletes.set(d, [id]);
      }
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Vocabulary id of a (stemmed) word, or undefined. */
  termId(t: string): number | undefined {
    return this.vocab.get(t);
  }

  /** Nearest vocabulary words to a misspelt word (≤ 1 edit up to 5 letters, else ≤ 2), most frequent first. */
  correct(tok: string): Array<{ id: number; q: number }> {
    const hit = this.corrections.get(tok);
    if (hit) return hit;
    const out: Array<{ id: number; q: number; d: number }> = [];
    if (tok.length >= 4 && !/\d/.test(tok)) {
      const max = tok.length <= 5 ? 1 : 2;
      const cands = new Set<number>();
      const probe = [tok, ...deletions(tok)];
      if (max === 2) for (const d of deletions(tok)) probe.push(...deletions(d));
      for (const p of probe) for (const id of this.deletes.get(p) ?? []) cands.add(id);
      for (const id of cands) {
        const d = editDistance(tok, this.terms[id], max);
        if (d <= max) out.push({ id, q: d === 1 ? 0.8 : 0.68, d });
      }
      out.sort((a, b) => a.d - b.d || this.idf[a.id] - this.idf[b.id]);
    }
    const res = out.slice(0, 3).map(({ id, q }) => ({ id, q }));
    if (this.corrections.size > 50_000) this.corrections.clear();
    this.corrections.set(tok, res);
    return res;
  }

  /** Vocabulary words starting with a prefix (as-you-type), the most common first, at most 8. */
  private completions(prefix: string): Array<{ id: number; q: number }> {
    let lo = 0;
    let hi = this.sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedTerms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const ids: number[] = [];
    for (let i = lo; i < this.sortedTerms.length && this.sortedTerms[i].startsWith(prefix) && ids.length < 200; i++) ids.push(this.vocab.get(this.sortedTerms[i])!);
    return ids
      .sort((a, b) => this.idf[a] - this.idf[b])
      .slice(0, 8)
      .map((id) => ({ id, q: 0.85 }));
  }

  private terms_(reading: QueryToken[], rawLast: string | null, prefix: boolean): QTerm[] {
    return reading.map((tok, i) => {
      const weight = ROLE_WEIGHT[tok.role];
      const id = this.vocab.get(tok.t);
      const isLast = i === reading.length - 1;
      if (id !== undefined) {
        const alts = [{ id, q: 1 }];
        return { role: tok.role, alts, weight, known: true, fuzzy: false };
      }
      let alts: Array<{ id: number; q: number }> = [];
      if (prefix && isLast && rawLast && tok.t.length >= 2) alts = this.completions(rawLast);
      if (alts.length === 0) alts = this.correct(tok.t);
      return { role: tok.role, alts, weight, known: false, fuzzy: alts.length > 0 };
    });
  }

  /** Scratch buffers reused by every query (one matcher per connection, one query at a time). */
  private accBuf = new Float64Array(0);
  private touched = new Int32Array(0);
  private usedBuf = new Int32Array(12);

  private scoreReading(terms: QTerm[], acc: Map<number, number>): Map<number, number> {
    if (this.accBuf.length !== this.entries.length) {
      this.accBuf = new Float64Array(this.entries.length);
      this.touched = new Int32Array(this.entries.length);
    }
    const buf = this.accBuf;
    const touched = this.touched;
    let nt = 0;
    // Candidate titles: those holding a word of the query (tags only when nothing else is there).
    // A very common word ("operator", "technician") is not walked when a rarer word can find the
    // titles: it still counts when each candidate is scored.
    const strong = terms.filter((t) => t.role !== 'soft' && t.alts.length > 0);
    const df = (t: QTerm) => {
      let m = 0;
      for (const a of t.alts) m = Math.max(m, this.postings[a.id].length);
      return m;
    };
    const rare = strong.filter((t) => df(t) <= COMMON_DF);
    const retrieve = rare.length > 0 ? rare : strong.length > 0 ? strong : terms.filter((t) => t.alts.length > 0);
    for (const t of retrieve) {
      for (const a of t.alts) {
        const w = t.weight * this.idf[a.id] * a.q;
        const list = this.postings[a.id];
        for (let k = 0; k < list.length; k++) {
          const e = list[k];
          if (buf[e] === 0) touched[nt++] = e;
          buf[e] += w;
        }
      }
    }
    let cand = touched.subarray(0, nt);
    if (nt > SCORED) {
      // The SCORED titles most likely to score best: word weight shared with the query, more when
      // that weight is most of the title's (a short title fully covered beats a long one).
      const key = (e: number) => buf[e] * (1 + Math.min(1, buf[e] / this.entries[e].weight));
      const ws = new Float64Array(nt);
      for (let k = 0; k < nt; k++) ws[k] = key(touched[k]);
      ws.sort();
      const cut = ws[nt - SCORED];
      const kept = new Int32Array(SCORED);
      let n = 0;
      for (let k = 0; k < nt && n < SCORED; k++) if (key(touched[k]) >= cut) kept[n++] = touched[k];
      cand = kept.subarray(0, n);
    }
    const qTotal = terms.reduce((s, t) => s + t.weight * (t.alts.length > 0 && t.known ? this.idf[t.alts[0].id] : this.maxIdf * (t.role === 'soft' ? 0.3 : UNKNOWN_WEIGHT)), 0);
    for (let k = 0; k < cand.length; k++) {
      const ei = cand[k];
      const s = this.scoreEntry(terms, ei, qTotal);
      if (s > (acc.get(ei) ?? 0)) acc.set(ei, s);
    }
    for (let k = 0; k < nt; k++) buf[touched[k]] = 0;
    return acc;
  }

  private scoreEntry(terms: QTerm[], ei: number, qTotal: number): number {
    const e = this.entries[ei];
    let qHit = 0;
    let tHit = 0;
    let headHit = false;
    let qHeadMissed = false;
    const used = this.usedBuf;
    let nUsed = 0;
    for (const t of terms) {
      let best = 0;
      let bestTok = -1;
      for (const a of t.alts) {
        if (a.q <= best) continue;
        for (let j = 0; j < e.toks.length; j++) {
          if (e.toks[j] === a.id) {
            best = a.q;
            bestTok = e.toks[j];
            break;
          }
        }
      }
      const base = t.known ? this.idf[t.alts[0].id] : this.maxIdf * (t.role === 'soft' ? 0.3 : UNKNOWN_WEIGHT);
      qHit += t.weight * base * best;
      if (bestTok >= 0) {
        let seen = false;
        for (let u = 0; u < nUsed; u++) if (used[u] === bestTok) seen = true;
        if (!seen && nUsed < used.length) {
          used[nUsed++] = bestTok;
          tHit += this.idf[bestTok] * (bestTok === e.head ? 1.5 : 1) * best;
          if (bestTok === e.head) headHit = true;
        }
      }
      if (t.role === 'head' && bestTok < 0) qHeadMissed = true;
    }
    if (qTotal <= 0 || e.weight <= 0) return 0;
    const qCov = qHit / qTotal;
    const tCov = tHit / e.weight;
    let s = qCov * (0.5 + 0.5 * tCov);
    if (qHeadMissed) s *= 0.55;
    if (!headHit) s *= 0.85;
    return s;
  }

  /**
   * What to offer when a search finds nothing: the query with each unknown word replaced by the
   * closest vocabulary word (when every word can be spelled that way and it matches), then common titles.
   */
  suggest(raw: string): string[] {
    const ws = words(raw).slice(0, 12);
    const out: string[] = [];
    if (ws.length > 0) {
      const fixed = ws.map((w) => (this.vocab.has(stem(w)) || SOFT_WORDS.has(w) ? w : (this.correct(stem(w))[0] ? this.terms[this.correct(stem(w))[0].id] : null)));
      if (fixed.every((w) => w !== null) && fixed.join(' ') !== ws.join(' ')) {
        const spelled = fixed.join(' ');
        if (this.match(spelled, { limit: 1, prefix: false }).results.length > 0) out.push(spelled);
      }
    }
    return [...out, ...EXAMPLES].slice(0, 6);
  }

  /**
   * Words spread over an occupation's titles: how much of the query (weighted like a title match,
   * head noun required) the occupation's titles hold between them. Catches titles no one listed
   * ("Brand Manager" from Brand Marketing Manager + Marketing Manager), at a discount.
   */
  private scoreDocs(terms: QTerm[], out: Map<number, number>): void {
    const head = terms.find((t) => t.role === 'head' && t.alts.length > 0);
    const others = terms.filter((t) => t !== head && t.role !== 'soft' && t.alts.length > 0);
    if (!head || others.length === 0) return;
    const base = (t: QTerm) => (t.known ? this.occIdf[t.alts[0].id] : Math.log(1 + this.occs.length));
    const total = terms.reduce((s, t) => s + t.weight * base(t) * (t.alts.length === 0 && t.role === 'soft' ? 0.3 : 1), 0) || 1;
    const ev = (t: QTerm, occ: number) => {
      let best = 0;
      for (const a of t.alts) {
        const c = this.occPostings[a.id].get(occ);
        if (c) best = Math.max(best, a.q * Math.min(1, 0.6 + 0.2 * c));
      }
      return best;
    };
    // Candidates: occupations holding a word other than the head (rare words first, bounded).
    const cands = new Set<number>();
    for (const t of [...others].sort((a, b) => base(b) - base(a))) {
      for (const a of t.alts) for (const occ of this.occPostings[a.id].keys()) if (cands.size < 400) cands.add(occ);
    }
    for (const occ of cands) {
      const hq = ev(head, occ);
      if (hq === 0) continue;
      let hit = head.weight * base(head) * hq;
      for (const t of terms) if (t !== head) hit += t.weight * base(t) * ev(t, occ);
      const sc = (DOC_WEIGHT * hit) / total;
      if (sc > (out.get(occ) ?? 0)) out.set(occ, sc);
    }
  }

  /** Best occupations for a job title, with a calibrated confidence and a review flag. */
  match(raw: string, opts: { limit?: number; prefix?: boolean; allow?: (code: string) => boolean } = {}): MatchResult {
    const limit = opts.limit ?? 10;
    const none: MatchResult = { results: [], confidence: 0, needs_review: true, reasons: ['no occupation title shares enough words with it'], method: 'none' };
    const readings = readTitle(raw);
    if (readings.length === 0 || limit <= 0) return { ...none, reasons: ['the title has no words'] };
    const prefix = opts.prefix ?? true;
    const rawWords = prefix ? words(raw) : [];
    const rawLast = rawWords.length && /[a-z0-9]$/i.test(raw.trim()) ? stem(rawWords[rawWords.length - 1]) : null;
    const scores = new Map<number, number>();
    const docs = new Map<number, number>();
    let fuzzyShare = 0;
    let unknownShare = 0;
    readings.forEach((reading, ri) => {
      const terms = this.terms_(reading, ri === 0 ? rawLast : null, prefix);
      const total = terms.reduce((s, t) => s + t.weight, 0) || 1;
      const fz = terms.reduce((s, t) => s + (t.fuzzy ? t.weight : 0), 0) / total;
      const un = terms.reduce((s, t) => s + (t.alts.length === 0 ? t.weight : 0), 0) / total;
      if (ri === 0) {
        fuzzyShare = fz;
        unknownShare = un;
      }
      const penalty = ri === 0 ? 1 : 0.99; // the first reading of an ambiguous abbreviation wins ties
      const acc = this.scoreReading(terms, new Map());
      for (const [e, s] of acc) if (s * penalty > (scores.get(e) ?? 0)) scores.set(e, s * penalty);
      const d = new Map<number, number>();
      this.scoreDocs(terms, d);
      for (const [o, s] of d) if (s * penalty > (docs.get(o) ?? 0)) docs.set(o, s * penalty);
    });
    // Occupation = its best title (weighted by kind), + its own title's fit, + employment prior.
    const best = new Map<number, { s: number; e: number; doc: boolean }>();
    const own = new Map<number, number>();
    for (const [ei, s] of scores) {
      const e = this.entries[ei];
      if (opts.allow && !opts.allow(this.occs[e.occ].code)) continue;
      const ws = s * e.kw;
      const cur = best.get(e.occ);
      if (!cur || ws > cur.s) best.set(e.occ, { s: ws, e: ei, doc: false });
      if (e.kind === 'title' && e.kw === 1) own.set(e.occ, Math.max(own.get(e.occ) ?? 0, s));
    }
    for (const [occ, s] of docs) {
      if (opts.allow && !opts.allow(this.occs[occ].code)) continue;
      const cur = best.get(occ);
      if (!cur) best.set(occ, { s, e: this.ownEntry[occ], doc: true });
      else if (s > cur.s) best.set(occ, { s, e: cur.e, doc: true });
    }
    // Only occupations near the floor can be listed or be the runner-up that sets the margin.
    const ranked: Array<{ occ: number; e: number; doc: boolean; raw: number; score: number }> = [];
    for (const [occ, b] of best) {
      if (b.s < MATCH_FLOOR * 0.5) continue;
      ranked.push({ occ, e: b.e, doc: b.doc, raw: b.s, score: b.s + 0.05 * (own.get(occ) ?? 0) + 0.03 * this.occs[occ].prior });
    }
    ranked.sort((a, b) => b.score - a.score || (this.occs[a.occ].title < this.occs[b.occ].title ? -1 : 1));
    const top = ranked[0];
    if (!top || top.raw < MATCH_FLOOR) return { ...none, reasons: [unknownShare > 0.5 ? 'most of its words are in no occupation title' : none.reasons[0]] };
    const kept = ranked.filter((r) => r.raw >= MATCH_FLOOR && r.score >= top.score * RELATIVE_FLOOR).slice(0, limit);
    const results = kept.map((r) => ({
      onet_soc_code: this.occs[r.occ].code,
      title: this.occs[r.occ].title,
      matched_title: this.entries[r.e].title,
      score: round(Math.min(1, r.score), 3),
    }));
    const runner = ranked.find((r) => this.occs[r.occ].soc !== this.occs[top.occ].soc);
    const margin = top.score - (runner?.score ?? 0);
    const features = { top: Math.min(1, top.score), margin, fuzzy: fuzzyShare, unknown: unknownShare, doc: top.doc ? 1 : 0 };
    const confidence = calibrate(features);
    const reasons: string[] = [];
    if (margin < CAL.review.margin) reasons.push(`a different occupation (${runner ? this.occs[runner.occ].title : ''}) fits almost as well`);
    if (fuzzyShare > 0) reasons.push('matched only after correcting or completing a word');
    if (top.doc) reasons.push('no single title of the occupation holds all its words');
    if (unknownShare >= 0.34) reasons.push('some of its words are in no occupation title');
    if (confidence < CAL.review.confidence) reasons.push(`confidence ${Math.floor(confidence * 100)}% is below ${Math.round(CAL.review.confidence * 100)}%`);
    const exact = top.raw >= 0.999 && fuzzyShare === 0;
    return { results, confidence, needs_review: reasons.length > 0, reasons, method: exact ? 'exact' : fuzzyShare > 0 ? 'fuzzy' : 'words', features };
  }
}

function deletions(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

const MATCHER = derived('titleMatcher', ({ db }) => new TitleMatcher(indexRows(db)));

/** The matcher of an open database file, built on first use (≈ 0.5 s) and kept while the file is served. */
export function matcherFor(data: DataContext): TitleMatcher {
  return data.get(MATCHER);
}

export { SOFT_WORDS };
export { calibrate, type ConfidenceFeatures } from './confidence';
