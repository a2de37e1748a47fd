/**
 * SOC 2018 groups on the full database. Most minor groups are XX-X000, but three are XX-XX00
 * (15-1200 Computer Occupations, 31-1100 Home Health and Personal Care Aides…, 51-5100 Printing
 * Workers), and a broad group with more than nine members runs on (29-1210 Physicians holds 29-1211 …
 * 29-1229). Every occupation names the major, minor and broad group that exist in the OEWS hierarchy,
 * with their titles, and filtering the list by any group (the API and the page read the same rows)
 * returns exactly its occupations.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { GET as getOccupations } from '@/app/api/v1/occupations/route';
import { allOccupations, getGroups } from '@/lib/queries/occupations';
import { fullData } from './helpers';

const data = fullData();
afterAll(() => data.close());

describe('SOC groups of the full build', () => {
  const rows = allOccupations(data);
  const groups = getGroups(data);
  const level = new Map(groups.map((g) => [g.code, g.level]));

  it('every occupation names a real major, minor and broad group, each with its title, nested by code', () => {
    expect(rows.length).toBe(1016);
    for (const r of rows) {
      expect([level.get(r.major_group), level.get(r.minor_group), level.get(r.broad_group)], r.onet_soc_code).toEqual(['major', 'minor', 'broad']);
      expect(r.major_title && r.minor_title && r.broad_title, r.onet_soc_code).toBeTruthy();
      // major XX-0000 and minor XX-X000 or XX-XX00: prefixes of the SOC code once their trailing zeros go
      for (const g of [r.major_group, r.minor_group]) expect(r.soc_code.startsWith(g.replace(/0+$/, '')), `${r.soc_code} in ${g}`).toBe(true);
      // broad XX-YYZ0 shares the code's XX-YYZ, except SOC 2018's one broad group of more than nine:
      // 29-1210 Physicians, which holds 29-1221 … 29-1229 too
      const physicians = r.soc_code >= '29-1221' && r.soc_code <= '29-1229';
      expect(r.broad_group, r.soc_code).toBe(physicians ? '29-1210' : `${r.soc_code.slice(0, 6)}0`);
    }
    const dev = rows.find((r) => r.onet_soc_code === '15-1252.00')!;
    expect([dev.minor_group, dev.minor_title]).toEqual(['15-1200', 'Computer Occupations']);
    const peds = rows.find((r) => r.onet_soc_code === '29-1221.00')!;
    expect([peds.broad_group, peds.broad_title]).toEqual(['29-1210', 'Physicians']);
    expect(new Set(rows.filter((r) => /^\d\d-\d\d00$/.test(r.minor_group) && !r.minor_group.endsWith('000')).map((r) => r.minor_group))).toEqual(new Set(['15-1200', '31-1100', '51-5100']));
  });

  it('the list filtered by each group (GET /api/v1/occupations?group=) returns exactly its occupations', async () => {
    for (const g of groups) {
      const want = rows.filter((r) => r.major_group === g.code || r.minor_group === g.code || r.broad_group === g.code).map((r) => r.onet_soc_code);
      const res = await getOccupations(new Request(`http://atlas.test/api/v1/occupations?group=${g.code}&limit=2000&sort=title&dir=asc`));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { total: number; results: Array<{ onet_soc_code: string }> };
      expect(body.results.map((r) => r.onet_soc_code).sort(), `${g.level} ${g.code} ${g.title}`).toEqual(want.sort());
    }
    // every occupation is in exactly one minor group
    const perMinor = groups.filter((g) => g.level === 'minor').reduce((n, g) => n + rows.filter((r) => r.minor_group === g.code).length, 0);
    expect(perMinor).toBe(rows.length);
  });

  it('a group this build does not have is a precise 400; a SOC code filters to its occupations', async () => {
    const res = await getOccupations(new Request('http://atlas.test/api/v1/occupations?group=15-1000'));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(body.error).toMatchObject({ code: 'invalid_query', field: 'group' });
    expect(body.error.message).toContain('15-1000');
    const soc = (await (await getOccupations(new Request('http://atlas.test/api/v1/occupations?group=29-1229'))).json()) as { results: Array<{ onet_soc_code: string }> };
    expect(soc.results.map((r) => r.onet_soc_code).sort()).toEqual(rows.filter((r) => r.soc_code === '29-1229').map((r) => r.onet_soc_code).sort());
    expect(soc.results.length).toBeGreaterThan(1);
  });
});
