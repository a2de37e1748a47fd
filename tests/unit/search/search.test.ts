import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataContext } from '@/lib/data';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { buildSearchIndex } from '@/lib/pipeline/search-index';
import { matcherFor } from '@/lib/search/matcher';
import { editDistance, normalizeTitle } from '@/lib/search/normalize';
import { searchOccupations } from '@/lib/search/query';

// A tiny slice of O*NET in its own table layout.
const OCCUPATIONS: Array<[string, string, number]> = [
  ['29-1141.00', 'Registered Nurses', 3_300_000],
  ['29-1141.01', 'Acute Care Nurses', 100_000],
  ['29-2061.00', 'Licensed Practical and Licensed Vocational Nurses', 650_000],
  ['15-1252.00', 'Software Developers', 1_650_000],
  ['15-1253.00', 'Software Quality Assurance Analysts and Testers', 200_000],
  ['43-9021.00', 'Data Entry Keyers', 150_000],
  ['15-2051.00', 'Data Scientists', 190_000],
  ['13-1071.00', 'Human Resources Specialists', 900_000],
  ['23-2011.00', 'Paralegals and Legal Assistants', 370_000],
  ['23-1011.00', 'Lawyers', 730_000],
  ['51-4121.00', 'Welders, Cutters, Solderers, and Brazers', 420_000],
];
const TITLES: Array<[string, string, string | null, 'alternate' | 'reported']> = [
  ['29-1141.00', 'Registered Nurse (RN)', 'RN', 'alternate'],
  ['29-1141.00', 'Staff Nurse', null, 'reported'],
  ['29-1141.01', 'PACU RN', null, 'alternate'],
  ['29-2061.00', 'Licensed Practical Nurse (LPN)', 'LPN', 'alternate'],
  ['15-1252.00', 'Software Engineer', null, 'alternate'],
  ['15-1252.00', 'Software Engineer', null, 'reported'],
  ['15-1253.00', 'Software Quality Engineer', null, 'alternate'],
  ['43-9021.00', 'Data Entry Clerk', null, 'alternate'],
  ['15-2051.00', 'Data Engineer', null, 'alternate'],
  ['13-1071.00', 'HR Generalist (Human Resources Generalist)', 'HR Generalist', 'alternate'],
  ['23-2011.00', 'Paralegal', null, 'alternate'],
  ['23-1011.00', 'Attorney', null, 'alternate'],
];

let db: Database.Database;
/** The same file as the app reads it (lib/data): the matcher and search take a data context. */
let data: DataContext;
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-search-'));
  db = new Database(path.join(dir, 'search.db'));
  db.exec(`
    CREATE TABLE occupations (onet_soc_code TEXT PRIMARY KEY, title TEXT NOT NULL);
    CREATE TABLE occupation_titles (id INTEGER PRIMARY KEY, onet_soc_code TEXT, title TEXT, short_title TEXT, kind TEXT);
    CREATE TABLE occupation_labor (onet_soc_code TEXT PRIMARY KEY, employment REAL);
  `);
  const o = db.prepare('INSERT INTO occupations VALUES (?, ?)');
  const l = db.prepare('INSERT INTO occupation_labor VALUES (?, ?)');
  for (const [c, t, e] of OCCUPATIONS) {
    o.run(c, t);
    l.run(c, e);
  }
  const t = db.prepare('INSERT INTO occupation_titles (onet_soc_code, title, short_title, kind) VALUES (?, ?, ?, ?)');
  for (const r of TITLES) t.run(...r);
  buildSearchIndex(db);
  data = DataContext.open(path.join(dir, 'search.db'));
});
afterAll(() => {
  data.close();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('indexes O*NET, short, alternate and reported titles once per occupation and title', () => {
    const n = db.prepare('SELECT count(*) FROM search_titles').pluck().get() as number;
    // 11 O*NET titles + 12 listed − 1 duplicate (Software Engineer twice) + 3 short titles
    expect(n).toBe(11 + 12 - 1 + 3);
    expect(buildSearchIndex(db)).toBe(n); // rebuildable
  });
});

