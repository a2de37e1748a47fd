/** Interests, Work Styles, Level Scale Anchors and element → work activity links (issue 12). */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ONET_FILES } from '../../../lib/ingest/onet';
import { all, cleanTemp, ingestFailure, ingestFixtures, setField } from './helpers';

afterEach(cleanTemp);

/** Nothing half-written: the descriptor tables stay empty when a file is bad. */
const failure = (edit: (onetDir: string) => void) => ingestFailure(edit, (sqlite) => expect(all(sqlite, 'SELECT * FROM occupation_interests')).toEqual([]));

describe('descriptor files', () => {
  it('reads RIASEC interests (OI only), pivots work styles and keeps anchors and links', () => {
    const { sqlite } = ingestFixtures();
    const ceo = all<{ name: string; value: number }>(sqlite, "SELECT name, value FROM occupation_interests WHERE onet_soc_code = '11-1011.00' ORDER BY element_id");
    expect(ceo.map((r) => r.name)).toEqual(['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional']);
    expect(ceo[0].value).toBe(1.3);
    expect(all(sqlite, "SELECT impact, distinctiveness FROM occupation_work_styles WHERE onet_soc_code = '11-1011.00' AND element_id = '1.D.1.a'")).toEqual([{ impact: 2.3, distinctiveness: 7 }]);
    expect(all(sqlite, "SELECT anchor, description FROM level_anchors WHERE element_id = '2.A.1.a' ORDER BY anchor").length).toBeGreaterThanOrEqual(3);
    expect(all<{ source: string }>(sqlite, 'SELECT DISTINCT source FROM element_activity_links ORDER BY source').map((r) => r.source)).toEqual(['abilities', 'skills']);
  });

  it.each([
    [ONET_FILES.interests, 2, 'Data Value', '9', 'Interests.txt:2: column "Data Value": OI must be within 1–7 (got 9)'],
    [ONET_FILES.workStyles, 3, 'Data Value', '-4', 'Work Styles.txt:3: column "Data Value": WI must be within -3–3 (got -4)'],
    [ONET_FILES.levelAnchors, 2, 'Anchor Value', '8', 'Level Scale Anchors.txt:2: column "Anchor Value": a level must be within 0–7 (got 8)'],
    [ONET_FILES.skillsToActivities, 2, 'Work Activities Element ID', '2.A.1.a', 'Skills to Work Activities.txt:2: column "Work Activities Element ID": expected a work activity element like 4.A.2.a.4 (got "2.A.1.a")'],
    [ONET_FILES.interests, 2, 'O*NET-SOC Code', '99-9999.00', 'Interests.txt:2: column "O*NET-SOC Code": unknown occupation 99-9999.00 (not in Occupation Data.txt)'],
  ])('%s line %i: a bad %s stops the build with file:line', (file, line, column, value, message) => {
    const e = failure((dir) => setField(path.join(dir, file), line, column, value));
    expect(e.message).toBe(message);
  });

  it('a missing descriptor file is named', () => {
    const e = failure((dir) => fs.rmSync(path.join(dir, ONET_FILES.levelAnchors)));
    expect(e.message).toMatch(/^Level Scale Anchors\.txt: required O\*NET file is missing/);
  });
});
