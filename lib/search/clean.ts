/**
 * Reads a job title the way a recruiter does, before any matching: the words that say what the job
 * is are kept at full weight, the ones that say who/when/where (seniority and levels, shift and
 * contract tags, departments and locations after a dash, comma or in brackets) are kept but weigh
 * little, and abbreviations are expanded from the reviewed dictionary in data/title-dictionary.json.
 * The index side (O*NET titles) goes through the same tokeniser and stemmer, so both see one vocabulary.
 */
import dictionary from '../../data/title-dictionary.json';

export type TokenRole = 'head' | 'main' | 'secondary' | 'soft';

export interface QueryToken {
  /** stemmed token */
  t: string;
  role: TokenRole;
}

/** Weight of a role in a query's coverage: the head noun counts most, a tag almost nothing. */
export const ROLE_WEIGHT: Record<TokenRole, number> = { head: 1.6, main: 1, secondary: 0.3, soft: 0.12 };

const STOP = new Set(['and', 'of', 'the', 'for', 'in', 'a', 'an', 'to', 's', 'with', 'or', 'at', 'on', 'all', 'other', 'except', 'w']);

interface Dictionary {
  abbreviations: Record<string, string[]>;
  alone: Record<string, string[]>;
  seniority: string[];
  tags: string[];
  departments: string[];
  examples: string[];
}
const dict = dictionary as Dictionary;

export const ABBREVIATIONS: ReadonlyMap<string, string[]> = new Map(Object.entries(dict.abbreviations));
const ALONE: ReadonlyMap<string, string[]> = new Map(Object.entries(dict.alone));
/** Common titles offered when a search finds nothing. */
export const EXAMPLES: readonly string[] = dict.examples;
export const SOFT_WORDS: ReadonlySet<string> = new Set([...dict.seniority, ...dict.tags, ...dict.departments]);

/** Plural → singular, the same on both sides ("technicians" → "technician", "secretaries" → "secretary"). */
export function stem(t: string): string {
  if (t.length <= 3 || /\d/.test(t)) return t;
  if (t.endsWith('ies') && t.length > 4) return `${t.slice(0, -3)}y`;
  if (t.endsWith('sses')) return t.slice(0, -2);
  if (t.endsWith('s') && !/(ss|us|is)$/.test(t)) return t.slice(0, -1);
  return t;
}

/** Lower-case ASCII words; "x-ray" → "x ray", "A/P" → "ap", "Sr." → "sr". */
export function words(text: string): string[] {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\ba\s*\/\s*([pr])\b/g, 'a$1')
    .replace(/\b(part|full)[\s-]*time\b/g, '$1time')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return s === '' ? [] : s.split(' ');
}

/** Splits a title into its segments: the text before the first " - ", comma, "|", ":" or bracket, then the rest. */
export function segments(text: string): string[] {
  return text
    .split(/\s+[-–—]+\s+|\s*[,|:;()[\]{}]\s*|\s+[-–—]+$|^[-–—]+\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function expand(ws: string[]): string[][] {
  // Every reading of the words (ambiguous abbreviations give several), at most 4.
  let out: string[][] = [[]];
  for (const w of ws) {
    const exp = ABBREVIATIONS.get(w);
    if (!exp) {
      out.forEach((o) => o.push(w));
      continue;
    }
    const next: string[][] = [];
    for (const o of out) for (const e of exp) next.push([...o, ...e.split(' ')]);
    out = next.slice(0, 4);
  }
  return out;
}

/**
 * The readings of a query title: each a list of stemmed tokens with roles. The main segment is the
 * first one holding a word that is not a tag; its last such word is the head noun.
 */
export function readTitle(raw: string): QueryToken[][] {
  const segs = segments(raw.slice(0, 200)).map(words).filter((w) => w.length > 0);
  const all = segs.flat().filter((w) => !STOP.has(w));
  if (all.length === 0) return [];
  // A title that is only one tag word may still name a job ("PT" alone is a physical therapist).
  if (all.length === 1 && ALONE.has(all[0])) segs.splice(0, segs.length, ALONE.get(all[0])![0].split(' '));
  let mainIdx = segs.findIndex((s) => s.some((w) => !SOFT_WORDS.has(w) && !STOP.has(w) && !/^\d+$/.test(w)));
  const onlyTags = mainIdx < 0;
  if (onlyTags) mainIdx = 0;
  // Expand each segment's abbreviations; the readings multiply only where a word is ambiguous.
  let readings: QueryToken[][] = [[]];
  segs.forEach((seg, si) => {
    const isMain = si === mainIdx;
    const segReadings = expand(seg.filter((w) => !STOP.has(w)));
    const next: QueryToken[][] = [];
    for (const r of readings) {
      for (const sr of segReadings) {
        const toks: QueryToken[] = sr
          .filter((w) => !STOP.has(w))
          .map((w) => {
            const soft = !onlyTags && (SOFT_WORDS.has(w) || /^\d+$/.test(w) || /^[a-z]?\d+[a-z]?$/.test(w));
            return { t: stem(w), role: soft ? 'soft' : isMain ? 'main' : 'secondary' };
          });
        if (isMain) {
          for (let i = toks.length - 1; i >= 0; i--) {
            if (toks[i].role === 'main') {
              toks[i] = { ...toks[i], role: 'head' };
              break;
            }
          }
        }
        next.push([...r, ...toks]);
      }
    }
    readings = next.slice(0, 4);
  });
  // "CDM (Certified Dietary Manager)": an acronym explained in brackets is also read by its explanation.
  const bracket = raw.match(/^\s*([^()]+?)\s*\(([^)]+)\)\s*$/);
  if (bracket && words(bracket[1]).length === 1 && words(bracket[1])[0].length <= 6 && words(bracket[2]).length >= 2) {
    readings.push(...readTitle(bracket[2]).slice(0, 1));
  }
  // One token once per reading (its strongest role).
  return readings.map((r) => {
    const best = new Map<string, QueryToken>();
    for (const tok of r) {
      const cur = best.get(tok.t);
      if (!cur || ROLE_WEIGHT[tok.role] > ROLE_WEIGHT[cur.role]) best.set(tok.t, tok);
    }
    return [...best.values()].slice(0, 12);
  });
}

/**
 * An index title's tokens (stemmed, abbreviations expanded with their first reading) and its head:
 * the last word before " of ", " for ", " in " or a comma/bracket ("Sales Representatives of
 * Services" → representative). Text in brackets is indexed as its own title by the caller.
 */
export function indexTokens(title: string): { tokens: string[]; head: string | null } {
  const main = title.replace(/\([^)]*\)/g, ' ');
  const headPart = main.split(/,|\s+of\s+|\s+for\s+|\s+in\s+|\s+except\s+/i)[0];
  const exp = (ws: string[]) => ws.filter((w) => !STOP.has(w)).flatMap((w) => (ABBREVIATIONS.get(w)?.[0] ?? w).split(' ')).filter((w) => !STOP.has(w)).map(stem);
  const allToks = exp(words(main.replace(/\bexcept\b.*$/i, '')));
  const headToks = exp(words(headPart));
  const tokens = [...new Set(allToks)];
  return { tokens, head: headToks.length ? headToks[headToks.length - 1] : (tokens[tokens.length - 1] ?? null) };
}

/** The text inside brackets of an index title ("X-Ray Technician (X-Ray Tech)" → ["X-Ray Tech"]). */
export function bracketed(title: string): string[] {
  return [...title.matchAll(/\(([^)]+)\)/g)].map((m) => m[1].trim()).filter((s) => s.length > 0);
}