describe('searchOccupations', () => {
  test.each([
    ['RN', '29-1141.00'],
    ['rn', '29-1141.00'],
    ['registered nurse', '29-1141.00'],
    ['software enginer', '15-1252.00'],
    ['sofware engineer', '15-1252.00'],
    ['software engineer', '15-1252.00'],
    ['data entry', '43-9021.00'],
    ['HR generalist', '13-1071.00'],
    ['human resources', '13-1071.00'],
    ['paralegal', '23-2011.00'],
    ['paralegals', '23-2011.00'],
    ['lpn', '29-2061.00'],
    ['attorney', '23-1011.00'],
    ['welder', '51-4121.00'],
    ['Software Developers', '15-1252.00'],
  ])('%s → %s first', (q, code) => {
    const r = searchOccupations(data, q, 5);
    expect(r[0]?.onet_soc_code).toBe(code);
  });

  it('returns the result shape, best first, scores in [0, 1], one row per occupation', () => {
    const r = searchOccupations(data, 'nurse', 10);
    expect(r.length).toBeGreaterThan(1);
    for (const x of r) {
      expect(Object.keys(x).sort()).toEqual(['matched_title', 'onet_soc_code', 'score', 'title']);
      expect(x.score).toBeGreaterThanOrEqual(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
    expect(new Set(r.map((x) => x.onet_soc_code)).size).toBe(r.length);
    expect([...r].sort((a, b) => b.score - a.score)).toEqual(r);
  });

  it('gives an exact title the top score and says which title matched', () => {
    // "RN" is read as "registered nurse", which is the occupation's own title
    const [top] = searchOccupations(data, 'rn', 1);
    expect(top).toMatchObject({ title: 'Registered Nurses', matched_title: 'Registered Nurses', score: 1 });
    expect(searchOccupations(data, 'HR generalist', 1)[0]).toMatchObject({ matched_title: 'HR Generalist', score: 1 });
  });

  it('prefix-matches while typing', () => {
    expect(searchOccupations(data, 'paraleg', 3)[0]?.onet_soc_code).toBe('23-2011.00');
    expect(searchOccupations(data, 'data ent', 3)[0]?.onet_soc_code).toBe('43-9021.00');
  });

  test.each(['', '   ', '!!!', '"', 'AND', 'NEAR(', '*'])('survives odd input %j', (q) => {
    expect(() => searchOccupations(data, q, 5)).not.toThrow();
  });

  it('respects the limit', () => {
    expect(searchOccupations(data, 'nurse', 2)).toHaveLength(2);
    expect(searchOccupations(data, 'nurse', 0)).toEqual([]);
  });
});

describe('text helpers', () => {
  test.each([
    ['Registered Nurse (RN)', 'registered nurse rn'],
    ['Welders, Cutters & Brazers', 'welders cutters and brazers'],
    ['Café  Manager', 'cafe manager'],
  ])('normalizeTitle(%j) = %j', (a, b) => {
    expect(normalizeTitle(a)).toBe(b);
  });
  test.each([
    { a: 'enginer', b: 'engineer', d: 1 },
    { a: 'sofware', b: 'software', d: 1 },
    { a: 'nusre', b: 'nurse', d: 1 },
    { a: 'abc', b: 'abc', d: 0 },
    { a: 'kitten', b: 'sitting', d: 3 },
  ])('editDistance($a, $b) = $d (capped at 3)', ({ a, b, d }) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });
});

describe('no result below the floor, and honest flags', () => {
  test.each(['zzzz', 'xqzv blorp', 'asdfgh', 'qqqq wwww'])('%j → no occupation, flagged, confidence 0', (q) => {
    const m = matcherFor(data).match(q);
    expect(m).toMatchObject({ results: [], confidence: 0, needs_review: true, method: 'none' });
    expect(m.reasons.length).toBeGreaterThan(0);
  });
  it('an exact title is confident and not flagged; a corrected typo is flagged', () => {
    const exact = matcherFor(data).match('Paralegal');
    expect(exact).toMatchObject({ needs_review: false, method: 'words' });
    expect(exact.confidence).toBeGreaterThan(0.8);
    const typo = matcherFor(data).match('paralegel', { prefix: false });
    expect(typo.results[0]?.onet_soc_code).toBe('23-2011.00');
    expect(typo).toMatchObject({ needs_review: true, method: 'fuzzy' });
    expect(typo.confidence).toBeLessThan(exact.confidence);
  });
  it('suggests a respelling and common titles when nothing matches', () => {
    expect(matcherFor(data).suggest('zzzz').length).toBeGreaterThan(0);
    expect(matcherFor(data).suggest('paralegel welderr')[0]).toBe('paralegal welder');
  });
});

describe('semantic fallback', () => {
  it('embeds only when words find nothing, and offers nothing without title embeddings', async () => {
    const { matchWithFallback } = await import('@/lib/search/hybrid');
    let calls = 0;
    const embed = async () => {
      calls++;
      return new Float32Array(4);
    };
    await matchWithFallback(data, 'RN', 5, embed);
    expect(calls).toBe(0); // words matched: no embedding
    const r = await matchWithFallback(data, 'zzzqqq', 5, embed); // no embeddings table here: the lexical answer
    expect(r).toMatchObject({ results: [], method: 'none' });
  });
});
