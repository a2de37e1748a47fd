import { expect, test } from '@playwright/test';

test.describe('what-if scenarios', () => {
  test('a slider changes the figures live, the URL keeps the state, and charts download', async ({ page }) => {
    await page.goto('/scenarios');
    await expect(page.getByTestId('engine')).toContainText('recomputed in your browser');
    const shareB = page.getByTestId('share-b').locator('.value');
    const before = await shareB.textContent();

    // Move a capability slider of scenario B by keyboard (accessible by label).
    await page.getByRole('button', { name: 'Today, with LLM software (baseline)' }).nth(1).click();
    const coding = page.getByLabel('Programming and software development').nth(1);
    await coding.focus();
    for (let i = 0; i < 30; i++) await coding.press('ArrowRight');
    await expect(coding).toHaveValue('80');
    await page.getByLabel('Adoption: share of exposed work that actually changes').nth(1).fill('60');
    await expect(shareB).not.toHaveText(before ?? '');
    const after = await shareB.textContent();
    await expect(page.getByText(/recomputed in \d+(\.\d)? ms in your browser/).first()).toBeVisible();

    // The state is in the URL and survives a reload.
    await expect(page).toHaveURL(/[?&]b=[0-9*.]+_60_1/);
    const url = page.url();
    await page.goto(url);
    await expect(page.getByTestId('engine')).toContainText('recomputed in your browser');
    await expect(page.getByLabel('Programming and software development').nth(1)).toHaveValue('80');
    await expect(page.getByTestId('share-b').locator('.value')).toHaveText(after ?? '');

    // Exports: CSV and SVG of the comparison chart, PNG of the movers.
    const frame = page.locator('#scenario-bands');
    const [csv] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = await (await csv.createReadStream()).toArray();
    expect(Buffer.concat(text).toString()).toContain('band_from,band_to,workers_a,workers_b');
    const [svg] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#scenario-movers').getByRole('button', { name: 'Download PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
  });

  test('presets apply, tools off disables E2 and the recompute stays fast', async ({ page }) => {
    await page.goto('/scenarios?a=today&b=today');
    await expect(page.getByTestId('engine')).toContainText('recomputed in your browser');
    await page.getByRole('button', { name: 'No LLM capability' }).first().click();
    await expect(page.getByTestId('share-a').locator('.value')).toHaveText('0.0%');
    await expect(page).toHaveURL(/a=none/);
    await page.getByLabel('Count work that needs LLM software (E2)').nth(1).uncheck();
    await expect(page.getByText('no effect while tools do not count')).toBeVisible();
    const ms = await page.evaluate(() => [...document.querySelectorAll('.scn-timing')].map((e) => e.textContent ?? '').join(' '));
    for (const m of ms.matchAll(/recomputed in ([\d.]+) ms/g)) expect(Number(m[1])).toBeLessThan(200);
  });

  test('presets say what they assume; "vs the baseline" says why; the biggest movers are explained by their tasks', async ({ page }) => {
    await page.goto('/scenarios?a=today&b=chat');
    await expect(page.getByTestId('engine')).toContainText('recomputed in your browser');
    await expect(page.getByRole('button', { name: 'Today, chat only (no LLM software)' }).nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('vs-baseline-a')).toHaveText('the baseline (today, with LLM software)');
    await expect(page.getByTestId('preset-desc-b')).toContainText('not because a chat assistant lowers anything');
    // Chat only reads lower than the baseline: the card says it is because LLM-software work is not counted.
    const b = page.getByTestId('vs-baseline-b');
    await expect(b).toContainText(/^−\d+\.\d pp/);
    await expect(b).toContainText('because: work that needs LLM software is not counted');

    await page.goto('/scenarios?a=today&b=agents');
    const reasons = page.getByTestId('mover-reasons');
    await expect(reasons.locator(':scope > li')).toHaveCount(6);
    const first = reasons.locator(':scope > li').first();
    await expect(first.locator('li')).toHaveCount(3);
    await expect(first.locator('li').first()).toContainText(/“.+” — \d+% → \d+% exposed \(adds \+0\.\d{3} to the occupation\); it resembles .+ work/);
    await expect(first).toContainText(/the rest is spread over its other \d+ tasks/);
  });

  test('the explain API: task contributions add up to no more than the change, bad input is refused', async ({ request }) => {
    const ok = await request.get('/api/v1/scenarios/explain?a=today&b=agents&codes=27-2042.00,43-9021.00&limit=10');
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.b.differences_from_baseline).toContain('capability above today in 16 of 16 groups');
    expect(body.occupations).toHaveLength(2);
    for (const o of body.occupations) {
      expect(o.tasks.length).toBeGreaterThan(0);
      expect(o.task_count).toBeGreaterThanOrEqual(o.tasks.length);
      for (const t of o.tasks) {
        expect(t.statement.length).toBeGreaterThan(10);
        expect(t.beta_b).toBeGreaterThanOrEqual(t.beta_a);
        expect(t.group?.name).toBeTruthy();
      }
    }
    const bad = await request.get('/api/v1/scenarios/explain?a=today&b=warp&codes=27-2042.00');
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^b: not a preset id/);
    expect((await request.get('/api/v1/scenarios/explain?a=today&b=agents&codes=nope')).status()).toBe(400);
  });

  test('the API rejects bad scenarios with the reason', async ({ request }) => {
    const bad = await request.post('/api/v1/scenarios/evaluate', { data: { levels: { telepathy: 0.5 } } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toContain('levels.telepathy');
    const ok = await request.post('/api/v1/scenarios/evaluate', { data: { levels: { coding: 1 }, adoption: 0.5, tools: true } });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).occupations.length).toBeGreaterThan(800);
  });
});
