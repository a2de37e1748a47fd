import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
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

      // A plain CSV: header first, no comment lines; every row as wide as the header.
      const csv = await download(page, chart, 'Download CSV');
      const lines = csv.body.toString('utf8').trimEnd().split('\r\n');
      expect(lines.some((l) => l.startsWith('#'))).toBe(false);
      expect(lines[0]).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
      expect(lines.length).toBeGreaterThan(3);
      const cols = lines[0].split(',').length;
      expect(lines.slice(1).every((l) => l.split(',').length >= cols)).toBe(true);

      // The ZIP: the same CSV beside a README with title, source and an absolute permalink.
      const zip = await download(page, chart, 'CSV + README (ZIP)');
      expect(zip.name).toBe(csv.name.replace(/\.csv$/, '.zip'));
      const files = unzipSync(new Uint8Array(zip.body));
      expect(strFromU8(files[csv.name])).toBe(csv.body.toString('utf8'));
      const readme = strFromU8(files['README.txt']);
      expect(readme).toContain('Source: Exposure Atlas');
      expect(readme).toMatch(new RegExp(`Permalink: http://127\\.0\\.0\\.1:\\d+/#${chart}`));
    });
  }

  test('a chart permalink reopens the view', async ({ page }) => {
    await page.goto('/#exposure-by-group');
    await expect(page.locator('figure#exposure-by-group')).toBeInViewport();
  });

  test('cite this: an absolute link, whole words, and a Copy button that copies it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/');
    const fig = page.locator('figure#exposure-by-group');
    // Hydrated first (the export buttons are enabled then): a click on the summary before that can be undone by hydration.
    await expect(fig.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
    await fig.getByText(/Cite this/).click();
    const cite = fig.getByTestId('cite');
    await expect(cite).toContainText(`${baseURL}/#exposure-by-group`);
    await expect(cite).toContainText(`(accessed ${new Date().toISOString().slice(0, 10)})`);
    // No word is broken inside the citation: it wraps at spaces only.
    expect(await cite.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('normal');
    await fig.getByRole('button', { name: 'Copy citation' }).click();
    await expect(fig.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await cite.textContent());
  });

  test('the embed snippet, pasted into a plain page elsewhere, shows the whole chart at 1366 and 390 px', async ({ browser, baseURL, playwright }) => {
    // A fresh request context: a socket kept alive from earlier tests may be closed by the server mid-request.
    const request = await playwright.request.newContext({ baseURL });
    const embed = await request.get('/embed/exposure-histogram');
    expect(embed.status()).toBe(200);
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    await request.dispose();

    const home = await browser.newPage();
    await home.goto(`${baseURL}/`);
    const fig = home.locator('figure#exposure-by-wage');
    // Hydrated first (the export buttons are enabled then): a click on the summary before that can be undone by hydration.
    await expect(fig.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
    await fig.getByText(/Cite this/).click();
    const snippet = (await fig.getByTestId('embed').textContent()) ?? '';
    expect(snippet).toContain(`src="${baseURL}/embed/exposure-by-wage"`);
    await home.close();

    // A plain page on another origin (a local server on its own port: Chromium refuses frames from a
    // local site inside a public page, and a routed page counts as public).
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><meta charset="utf-8"><title>A blog</title><body style="margin:20px"><h1>A blog post</h1>${snippet}<p id="after">After the chart.</p></body>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    for (const width of [1366, 390]) {
      const ctx = await browser.newContext({ viewport: { width, height: 2000 } });
      const host = await ctx.newPage();
      await host.goto(hostUrl);
      const frame = host.frameLocator('iframe[data-exposure-atlas]');
      // The frame renders on the server and lays its chart out in the browser: generous under a loaded CI machine.
      await expect(frame.getByRole('button', { name: 'CSV + README (ZIP)' })).toBeVisible({ timeout: 30_000 });
      const iframe = host.locator('iframe[data-exposure-atlas]');
      // The frame grows or shrinks to its content: the last line (the exports and "cite this") is inside it, nothing is cut.
      await expect
        .poll(
          async () => {
            const inner = await host.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
            const outer = (await iframe.boundingBox())?.height ?? 0;
            // Still at the fallback: the page fills its 640 px viewport until the size message arrives.
            return outer === 640 ? Infinity : Math.abs(inner - outer);
          },
          { timeout: 30_000 },
        )
        .toBeLessThanOrEqual(1);
      const box = (await iframe.boundingBox())!;
      const details = (await frame.getByText(/Cite this/).boundingBox())!;
      expect(details.y + details.height).toBeLessThanOrEqual(box.y + box.height);
      expect(box.width).toBeLessThanOrEqual(width);
      expect(box.height, 'the frame left its 640 px fallback height').not.toBe(640);
      await ctx.close();
    }
    server.close();
  });
});