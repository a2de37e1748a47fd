/** Observed-use figures in words and numbers. */
import { describe, expect, test } from 'vitest';
import { gapWords, sharePct, splitWords } from '../../../lib/observed/format';

describe('sharePct', () => {
  test.each([
    [null, '—'],
    [0, '0%'],
    [12.345, '12.3%'],
    [7.6448, '7.6%'],
    [0.0456, '0.046%'],
    [0.004, '< 0.01%'],
  ])('%j → %s', (v, s) => {
    expect(sharePct(v)).toBe(s);
  });
});

describe('words', () => {
  test.each([
    [0.5, 0.3, /much of what is exposed/],
    [0.5, 0.12, /a part of/],
    [0.5, 0.01, /little of/],
    [0.5, 0, /none of/],
  ])('beta %d, observed %d', (b, o, re) => {
    expect(gapWords(b, o)).toMatch(re);
  });
  test('split', () => {
    expect(splitWords(0.7)).toMatch(/mostly automation/);
    expect(splitWords(0.5)).toMatch(/about as much/);
    expect(splitWords(0.2)).toMatch(/mostly augmentation/);
  });
});
