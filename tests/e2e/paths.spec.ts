import { expect, test } from '@playwright/test';

test.describe('reskilling paths', () => {
  test('a paths page shows the graph, at least three paths with gaps, and re-weights in the URL', async ({ page }) => {
    await page.goto('/paths/43-9021.00');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reskilling paths from Data Entry Keyers');
    await expect(page.getByText(/at least\s+0\.05\s+below/)).toBeVisible();
    const graph = page.getByTestId('path-graph');
    await expect(graph).toBeVisible();
    expect(await graph.locator('circle').count()).toBeGreaterThanOrEqual(4);
    const rows = page.getByTestId('paths-table').locator('tr.pth-main');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('paths-table').getByText('To learn:').first()).toBeVisible();

    const first = await rows.first().locator('td').nth(1).locator('a').first().textContent();
    const growth = page.getByLabel('Outlook (growth, openings)');
    await growth.fill('100');
    await page.getByLabel('Fit (similarity, O*NET related)').fill('0');
    await expect(page).toHaveURL(/w_growth=1/);
    await expect(page).toHaveURL(/w_skills=0/);
    await page.reload();
    await expect(page.getByLabel('Outlook (growth, openings)')).toHaveValue('100');
    const firstAfter = await page.getByTestId('paths-table').locator('tr.pth-main').first().locator('td').nth(1).locator('a').first().textContent();
    expect(firstAfter).not.toBe(first);

    await page.getByLabel('Moves that keep pay within 15% first').uncheck();
    await expect(page).toHaveURL(/desirable_first=false/);
    await page.reload();
    await expect(page.getByLabel('Moves that keep pay within 15% first')).not.toBeChecked();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#path-graph').getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  });

  test('each path says why it ranks there and its gaps in words; a source with no clear path says so and shows two-step paths', async ({ page, request }) => {
    await page.goto('/paths/43-9021.00');
    await expect(page.getByTestId('paths-verdict')).toBeVisible();
    const firstGaps = page.getByTestId('paths-table').locator('tr.pth-gaprow').first();
    await expect(firstGaps.getByText('Why here:')).toBeVisible();
    await firstGaps.locator('summary').click();
    await expect(firstGaps.getByText(/at level \d+(\.\d+)?, e\.g\. “/).first()).toBeVisible();

    await page.goto('/paths/23-2011.00');
    await expect(page.getByTestId('paths-verdict')).toContainText('No close occupation is clearly less exposed than Paralegals and Legal Assistants');
    await expect(page.getByRole('heading', { name: 'Two-step paths' })).toBeVisible();
    await expect(page.getByTestId('paths-excluded')).toContainText('Left out for barriers');

    const api = await (await request.get('/api/v1/occupations/13-1031.00/paths')).json();
    expect(api.verdict.clear).toBe(false);
    expect(api.barriers.map((b: { title: string }) => b.title)).toContain('Lawyers');
    for (const p of api.paths) {
      expect(p.why.length).toBeGreaterThan(2);
      expect(p.barriers).toEqual([]);
      expect(typeof p.components.skills).toBe('number');
    }
    expect(Array.isArray(api.two_step)).toBe(true);
    const labelled = await (await request.get('/api/v1/occupations/13-1031.00/paths?barriers=label&limit=50')).json();
    expect(labelled.paths.some((p: { barriers: unknown[] }) => p.barriers.length > 0)).toBe(true);
    expect((await request.get('/api/v1/occupations/13-1031.00/paths?barriers=maybe')).status()).toBe(400);
  });

  test('on a phone the paths are cards: no sideways scrolling', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto('/paths/53-3032.00');
    const card = page.getByTestId('paths-table').locator('tr.pth-main').first();
    await expect(card).toBeVisible();
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  test('unknown occupations get a 404 page and a 404 JSON', async ({ page, request }) => {
    const res = await page.goto('/paths/99-9999.00');
    expect(res?.status()).toBe(404);
    const api = await request.get('/api/v1/occupations/99-9999.00/paths');
    expect(api.status()).toBe(404);
    const bad = await request.get('/api/v1/occupations/43-9021.00/paths?limit=abc');
    expect(bad.status()).toBe(400);
  });
});
