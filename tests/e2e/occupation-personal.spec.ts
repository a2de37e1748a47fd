import { expect, test } from '@playwright/test';

test.describe('occupation page: personal mode, skill split, paths', () => {
  test('unticking tasks changes your exposure and skills at risk; the URL keeps the selection', async ({ page }) => {
    await page.goto('/occupations/43-9021.00');
    const mode = page.getByTestId('personal-mode');
    await expect(mode.getByRole('heading', { name: 'Your version of this job' })).toBeVisible();
    const beta = mode.getByTestId('personal-beta');
    const before = await beta.textContent();
    const atRisk = mode.getByTestId('personal-skills').getByRole('heading', { level: 3 });
    await expect(atRisk).toHaveText(/Your skills at risk \([1-9]\d*\)/);

    // Tasks are listed most exposed first: dropping the first three lowers the exposure.
    const boxes = mode.getByRole('checkbox');
    for (let i = 0; i < 3; i++) await boxes.nth(i).uncheck();
    await expect(beta).not.toHaveText(before ?? '');
    expect(Number(await beta.textContent())).toBeLessThan(Number(before));
    await expect(mode.getByText(/Tasks you do \(\d+ of \d+\)/)).toBeVisible();
    await expect(page).toHaveURL(/[?&]mine=/);
    const after = await beta.textContent();

    await page.reload();
    await expect(page.getByTestId('personal-beta')).toHaveText(after ?? '');
    await expect(page.getByTestId('personal-mode').getByRole('checkbox').first()).not.toBeChecked();

    // With nothing ticked, nothing is at risk; the paths link is there.
    await page.getByTestId('personal-mode').getByRole('button', { name: 'Untick all' }).click();
    await expect(page.getByTestId('personal-skills').getByRole('heading', { level: 3 })).toHaveText('Your skills at risk (0)');
    await page.getByTestId('personal-mode').getByRole('link', { name: /reskilling paths from Data Entry Keyers/ }).click();
    await expect(page).toHaveURL(/\/paths\/43-9021\.00/);
  });

  test('skills split into exposed and durable, each with the tasks behind it; paths section', async ({ page }) => {
    await page.goto('/occupations/29-1141.00');
    const exposed = page.getByTestId('skills-exposed');
    const durable = page.getByTestId('skills-durable');
    await expect(exposed.getByRole('heading', { name: /Skills in exposed work \(\d+\)/ })).toBeVisible();
    await expect(durable.getByRole('heading', { name: /Durable skills \(\d+\)/ })).toBeVisible();
    const items = page.locator('.split-item');
    expect(await items.count()).toBeGreaterThan(3);
    const why = items.first().locator('details');
    await why.locator('summary').click();
    // The heaviest tasks carrying the skill's work activities (at most three), then how many more.
    const tasks = why.locator('li:not(.muted)');
    expect(await tasks.count()).toBeGreaterThanOrEqual(1);
    expect(await tasks.count()).toBeLessThanOrEqual(3);
    await expect(tasks.first()).toContainText(/beta \d\.\d\d; \d+% of its weight; via [A-Z]/);
    await expect(page.getByTestId('paths-section')).toBeVisible();
  });
});

test.describe('/skills diverging chart', () => {
  test('the group filter lives in the URL and recomputes the chart', async ({ page }) => {
    await page.goto('/skills');
    const chart = page.locator('#skill-shifts');
    await expect(chart.getByRole('heading', { name: /all workers/ })).toBeVisible();
    const bars = chart.locator('svg g[data-key] rect');
    expect(await bars.count()).toBeGreaterThanOrEqual(60);

    await page.getByLabel('Occupation group').selectOption('15-0000');
    await expect(page).toHaveURL(/[?&]group=15-0000/);
    await expect(chart.getByRole('heading', { name: /Computer and Mathematical/ })).toBeVisible();

    await page.goto('/skills?group=43-0000&domain=knowledge');
    await expect(page.getByLabel('Occupation group')).toHaveValue('43-0000');
    await expect(page.getByLabel('Show')).toHaveValue('knowledge');
    await expect(chart.getByRole('heading', { name: /Office and Administrative Support/ })).toBeVisible();
    const n = await chart.locator('svg g[data-key] rect').count();
    expect(n).toBeGreaterThan(10);
    expect(n).toBeLessThan(40);

    const [csv] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download CSV' }).click()]);
    const text = await (await csv.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
    const lines = text.trimEnd().split('\r\n');
    // A plain CSV: the header is the first line (title, source and permalink travel in the ZIP's README).
    expect(lines[0]).toBe('element_id,name,domain,beta,difference_from_mean,mean_beta,scope,workers_relying,occupations');
    expect(lines.length - 1).toBe(n);
    expect(lines.slice(1).every((l) => l.includes(',knowledge,') && l.includes(',43-0000,'))).toBe(true);

    // An unknown group falls back to all workers.
    await page.goto('/skills?group=99-0000');
    await expect(page.getByLabel('Occupation group')).toHaveValue('');
  });
});

test.describe('navigation', () => {
  const links = ['Occupations', 'Skills', 'Technology', 'Paths', 'Scenarios', 'Roster', 'Score a job', 'Compare', 'Methodology'];

  test('every section is one click away and marked current', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of links) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    }
    await expect(page).toHaveURL(/\/methodology$/);
    await nav.getByRole('link', { name: 'Paths', exact: true }).click();
    await page.getByLabel('Your job title').fill('data entry');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await page.getByRole('link', { name: 'Paths from Data Entry Keyers' }).click();
    await expect(page).toHaveURL(/\/paths\/43-9021\.00$/);
  });

  test('on a phone a Menu button opens the links, by keyboard, without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Roster' })).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
    await nav.getByRole('link', { name: 'Roster' }).click();
    await expect(page).toHaveURL(/\/roster$/);
    for (const path of ['/', '/skills', '/occupations/43-9021.00', '/roster']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
