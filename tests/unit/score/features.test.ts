/** Text features of a task statement: words, the light stemmer, hashed unigrams/bigrams. */
import { describe, expect, it, test } from 'vitest';
import { HASH_SIZE, stem, textFeatures, words } from '../../../lib/score/features';

describe('words and stem', () => {
  const STEMS = { reports: 'report', studies: 'study', prepares: 'prepare', analyzing: 'analyz', reviewed: 'review', class: 'class', bus: 'bus', runs: 'run', is: 'is' };
  test.each(Object.entries(STEMS))('stem(%j) = %j', (w, s) => {
    expect(stem(w)).toBe(s);
  });

  it('lower-cases, splits on punctuation and hyphens, drops one-letter words', () => {
    expect(words('Prepare budgets, e.g. year-end reports (A/B).')).toEqual(['prepare', 'budget', 'year', 'end', 'report']);
  });
});

describe('textFeatures', () => {
  it('is L2-normalised, deterministic and within the hash space', () => {
    const f = textFeatures('Prepare budgets for approval, including those for funding.');
    const norm = Math.sqrt(f.val.reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 6);
    for (const i of f.idx) expect(i >= 0 && i < HASH_SIZE).toBe(true);
    expect(textFeatures('Prepare budgets for approval, including those for funding.')).toEqual(f);
  });

  it('merges inflections and ignores stop words', () => {
    expect(textFeatures('Prepares the reports')).toEqual(textFeatures('prepare report'));
  });

  it('has no features for empty text', () => {
    expect(textFeatures('').idx.length).toBe(0);
    expect(textFeatures('a - .').idx.length).toBe(0);
  });
});
