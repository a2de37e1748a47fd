/** Observed use rolled up: task shares and splits, occupations by task weight, slices by employment. */
import { describe, expect, it } from 'vitest';
import { automationSplit, occupationUse, sliceUse, taskUse, weightOfUse, type OccupationFigures, type TaskUse } from '../../../lib/observed/aggregate';

const s = (directive: number, feedback_loop: number, task_iteration: number, validation: number, learning: number, filtered: number) => ({ directive, feedback_loop, task_iteration, validation, learning, filtered });

describe('automationSplit', () => {
  it('is directive + feedback loop vs the three augmentation patterns, of the classified conversations', () => {
    expect(automationSplit(s(0.5, 0.1, 0.2, 0, 0, 0.2))).toEqual({ automation: 0.6 / 0.8, augmentation: 0.2 / 0.8 });
  });
  it('has no split when every conversation was filtered', () => {
    expect(automationSplit(s(0, 0, 0, 0, 0, 1))).toBeNull();
  });
  it('counts automation fully and augmentation half, an unknown split as augmentation', () => {
    expect(weightOfUse(1)).toBe(1);
    expect(weightOfUse(0)).toBe(0.5);
    expect(weightOfUse(0.5)).toBe(0.75);
    expect(weightOfUse(null)).toBe(0.5);
  });
});

describe('taskUse', () => {
  const u = taskUse([
    { pct: 6, split: s(1, 0, 0, 0, 0, 0), task_ids: [1, 2, 3] },
    { pct: 4, split: s(0, 0, 0.5, 0, 0, 0.5), task_ids: [3] },
    { pct: 1, split: null, task_ids: [] },
  ]);
  it('splits an index task equally among its matches and sums what several index tasks give one task', () => {
    expect(u.map((x) => [x.task_id, x.share_pct])).toEqual([[1, 2], [2, 2], [3, 6]]);
  });
  it('averages splits by classified conversations', () => {
    const t3 = u.find((x) => x.task_id === 3)!;
    // 2 classified all automation, 4 × 0.5 = 2 classified all augmentation.
    expect(t3.automation_share).toBeCloseTo(0.5, 12);
    expect(t3.augmentation_share).toBeCloseTo(0.5, 12);
    expect(t3.filtered_share).toBeCloseTo((2 * 0 + 4 * 0.5) / 6, 12);
  });
});

describe('occupationUse', () => {
  const tasks = [
    { task_id: 1, onet_soc_code: 'A', weight: 1, beta: 0.8 },
    { task_id: 2, onet_soc_code: 'A', weight: 0.5, beta: 0.4 },
    { task_id: 3, onet_soc_code: 'A', weight: 0.5, beta: 0.9 },
    { task_id: 4, onet_soc_code: 'B', weight: 1, beta: 0.6 },
  ];
  const use = new Map<number, TaskUse>([
    [1, { task_id: 1, share_pct: 3, automation_share: 1, augmentation_share: 0, filtered_share: 0 }],
    [2, { task_id: 2, share_pct: 1, automation_share: null, augmentation_share: null, filtered_share: 1 }],
  ]);
  const [a, b] = occupationUse(tasks, use, true);
  it('sums shares, counts matched tasks and covered task weight', () => {
    expect(a).toMatchObject({ onet_soc_code: 'A', task_count: 3, matched_tasks: 2, share_pct: 4, coverage: 1.5 / 2 });
    expect(b).toMatchObject({ onet_soc_code: 'B', matched_tasks: 0, share_pct: 0, coverage: 0, observed_exposure: 0, automation_share: null });
  });
  it('observed exposure = Σ weight × beta × use weight / Σ weight, over all the tasks', () => {
    expect(a.observed_exposure).toBeCloseTo((1 * 0.8 * 1 + 0.5 * 0.4 * 0.5 + 0) / 2, 12);
  });
  it('never exceeds beta and is null without a per-task split', () => {
    const W = 2;
    expect(a.observed_exposure!).toBeLessThanOrEqual((1 * 0.8 + 0.5 * 0.4 + 0.5 * 0.9) / W);
    expect(occupationUse(tasks, use, false)[0].observed_exposure).toBeNull();
  });
  it('takes the automation share of the occupation from tasks with a known split', () => {
    expect(a.automation_share).toBe(1);
  });
});

describe('sliceUse', () => {
  const occ = new Map<string, OccupationFigures>([
    ['A', { beta: 0.6, share_pct: 4, coverage: 0.5, observed_exposure: 0.3, automation_share: 0.5 }],
    ['B', { beta: 0.2, share_pct: 1, coverage: 0.1, observed_exposure: 0.05, automation_share: 1 }],
  ]);
  it('weights by employment like the exposure figures and attributes conversations by fraction', () => {
    const r = sliceUse(
      [
        { onet_soc_code: 'A', employment: 100, fraction: 0.5 },
        { onet_soc_code: 'B', employment: 300, fraction: 1 },
        { onet_soc_code: 'C', employment: 1000, fraction: 1 },
      ],
      occ,
    );
    expect(r.employment).toBe(400);
    expect(r.occupations).toBe(2);
    expect(r.beta).toBeCloseTo((100 * 0.6 + 300 * 0.2) / 400, 12);
    expect(r.observed_exposure).toBeCloseTo((100 * 0.3 + 300 * 0.05) / 400, 12);
    expect(r.coverage).toBeCloseTo((100 * 0.5 + 300 * 0.1) / 400, 12);
    expect(r.share_pct).toBeCloseTo(4 * 0.5 + 1, 12);
    expect(r.automation_share).toBeCloseTo((2 * 0.5 + 1 * 1) / 3, 12);
  });
  it('counts an occupation without workers in the conversations but not in the means', () => {
    const r = sliceUse([{ onet_soc_code: 'A', employment: null, fraction: 1 }], occ);
    expect(r).toMatchObject({ employment: 0, beta: null, observed_exposure: null, share_pct: 4 });
  });
});
