/** Observed use beside exposure: the occupation page's "Is it already happening?", the national section and the API. */
import { expect, test } from '@playwright/test';

/** Network and Computer Systems Administrators: much use, and tasks on both sides of 0.5 among used and unused. */
const CODE = '15-1244.00';

type ObservedUse = { share_pct: number; automation_share: number | null; augmentation_share: number | null; observed_exposure: number; release: string; matched_tasks: number; task_count: number };
type Task = { task_id: number; statement: string; beta: number };

const pct = (v: number, digits = 0) => `${(v * 100).toFixed(digits)}%`;

test.describe('observed use', () => {
  test('the occupation page puts observed use beside exposure, with the tasks where they part', async ({ page, request }) => {
    const api = await (await request.get(`/api/v1/occupations/${CODE}`)).json();
    const use = api.observed_use as ObservedUse;
    expect(use.release).toBe('2025-03-27');
    expect(use.observed_exposure).toBeLessThanOrEqual(api.beta);
    await page.goto(`/occupations/${CODE}`);
    const section = page.locator('section[aria-labelledby="observed"]');
    await expect(section.getByRole('heading', { level: 2, name: 'Is it already happening?' })).toBeVisible();
    await expect(section.locator('.card').first()).toContainText(pct(api.beta));
    await expect(section.locator('.card').nth(1)).toContainText(pct(use.observed_exposure, 1));
    await expect(section.locator('.card').nth(2)).toContainText(`${use.matched_tasks} of its ${use.task_count} tasks appear`);
    await expect(section.locator('.card').nth(3)).toContainText(`${pct(use.automation_share!)} / ${pct(use.augmentation_share!)}`);
    await expect(section).toContainText('Neither is job loss');
    await expect(section).toContainText('Handa et al. 2025');
    await expect(section).toContainText('release 2025-03-27');
    // The named tasks are the occupation's own, on the right side of 0.5.
    const tasks = new Map((api.tasks as Task[]).map((t) => [t.statement, t]));
    const exposed = section.locator('section:has(h3#observed-exposed-not-used) td.cell-main');
    const used = section.locator('section:has(h3#observed-used-beyond) td.cell-main');
    expect(await exposed.count()).toBeGreaterThan(0);
    expect(await used.count()).toBeGreaterThan(0);
    for (const s of await exposed.allTextContents()) expect(tasks.get(s)?.beta).toBeGreaterThanOrEqual(0.5);
    for (const s of await used.allTextContents()) expect(tasks.get(s)?.beta).toBeLessThan(0.5);
  });

  test('an occupation none of whose tasks is in the release says so, and the API answers null', async ({ page, request }) => {
    const listed = new Set(((await (await request.get('/api/v1/observed')).json()).results as Array<{ onet_soc_code: string }>).map((r) => r.onet_soc_code));
    const all = (await (await request.get('/api/v1/occupations?limit=5000')).json()).results as Array<{ onet_soc_code: string; beta: number | null }>;
    const unused = all.find((o) => o.beta !== null && !listed.has(o.onet_soc_code))!;
    expect((await (await request.get(`/api/v1/occupations/${unused.onet_soc_code}`)).json()).observed_use).toBeNull();
    await page.goto(`/occupations/${unused.onet_soc_code}`);
    await expect(page.locator('section[aria-labelledby="observed"]')).toContainText("None of this occupation's tasks appears in the 2025-03-27 release");
  });

  test('GET /api/v1/observed lists occupations with observed use and exposure side by side, as JSON and CSV', async ({ request }) => {
    const r = await request.get('/api/v1/observed');
    expect(r.status()).toBe(200);
    const body = await r.json();
    expect(body.release).toBe('2025-03-27');
    expect(body.source).toContain('Handa et al. 2025');
    expect(body.results.length).toBe(body.total);
    expect(body.total).toBeGreaterThan(600);
    for (let i = 1; i < body.results.length; i++) expect(body.results[i - 1].observed_exposure).toBeGreaterThanOrEqual(body.results[i].observed_exposure);
    for (const o of body.results) expect(o.observed_exposure).toBeLessThanOrEqual(o.beta + 1e-12);
    const csv = await (await request.get('/api/v1/observed?format=csv&sort=share_pct&limit=3&group=15-0000')).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('onet_soc_code,title,major_group,employment,beta,observed_exposure,share_pct,automation_share,augmentation_share,coverage,matched_tasks,task_count,release');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((l) => l.includes(',15-0000,'))).toBe(true);
    const bad = await request.get('/api/v1/observed?sort=nope');
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'invalid_query', field: 'sort' });
    expect((await request.get('/api/v1/observed?page=2')).status()).toBe(400);
  });

  test('the home page compares exposure and observed use nationally; the section fits a phone', async ({ page, request }) => {
    const national = (await (await request.get('/api/v1/observed')).json()).national;
    await page.goto('/');
    const section = page.locator('section[aria-labelledby="observed-national"]');
    await expect(section.getByRole('heading', { level: 2, name: 'Is it already happening?' })).toBeVisible();
    await expect(section.locator('.card').nth(0)).toContainText(pct(national.beta));
    await expect(section.locator('.card').nth(1)).toContainText(pct(national.observed_exposure, 1));
    await expect(section.locator('tbody tr')).toHaveCount(8);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const url of ['/', `/occupations/${CODE}`]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });
});
