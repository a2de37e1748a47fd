import { describe, expect, it, test } from 'vitest';
import { lenientFilters, occupationsQuery, onetCode, paramsObject, searchQuery } from '@/lib/api/schemas';
import { testRejects } from '../../helpers/rejects';

describe('occupationsQuery', () => {
  it('applies defaults', () => {
    expect(occupationsQuery.parse({})).toMatchObject({ sort: 'beta', dir: 'desc', offset: 0, format: 'json' });
  });
  it('coerces numbers and splits job zones', () => {
    const q = occupationsQuery.parse({ beta_min: '0.25', job_zone: '4,5,4', limit: '5000', group: '15-0000', format: 'csv' });
    expect(q).toMatchObject({ beta_min: 0.25, job_zone: [4, 5], limit: 5000, group: '15-0000', format: 'csv' });
  });
  testRejects(occupationsQuery, [
    [{ limit: '5001' }, 'limit'],
    [{ limit: '0' }, 'limit'],
    [{ beta_min: '1.5' }, 'beta_min'],
    [{ beta_max: 'x' }, 'beta_max'],
    [{ sort: 'salary' }, 'sort'],
    [{ job_zone: '6' }, 'job_zone'],
    [{ group: '15' }, 'group'],
    [{ offset: '-1' }, 'offset'],
    [{ format: 'xml' }, 'format'],
  ]);
});

describe('searchQuery', () => {
  it('requires q and bounds limit', () => {
    expect(searchQuery.safeParse({}).success).toBe(false);
    expect(searchQuery.safeParse({ q: '   ' }).success).toBe(false);
    expect(searchQuery.parse({ q: ' nurse ' })).toEqual({ q: 'nurse', limit: 10 });
    expect(searchQuery.safeParse({ q: 'x', limit: '51' }).success).toBe(false);
  });
});

describe('onetCode', () => {
  test.each([
    ['15-1252.00', true],
    ['15-1252', false],
    ['15-1252.0', false],
    ['../etc', false],
  ])('%s valid: %s', (c, ok) => {
    expect(onetCode.safeParse(c).success).toBe(ok);
  });
});

describe('paramsObject and lenientFilters', () => {
  it('takes the first value and drops empties', () => {
    expect(paramsObject({ a: ['1', '2'], b: '', c: 'x', d: undefined })).toEqual({ a: '1', c: 'x' });
    expect(paramsObject(new URLSearchParams('a=1&a=2&b='))).toEqual({ a: '1' });
  });
  it('drops only the invalid filters for pages', () => {
    const f = lenientFilters({ beta_min: '7', sort: 'employment', job_zone: '2' });
    expect(f).toMatchObject({ sort: 'employment', job_zone: [2] });
    expect(f.beta_min).toBeUndefined();
  });
});
