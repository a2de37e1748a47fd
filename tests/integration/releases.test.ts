/**
 * Release labels come from the database (lib/queries/meta.ts `releases`): built from the real data,
 * they name what the ingest recorded, which in turn is what the source files say of themselves
 * (O*NET's Read Me, the BLS file names), and the pages and the API print those labels.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as openApi } from '@/app/api/v1/openapi.json/route';
import { getDatasetVersions, releases } from '@/lib/queries/meta';
import { loadPathData } from '@/lib/queries/path-data';
import { findPaths } from '@/lib/paths/paths';
import { fullData } from './helpers';

const ONET_DIR = process.env.ONET_DIR ?? path.resolve('../shared/data/onet');

describe('release labels of the full build', () => {
  const data = fullData();
  const r = releases(data);
  const recorded = getDatasetVersions(data);

  it('are the releases the ingest recorded', () => {
    expect(recorded.filter((v) => v.source.startsWith('O*NET')).every((v) => v.release === r.onet)).toBe(true);
    expect(recorded.find((v) => v.file.startsWith('national_'))?.release).toBe(r.oewsNational);
    expect(recorded.find((v) => v.file.startsWith('state_'))?.release).toBe(r.states);
    expect(r.oewsNational.startsWith(r.oews)).toBe(true);
  });

  it('match what the source files say of themselves', () => {
    const readme = fs.readFileSync(path.join(ONET_DIR, 'Read Me.txt'), 'utf8');
    expect(readme.startsWith(`${r.onet} Database`)).toBe(true);
    const national = recorded.find((v) => v.file.startsWith('national_'))!.file;
    expect(national).toMatch(new RegExp(`^national_M${r.oewsPeriod.slice(-4)}_dl\\.`));
    expect(r.oewsPeriod).toMatch(/^May \d{4}$/);
    const ep = recorded.find((v) => v.source === 'BLS Employment Projections')!.file;
    const [, from, to] = /^ep_(\d{4})_(\d{2})_/.exec(ep)!;
    expect(r.projectionsPeriod).toBe(`${from}–${to}`);
  });

  it('reach the API and the paths’ reasons', async () => {
    const doc = (await (await openApi(new Request('http://localhost/api/v1/openapi.json'), { params: Promise.resolve({}) })).json()) as { info: { description: string } };
    expect(doc.info.description).toContain(`${r.onet} (USDOL/ETA, CC BY 4.0), BLS ${r.oews}, BLS ${r.projections}.`);
    const paths = loadPathData(data.db);
    const why = ['43-4051.00', '43-9021.00', '23-2011.00'].flatMap((c) => findPaths(paths, c) ?? []).flatMap((p) => p.why).filter((w) => w.includes('% growth'));
    expect(why.length).toBeGreaterThan(0);
    for (const w of why) expect(w.endsWith(`growth ${r.projectionsPeriod}`)).toBe(true);
  });
});
