import { expect, test } from '@playwright/test';

test('filter the browse table, keep the view in the URL and reload it', async ({ page }) => {
  await page.goto('/occupations');
  await expect(page.getByRole('heading', { level: 1, name: 'Occupations' })).toBeVisible();
  await page.getByLabel('Group', { exact: true }).selectOption('15-0000');
  await page.getByLabel('Exposure from (%)').fill('60');
  await page.getByLabel('Employment at least').fill('50000');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/group=15-0000/);
  await expect(page).toHaveURL(/exp_min=60(&|$)/);

  const rows = page.locator('#occupations-table tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  const betas = await rows.locator('td:nth-child(2)').allInnerTexts();
  // shown in percent, as the filter takes it
  expect(betas.every((b) => /^\d+%$/.test(b) && Number(b.slice(0, -1)) >= 60)).toBe(true);
  const codes = await rows.locator('td:first-child .mono').allInnerTexts();
  expect(codes.every((c) => c.startsWith('15-'))).toBe(true);

  // sort by employment through the column header, then reload: same view
  await page.locator('#occupations-table thead').getByRole('link', { name: /^Employment/ }).click();
  await expect(page).toHaveURL(/sort=employment/);
  const before = await rows.locator('td:first-child a').allInnerTexts();
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  expect(await rows.locator('td:first-child a').allInnerTexts()).toEqual(before);
  await expect(page.getByLabel('Exposure from (%)')).toHaveValue('60');
  await expect(page.getByLabel('Group', { exact: true })).toHaveValue('15-0000');
  // The cell may carry the split hint ("1/5 of BLS 29-1141's 3.2M") under the number.
  const emp = (await rows.locator('td:nth-child(5)').allInnerTexts()).map((t) => Number(t.split('\n')[0].replace(/,/g, '')));
  expect(emp.every((e) => Number.isFinite(e) && e > 0)).toBe(true);
  expect([...emp].sort((a, b) => b - a)).toEqual(emp);
  // An API-style link (beta_min in 0–1) opens the same view, shown in percent.
  await page.goto('/occupations?group=15-0000&beta_min=0.6');
  await expect(page.getByLabel('Exposure from (%)')).toHaveValue('60');
});

test('browse CSV downloads carry the filtered rows', async ({ request }) => {
  const res = await request.get('/api/v1/occupations?format=csv&group=15-0000&beta_min=0.6');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  const lines = (await res.text()).trimEnd().split('\r\n');
  expect(lines[0].startsWith('onet_soc_code,soc_code,title')).toBe(true);
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.slice(1).every((l) => l.startsWith('15-'))).toBe(true);
  const all = await request.get('/api/v1/occupations?format=csv');
  expect((await all.text()).trimEnd().split('\r\n').length).toBe(1016 + 1);
});
