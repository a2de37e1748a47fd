import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crosswalkSoc2010 } from '../../../lib/reference/import';

const mapFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-xw-')), 'map.json');
fs.writeFileSync(mapFile, JSON.stringify({ description: '', map: { '15-1132': ['15-1252'], '15-1133': ['15-1252'], '15-1134': ['15-1254', '15-1255'], '29-1069': ['29-1229'] } }));

describe('crosswalk of 2010 SOC codes to 2018', () => {
  const out = crosswalkSoc2010(
    [
      { code: '15-1132', title: 'Software Developers, Applications', value: 1 },
      { code: '15-1133', title: 'Software Developers, Systems Software', value: 2 },
      { code: '15-1134', title: 'Web Developers', value: 0.5 },
      { code: '11-1011', title: 'Chief Executives', value: 1.3 },
      { code: '29-1229', title: 'unchanged code', value: 9 },
      { code: '29-1069', title: 'merged into an existing code', value: 3 },
    ],
    mapFile,
  );
  const byCode = Object.fromEntries(out.map((r) => [r.code, r.value]));

  it.each([
    ['averages 2010 codes merged into one 2018 code', '15-1252', 1.5],
    ['gives a split code its value in every successor', '15-1254', 0.5],
    ['gives a split code its value in every successor', '15-1255', 0.5],
    ['keeps unchanged codes', '11-1011', 1.3],
    ['prefers a code present unchanged over merged predecessors', '29-1229', 9],
  ])('%s (%s)', (_what, code, value) => {
    expect(byCode[code]).toBeCloseTo(value, 12);
  });

  it('drops the retired 2010 codes', () => {
    expect(byCode['15-1132']).toBeUndefined();
    expect(byCode['29-1069']).toBeUndefined();
  });

  it('the shipped map only names well-formed codes', () => {
    const shipped = JSON.parse(fs.readFileSync('data/soc-2010-to-2018.json', 'utf8')) as { map: Record<string, string[]> };
    for (const [from, to] of Object.entries(shipped.map)) {
      expect(from).toMatch(/^\d{2}-\d{4}$/);
      for (const t of to) expect(t).toMatch(/^\d{2}-\d{4}$/);
    }
  });
});
