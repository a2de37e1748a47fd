/** Reading the AEI files (official layouts, tests/fixtures/aei-mini) and the observed-use build step on the mini O*NET. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { observedIndexTasks, observedOccupationUse, observedReleases, observedSliceUse, observedTaskUse, occupationScores, taskScores } from '../../../db/schema';
import { readerOf } from '../../../db';
import { exportLevel } from '../../../lib/queries/export-levels';
import { locateAei, readAei } from '../../../lib/ingest/aei';
import { InputError } from '../../../lib/ingest/errors';
import { importObserved } from '../../../lib/pipeline/observed';
import { cleanTemp, errorOf, FIXTURES, ingestFixtures, tempDir } from '../ingest/helpers';

const REF = path.join(FIXTURES, 'aei-mini');
const AEI = path.join(REF, 'anthropic_economic_index');

afterAll(cleanTemp);

/** A copy of the fixture folder with one file rewritten. */
function broken(rel: string, edit: (text: string) => string): string {
  const ref = tempDir();
  fs.cpSync(REF, ref, { recursive: true });
  const f = path.join(ref, 'anthropic_economic_index', rel);
  fs.writeFileSync(f, edit(fs.readFileSync(f, 'utf8')));
  return path.join(ref, 'anthropic_economic_index');
}

describe('readAei', () => {
  it('reads both releases, the split of the later one and the index’s own statements', () => {
    const d = readAei(AEI);
    expect(d.releases.map((r) => [r.release, r.tasks.length, r.files.length])).toEqual([
      ['2025-02-10', 6, 1],
      ['2025-03-27', 6, 2],
    ]);
    expect(d.releases[0].tasks.every((t) => t.split === null)).toBe(true);
    expect(d.releases[1].tasks.find((t) => t.task_name === 'organize and approve promotional campaigns.')?.split).toEqual({ directive: 0, feedback_loop: 0, task_iteration: 0.25, validation: 0.25, learning: 0.5, filtered: 0 });
    expect(d.statements?.map((s) => s.task_id)).toEqual([8850, 99999, 15287]);
  });
  it('finds the folder under REFERENCE_DIR or says there is none', () => {
    expect(locateAei(REF)).toBe(AEI);
    expect(locateAei(tempDir())).toBeNull();
    expect(locateAei(undefined)).toBeNull();
  });
  it.each([
    ['release_2025_02_10/onet_task_mappings.csv', (t: string) => t.replace('juggle flaming torches.,5.0', 'juggle flaming torches.,five'), /onet_task_mappings\.csv:4: column "pct"/],
    ['release_2025_02_10/onet_task_mappings.csv', (t: string) => t.replace('juggle flaming torches.,5.0', 'juggle flaming torches.,6.0'), /onet_task_mappings\.csv: column "pct" sums to 101\.0000, expected 100/],
    ['release_2025_02_10/onet_task_mappings.csv', (t: string) => t.replace('none,20.0', 'juggle flaming torches.,20.0'), /onet_task_mappings\.csv:5: column "task_name": duplicate task \(also on line 4\)/],
    ['release_2025_03_27/automation_vs_augmentation_by_task.csv', (t: string) => t.replace('0.0,0.5,0.5,0.0,0.0,0.0', '0.0,0.5,0.6,0.0,0.0,0.0'), /automation_vs_augmentation_by_task\.csv:4: the six shares sum to 1\.1/],
    ['release_2025_03_27/automation_vs_augmentation_by_task.csv', (t: string) => t.replace('0.0,0.5,0.5,0.0,0.0,0.0', '0.0,1.5,-0.5,0.0,0.0,0.0'), /automation_vs_augmentation_by_task\.csv:4: column "directive": must be between 0 and 1/],
    ['release_2025_03_27/automation_vs_augmentation_by_task.csv', (t: string) => t.replace('juggle flaming torches.', 'juggle knives.'), /automation_vs_augmentation_by_task\.csv:4: column "task_name": task not in task_pct_v2\.csv/],
    ['release_2025_02_10/onet_task_statements.csv', (t: string) => t.replace('11-1011.00,Chief Executives,8850', '11-1011,Chief Executives,8850'), /onet_task_statements\.csv:2: column "O\*NET-SOC Code"/],
  ])('rejects a bad %s with file:line and the field', (rel, edit, message) => {
    const e = errorOf(() => readAei(broken(rel, edit)));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(message);
  });
});

