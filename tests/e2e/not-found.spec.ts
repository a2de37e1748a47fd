import { expect, test } from '@playwright/test';

for (const path of ['/occupations/99-9999.00', '/occupations/not-a-code', '/no-such-page']) {
  test(`404 for ${path}`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('combobox').first()).toBeVisible();
  });
}

test('API 404s and 400s are JSON errors', async ({ request }) => {
  const missing = await request.get('/api/v1/occupations/99-9999.00');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe('not_found');
  const bad = await request.get('/api/v1/occupations?limit=5001');
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.code).toBe('invalid_query');
  expect(body.error.issues[0].path).toBe('limit');
});

test('an occupation page shows its exposure, tasks and evidence', async ({ page, request }) => {
  await page.goto('/occupations/15-1252.00');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Software Developers');
  await expect(page.getByRole('heading', { name: /^Tasks \(\d+\)$/ })).toBeVisible();
  const api = await (await request.get('/api/v1/occupations/15-1252.00')).json();
  expect(typeof api.beta).toBe('number');
  expect(api.tasks.length).toBeGreaterThan(5);
  expect(typeof api.bls.employment).toBe('number');
  await expect(page.getByText(`${Math.round(api.beta * 100)}%`).first()).toBeVisible();
});
