import fs from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

async function download(page: Page, chart: string, label: string): Promise<{ name: string; body: Buffer }> {
  const fig = page.locator(`figure#${chart}`);
  const [dl] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: label }).click()]);
  return { name: (dl as Download).suggestedFilename(), body: fs.readFileSync((await dl.path())!) };
}

const CHARTS = ['exposure-histogram', 'exposure-by-group', 'exposure-by-wage', 'exposure-by-job-zone', 'exposure-by-education'];

test.describe('home charts export', () => {
  test('headline figures sit beside the published ones', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'The national picture' })).toBeVisible();
    await expect(page.getByText('Published: Eloundou et al. (2023)')).toBeVisible();
  });

  for (const chart of CHARTS) {
    test(`${chart}: PNG, SVG and CSV`, async ({ page }) => {
      await page.goto('/');
      const png = await download(page, chart, 'Download PNG');
      expect(png.name).toMatch(/\.png$/);
      expect(png.body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
      expect(png.body.length).toBeGreaterThan(5000);

      const svg = await download(page, chart, 'Download SVG');
      const text = svg.body.toString('utf8');
      expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(text).toContain('O*NET 30.1 (CC BY 4.0)');
      expect(text).toContain(`#${chart}`);

      const csv = await download(page, chart, 'Download CSV');
      const lines = csv.body.toString('utf8').trimEnd().split('\r\n');
      const data = lines.filter((l) => !l.startsWith('#'));
      expect(lines[0]).toMatch(/^# /);
      expect(lines.some((l) => l.startsWith('# Source: Exposure Atlas'))).toBe(true);
      expect(data[0].split(',').length).toBeGreaterThan(1);
      expect(data.length).toBeGreaterThan(3);
      const cols = data[0].split(',').length;
      expect(data.slice(1).every((l) => l.split(',').length >= cols)).toBe(true);
    });
  }

  test('a chart permalink reopens the view', async ({ page }) => {
    await page.goto('/#exposure-by-group');
    await expect(page.locator('figure#exposure-by-group')).toBeInViewport();
  });

  test('the embed snippet carries this site\'s address, and the embed page may be framed anywhere', async ({ page, playwright, baseURL }) => {
    await page.goto('/');
    const fig = page.locator('figure#exposure-histogram');
    await fig.getByText(/Cite this/).click();
    await expect(fig.locator('pre').filter({ hasText: '<iframe' })).toContainText(`src="${baseURL}/embed/exposure-histogram"`);
    // A fresh request context: a socket kept alive from earlier tests may be closed by the server mid-request.
    const request = await playwright.request.newContext({ baseURL });
    const embed = await request.get('/embed/exposure-histogram');
    expect(embed.status()).toBe(200);
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    await request.dispose();
  });
});
