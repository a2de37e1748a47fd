import { describe, expect, test } from 'vitest';
import dictionary from '../../../data/title-dictionary.json';
import { ABBREVIATIONS, bracketed, indexTokens, readTitle, segments, SOFT_WORDS, stem, words } from '@/lib/search/clean';

/** The first reading as "token:role" strings, for compact tables. */
const read = (t: string) => (readTitle(t)[0] ?? []).map((x) => `${x.t}:${x.role}`);

describe('readTitle: a title read like a recruiter reads it', () => {
  test.each([
    ['Customer Service Rep', ['customer:main', 'service:main', 'representative:head']],
    ['CSR - Bilingual', ['customer:main', 'service:main', 'representative:head', 'bilingual:soft']],
    ['Sr. Claims Adj II - Night Shift', ['sr:soft', 'claim:main', 'adjuster:head', 'ii:soft', 'night:soft', 'shift:soft']],
    ['RN (PRN)', ['registered:main', 'nurse:head', 'prn:soft']],
    ['Software Engineer, Payments Team', ['software:main', 'engineer:head', 'payment:secondary', 'team:secondary']],
    ['Manager - Marketing', ['manager:head', 'marketing:secondary']],
    ['Lead Carpenter Level 3', ['lead:soft', 'carpenter:head', 'level:soft', '3:soft']],
    ['Part-Time Cashier', ['parttime:soft', 'cashier:head']],
    ['Asst Store Mgr', ['assistant:main', 'store:main', 'manager:head']],
    ['Warehouse Associate | Dallas, TX', ['warehouse:main', 'associate:head', 'dalla:secondary', 'tx:secondary']],
    ['A/P Specialist', ['account:main', 'payable:main', 'specialist:head']],
    ['X-Ray Tech', ['x:main', 'ray:main', 'technician:head']],
  ])('%j', (title, want) => expect(read(title)).toEqual(want));

  test('"PT" alone is a physical therapist; beside a job it is a part-time tag', () => {
    expect(read('PT')).toEqual(['physical:main', 'therapist:head']);
    expect(read('Cashier PT')).toEqual(['cashier:head', 'pt:soft']);
  });

  test('only tags: they are the title (nothing is thrown away)', () => {
    expect(read('Night Shift')).toEqual(['night:main', 'shift:head']);
  });

  test('an ambiguous abbreviation gives one reading per meaning', () => {
    expect(readTitle('Admin Asst').map((r) => r.map((x) => x.t).join(' '))).toEqual(['administrative assistant', 'administrator assistant']);
  });

  test('an acronym explained in brackets is also read by its explanation', () => {
    const readings = readTitle('CDM (Certified Dietary Manager)').map((r) => r.map((x) => x.t).join(' '));
    expect(readings).toContain('certified dietary manager');
  });

  test.each(['', '   ', '---', '()', '!!!'])('no words: no reading (%j)', (t) => expect(readTitle(t)).toEqual([]));

  test('bounded: at most 4 readings of at most 12 tokens, whatever the input', () => {
    const long = 'Admin Acct Admin Acct Admin Acct '.repeat(20);
    const r = readTitle(long);
    expect(r.length).toBeLessThanOrEqual(4);
    for (const x of r) expect(x.length).toBeLessThanOrEqual(12);
  });
});

describe('helpers', () => {
  test.each([
    ['technicians', 'technician'],
    ['secretaries', 'secretary'],
    ['classes', 'class'],
    ['analysis', 'analysis'],
    ['bus', 'bus'],
    ['nurses', 'nurse'],
    ['sales', 'sale'],
    ['l3s', 'l3s'],
  ])('stem(%s) = %s', (a, b) => expect(stem(a)).toBe(b));

  test.each([
    ['Café Manager', ['cafe', 'manager']],
    ['A/R Clerk', ['ar', 'clerk']],
    ['Full time  RN', ['fulltime', 'rn']],
    ['R&D Engineer', ['r', 'and', 'd', 'engineer']],
  ])('words(%j)', (a, b) => expect(words(a)).toEqual(b));

  test.each([
    ['Claims Adjuster - Auto (Contract)', ['Claims Adjuster', 'Auto', 'Contract']],
    ['Manager, Marketing | East', ['Manager', 'Marketing', 'East']],
    ['X-Ray Technician', ['X-Ray Technician']],
  ])('segments(%j)', (a, b) => expect(segments(a)).toEqual(b));

  test('index titles: head noun before "of", bracket text apart', () => {
    expect(indexTokens('Sales Representatives of Services, Except Advertising')).toEqual({ tokens: ['sale', 'representative', 'service'], head: 'representative' });
    expect(indexTokens('Customer Service Representative (CSR)').head).toBe('representative');
    expect(bracketed('X-Ray Technician (X-Ray Tech)')).toEqual(['X-Ray Tech']);
  });
});

describe('the dictionary (data/title-dictionary.json)', () => {
  const d = dictionary as { abbreviations: Record<string, string[]>; alone: Record<string, string[]>; seniority: string[]; tags: string[]; departments: string[]; examples: string[] };

  test.each(Object.entries(d.abbreviations))('%s: lower-case key, non-empty expansions in plain words', (k, exps) => {
    expect(k).toMatch(/^[a-z0-9]+$/);
    expect(exps.length).toBeGreaterThan(0);
    for (const e of exps) expect(e).toMatch(/^[a-z]+( [a-z]+)*$/);
  });

  test('every abbreviation the issue names is there', () => {
    for (const k of ['csr', 'rn', 'lpn', 'cna', 'sde', 'qa', 'uw', 'adj', 'asst', 'mgr', 'rep', 'tech', 'admin', 'coord', 'spec', 'ap', 'ar', 'cdl']) expect(ABBREVIATIONS.has(k)).toBe(true);
  });

  test('soft words are lower-case single words and name no job on their own', () => {
    for (const w of [...d.seniority, ...d.tags, ...d.departments]) expect(w).toMatch(/^[a-z0-9]+$/);
    // words that are jobs or parts of common titles must not be soft
    for (const w of ['store', 'office', 'part', 'travel', 'manager', 'nurse', 'clerk', 'associate']) expect(SOFT_WORDS.has(w)).toBe(false);
  });

  test('"alone" entries are tags or abbreviations that name a job when they are the whole title', () => {
    for (const [k, v] of Object.entries(d.alone)) {
      expect(SOFT_WORDS.has(k) || ABBREVIATIONS.has(k)).toBe(true);
      expect(v.length).toBeGreaterThan(0);
    }
  });

  test('examples are titles', () => expect(d.examples.length).toBeGreaterThanOrEqual(5));
});