describe('importObserved on the mini O*NET', () => {
  const { db, sqlite } = ingestFixtures();
  const tasks = sqlite.prepare('SELECT task_id, onet_soc_code FROM tasks ORDER BY task_id').all() as Array<{ task_id: number; onet_soc_code: string }>;
  // Known betas stand in for the score step (which needs the embedding model): beta = 0.1 + (task_id mod 9) / 10.
  const beta = (id: number) => 0.1 + (id % 9) / 10;
  const blob = Buffer.alloc(4);
  for (const t of tasks) {
    db.insert(taskScores).values({ task_id: t.task_id, onet_soc_code: t.onet_soc_code, p_e0: 0, p_e1: beta(t.task_id), p_e2: 0, alpha: 0, beta: beta(t.task_id), gamma: 0, rubric_p_e0: 0, rubric_p_e1: 0, rubric_p_e2: 0, profile: blob, method: 'rubric', spread: 0, evidence: '{}' }).run();
  }
  for (const code of new Set(tasks.map((t) => t.onet_soc_code))) {
    db.insert(occupationScores).values({ onet_soc_code: code, alpha: 0, beta: 0.5, gamma: 0, rubric_beta: 0.5, task_count: 1, share_tasks_exposed: 0, uncertainty: 0 }).run();
  }

  it('leaves the view out, and says why, without the folder', () => {
    expect(importObserved(db, tempDir())).toEqual({ present: false, reason: expect.stringContaining('no anthropic_economic_index folder') });
    expect(db.select().from(observedReleases).all()).toEqual([]);
  });

  it('matches by text, Task ID and near text, counts the "none" row apart and lists the rest', () => {
    const s = importObserved(db, REF);
    expect(s.present).toBe(true);
    if (!s.present) return;
    const [feb, mar] = s.releases;
    expect(feb.matched).toEqual({ text: 2, task_id: 1, near_text: 1 });
    expect(feb.none_pct).toBe(20);
    expect(feb.unmatched).toEqual([{ task_name: 'juggle flaming torches.', pct: 5 }]);
    expect(feb.matched_pct).toBe(75);
    expect(feb.matched_share_excl_none).toBeCloseTo(75 / 80, 12);
    expect(mar.matched_share_excl_none).toBeCloseTo(70 / 75, 12);
    const rows = db.select().from(observedIndexTasks).all();
    expect(rows.filter((r) => r.release === '2025-02-10').map((r) => [r.match, r.task_ids])).toEqual([
      ['text', '15287'],
      ['text', '8823'],
      ['unmatched', ''],
      ['none_row', ''],
      ['task_id', '8850'],
      ['near_text', '15373'],
    ]);
  });

  it('writes task and occupation use with the split and observed exposure of the later release', () => {
    const use = db.select().from(observedTaskUse).all().filter((u) => u.release === '2025-03-27');
    const t8823 = use.find((u) => u.task_id === 8823)!;
    expect(t8823).toMatchObject({ share_pct: 30, onet_soc_code: '11-1011.00', match: 'text' });
    expect(t8823.automation_share).toBeCloseTo(0.6 / 0.8, 12);
    expect(use.find((u) => u.task_id === 15287)).toMatchObject({ automation_share: null, filtered_share: 1 });
    const ceo = db.select().from(observedOccupationUse).all().find((o) => o.release === '2025-03-27' && o.onet_soc_code === '11-1011.00')!;
    // Chief Executives: 8823 (Core, 1) and 8850 (Core, 1) used, 8824 (Core) and 8842 (Supplemental, 0.5) not.
    const W = 1 + 1 + 1 + 0.5;
    expect(ceo.share_pct).toBeCloseTo(40, 12);
    expect(ceo.coverage).toBeCloseTo(2 / W, 12);
    expect(ceo.observed_exposure).toBeCloseTo((beta(8823) * (0.75 + 0.25 / 2) + beta(8850) * 0.5) / W, 12);
    const feb = db.select().from(observedOccupationUse).all().find((o) => o.release === '2025-02-10' && o.onet_soc_code === '11-1011.00')!;
    expect(feb.observed_exposure).toBeNull();
    const total = db.select().from(observedSliceUse).all().find((x) => x.release === '2025-03-27' && x.kind === 'total')!;
    expect(total.share_pct).toBeCloseTo(70, 12);
  });

  it('adds observed_use_pct and observed_exposure of the later release to the occupation export, null without a matched task', () => {
    const rows = exportLevel(readerOf(sqlite), 'occupation').rows;
    const W = 1 + 1 + 1 + 0.5;
    expect(rows.find((r) => r.onet_soc_code === '11-1011.00')).toMatchObject({ observed_use_pct: 40, observed_exposure: Number(((beta(8823) * 0.875 + beta(8850) * 0.5) / W).toFixed(4)) });
    expect(rows.find((r) => r.onet_soc_code === '29-1022.00')).toMatchObject({ observed_use_pct: null, observed_exposure: null });
  });

  it('runs again on the same database with the same result (its dataset versions replaced, not duplicated)', () => {
    const before = db.select().from(observedOccupationUse).all();
    const again = importObserved(db, REF);
    expect(again.present).toBe(true);
    expect(db.select().from(observedOccupationUse).all()).toEqual(before);
    expect(sqlite.prepare("SELECT count(*) n FROM dataset_versions WHERE file = 'task_pct_v2.csv'").get()).toEqual({ n: 1 });
  });
});
