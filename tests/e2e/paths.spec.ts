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
    const growth = page.getByLabel('Projected growth');
    await growth.fill('100');
    await page.getByLabel('Skill & task similarity').fill('0');
    await expect(page).toHaveURL(/w_growth=1/);
    await expect(page).toHaveURL(/w_skills=0/);
    await page.reload();
    await expect(page.getByLabel('Projected growth')).toHaveValue('100');
    const firstAfter = await page.getByTestId('paths-table').locator('tr.pth-main').first().locator('td').nth(1).locator('a').first().textContent();
    expect(firstAfter).not.toBe(first);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#path-graph').getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
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
