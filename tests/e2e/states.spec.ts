import fs from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

async function download(page: Page, chart: string, label: string): Promise<{ name: string; body: Buffer }> {
  const fig = page.locator(`figure#${chart}`);
  const [dl] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: label }).click()]);
  return { name: (dl as Download).suggestedFilename(), body: fs.readFileSync((await dl.path())!) };
}

test.describe('exposure by state', () => {
  test('the map shows every state with its value, reachable by keyboard', async ({ page }) => {
    await page.goto('/states');
    await expect(page.getByRole('heading', { level: 1, name: 'Exposure by state' })).toBeVisible();
    const map = page.locator('figure#states-map svg');
    const links = map.locator('a');
    await expect(links).toHaveCount(51);
    // Each state's accessible name carries its value and rank.
    await expect(map.getByRole('link', { name: /^California: \d+\.\d% \(\d+ of 51\)$/ })).toHaveCount(1);
    await expect(map.getByRole('link', { name: /^District of Columbia: / })).toHaveCount(1);
    // Tab from the measure switch into the map: the first state link takes focus.
    await page.getByRole('link', { name: 'Workers with half their tasks exposed' }).focus();
    let focused = '';
    for (let i = 0; i < 5 && !focused.includes(' of 51)'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(focused).toMatch(/^[A-Z][a-zA-Z ]+: \d+\.\d% \(\d+ of 51\)$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/states\/[A-Z]{2}$/);
    await expect(page.getByRole('heading', { level: 1, name: /^Exposure in / })).toBeVisible();
  });

  test('the measure switch lives in the URL and changes the map', async ({ page }) => {
    await page.goto('/states');
    const before = await page.locator('figure#states-map svg a').first().getAttribute('aria-label');
    await page.getByRole('link', { name: 'Workers with half their tasks exposed' }).click();
    await expect(page).toHaveURL(/measure=share50/);
    await expect(page.locator('figure#states-map-share50 h3')).toHaveText('Workers with half their tasks exposed by state');
    const after = await page.locator('figure#states-map-share50 svg a').first().getAttribute('aria-label');
    expect(after).not.toBe(before);
  });

  test('the colour scale is said under the map and switchable: fixed 5-point bands by default, quantiles on request', async ({ page }) => {
    await page.goto('/states');
    const fig = page.locator('figure#states-map');
    await expect(fig.locator('figcaption')).toContainText('fixed 5-point bands on the whole 0–100% scale');
    const fixed = await fig.locator('ul.map-legend li').allInnerTexts();
    // bands of 5 points (e.g. "30.0%–35.0%"), fewer than the 5 quantile classes for a spread of about 10 points
    for (const t of fixed) {
      const [a, b] = t.split('–').map((x) => Number.parseFloat(x));
      expect(b - a).toBeCloseTo(5, 5);
    }
    expect(fixed.length).toBeLessThan(5);
    await page.getByRole('link', { name: 'Quantiles (more contrast)' }).click();
    await expect(page).toHaveURL(/scale=quantile/);
    await expect(fig.locator('figcaption')).toContainText('five quantile classes');
    await expect(fig.locator('ul.map-legend li')).toHaveCount(5);
  });

  test('exports the map as PNG and SVG with title, legend and source, and the CSV behind it', async ({ page }) => {
    await page.goto('/states');
    const png = await download(page, 'states-map', 'Download PNG');
    expect(png.body.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(true);
    expect(png.body.length).toBeGreaterThan(20000);
    const svg = (await download(page, 'states-map', 'Download SVG')).body.toString('utf8');
    expect(svg).toContain('Average exposure by state');
    expect(svg).toContain('BLS OEWS May 2025 state estimates');
    expect(svg).not.toContain('May 2023');
    expect(svg).toContain('export-legend');
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(51);
    const csv = (await download(page, 'states-map', 'Download CSV')).body.toString('utf8');
    const lines = csv.trimEnd().split(/\r?\n/).filter((l) => !l.startsWith('#'));
    expect(lines[0]).toContain('postal');
    expect(lines).toHaveLength(52);
  });

  test('the map embeds: the snippet points at /embed/states-map, which renders the map alone', async ({ page, baseURL }) => {
    await page.goto('/states');
    const fig = page.locator('figure#states-map');
    // Hydrated first (the export buttons are enabled then): a click on the summary before that can be undone by hydration.
    await expect(fig.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
    await fig.getByText(/Cite this/).click();
    await expect(fig.locator('pre, textarea, code').filter({ hasText: '<iframe' }).first()).toContainText(`${baseURL}/embed/states-map`);
    const res = await page.goto('/embed/states-map-share50');
    expect(res?.status()).toBe(200);
    await expect(page.locator('figure#states-map-share50 svg a')).toHaveCount(51);
    expect((await page.goto('/embed/states-map-nope'))?.status()).toBe(404);
  });

  test('a state page: headline beside the U.S., occupation lists and the group chart', async ({ page }) => {
    await page.goto('/states/ca');
    await expect(page.getByRole('heading', { level: 1, name: 'Exposure in California' })).toBeVisible();
    await expect(page.getByText(/rank \d+ of 51; U\.S\. \d+\.\d%/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Most exposed occupations in California' }).locator('tbody tr')).toHaveCount(10);
    await expect(page.locator('figure#state-groups svg')).toBeVisible();
    const res = await page.goto('/states/zz');
    expect(res?.status()).toBe(404);
  });

  test('on a phone the tables become cards and nothing runs off the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const url of ['/states', '/states/TX']) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
      const head = page.locator('table.cards-on-phone thead').first();
      expect(await head.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    }
  });
});

test('an occupation page maps its wage by state and lists employment, with the split explained', async ({ page }) => {
  await page.goto('/occupations/29-1141.00');
  const section = page.locator('section[aria-labelledby="by-state"]');
  await expect(section.getByRole('heading', { name: 'By state', exact: true })).toBeVisible();
  await expect(section).toContainText('shared by 5 O*NET occupations');
  await expect(section.locator('figure#occupation-states svg a')).toHaveCount(51);
  await expect(section.getByRole('link', { name: /^California: median wage \$[\d,]+, [\d.]+k workers$/ })).toHaveCount(1);
  await section.getByText(/All 51 states as a table/).click();
  await expect(section.getByRole('table').locator('tbody tr')).toHaveCount(51);
});

test("scenarios for one state's workforce: the select reloads with ?state= and the figures change", async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto('/scenarios');
  const bandsBefore = await page.locator('figure#scenario-bands figcaption').innerText();
  expect(bandsBefore).toContain('U.S. employment');
  await page.getByLabel('Workforce:').selectOption('WV');
  await expect(page).toHaveURL(/state=WV/);
  await expect(page.getByText("Weighted by West Virginia's workers (BLS OEWS May 2025 state estimates).")).toBeVisible();
  await expect(page.locator('figure#scenario-bands figcaption')).toContainText('West Virginia employment');
  await expect(page.getByTestId('engine')).toContainText('Live:');
  // The biggest movers are still explained by their tasks (the explanation does not depend on the workforce).
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  // The link keeps the state: reloading it shows the same workforce.
  await page.reload();
  await expect(page.getByLabel('Workforce:')).toHaveValue('WV');
});

test("a roster is compared with the chosen state's workforce", async ({ page }) => {
  await page.goto('/roster');
  await page.getByLabel('Compare with the workforce of').selectOption('TX');
  await page.getByRole('button', { name: 'Try the sample roster' }).click();
  await expect(page.getByTestId('benchmark')).toContainText('the workforce of Texas (employment-weighted, BLS OEWS May 2025 state)');
  await page.getByLabel('Compare with the workforce of').selectOption('');
  await expect(page.getByTestId('benchmark')).toContainText('the workforce of the United States');
});
