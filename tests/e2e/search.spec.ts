import { expect, test } from '@playwright/test';

test.describe('job-title search', () => {
  test('typing a title and choosing a suggestion lands on the occupation', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Find your occupation by job title' });
    await box.fill('paralegal');
    const first = page.getByRole('option').first();
    await expect(first).toContainText('Paralegals and Legal Assistants');
    await first.click();
    await expect(page).toHaveURL(/\/occupations\/23-2011\.00$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paralegals and Legal Assistants');
  });

  test('keyboard: arrows move the highlight, Escape closes, Enter opens the highlighted occupation', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Find your occupation by job title' });
    await box.focus();
    await page.keyboard.type('software enginer');
    const options = page.getByRole('option');
    await expect(options.first()).toContainText('Software Developers');
    expect(await options.count()).toBeGreaterThan(1);
    await expect(box).toHaveAttribute('aria-expanded', 'true');

    await page.keyboard.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('listbox', { includeHidden: true }).first()).toBeHidden();

    await page.keyboard.press('ArrowDown'); // reopens on the first option
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/occupations\/15-1252\.00$/);
  });

  test('Enter without a highlighted suggestion opens the results page', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Find your occupation by job title' });
    await box.fill('RN');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=RN$/);
    const first = page.locator('ol.results li').first();
    await expect(first).toContainText('Registered Nurses');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/occupations\/29-1141\.00$/);
  });

  test('nonsense gets no occupations but an empty state with suggestions that work', async ({ page }) => {
    await page.goto('/search?q=xqzv%20blorp');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('No occupations match “xqzv blorp”');
    await expect(page.locator('ol.results li')).toHaveCount(0);
    const empty = page.getByTestId('search-empty');
    await expect(empty).toContainText('Most of its words are in no occupation title');
    const chips = empty.getByRole('link').filter({ hasNotText: 'browse all occupations' });
    expect(await chips.count()).toBeGreaterThanOrEqual(3);
    await chips.first().click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator('ol.results li').first()).toBeVisible();
  });

  test('the search box says when nothing matches instead of listing occupations', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Find your occupation by job title' });
    await box.fill('zzzz');
    await expect(page.getByRole('status').filter({ hasText: 'No occupation matches “zzzz”' })).toBeVisible();
    await expect(page.getByRole('option')).toHaveCount(0);
  });

  test('a misspelt title is answered but flagged as a guess', async ({ page }) => {
    await page.goto('/search?q=paralegel');
    await expect(page.locator('ol.results li').first()).toContainText('Paralegals and Legal Assistants');
    await expect(page.getByTestId('search-review')).toContainText('correcting');
  });

  test.describe('API', () => {
    for (const [q, code] of [
      ['Customer Service Rep', '43-4051.00'],
      ['CSR - Bilingual', '43-4051.00'],
      ['X-Ray Technician', '29-2034.00'],
      ['Internal Medicine Physician', '29-1216.00'],
      ['Sr. Claims Adj II - Night Shift', '13-1031.00'],
    ]) {
      test(`HR-style "${q}" → ${code}`, async ({ request }) => {
        const body = await (await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`)).json();
        expect(body.results[0].onet_soc_code).toBe(code);
      });
    }
    for (const q of ['zzzz', 'xqzv blorp', 'asdfgh']) {
      test(`nonsense "${q}" → no results, flagged, with suggestions`, async ({ request }) => {
        const res = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
        expect(res.status()).toBe(200);
        const body = await res.json();
        expect(body).toMatchObject({ results: [], confidence: 0, needs_review: true, method: 'none' });
        expect(body.suggestions.length).toBeGreaterThan(0);
      });
    }
    for (const [q, code] of [
      ['RN', '29-1141.00'],
      ['software enginer', '15-1252.00'],
      ['data entry', '43-9021.00'],
      ['HR generalist', '13-1071.00'],
      ['paralegal', '23-2011.00'],
    ]) {
      test(`"${q}" → ${code}`, async ({ request }) => {
        const res = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
        expect(res.status()).toBe(200);
        const body = (await res.json()) as { results: Array<{ onet_soc_code: string; title: string; matched_title: string; score: number }> };
        expect(body.results[0].onet_soc_code).toBe(code);
        expect(Object.keys(body.results[0]).sort()).toEqual(['matched_title', 'onet_soc_code', 'score', 'title']);
      });
    }
    test('missing q is a 400 JSON error', async ({ request }) => {
      const res = await request.get('/api/v1/search');
      expect(res.status()).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_query');
    });
  });
});

test('search results say when an occupation shares its BLS employment figure', async ({ page }) => {
  await page.goto('/search?q=registered%20nurse');
  const first = page.locator('ol.results li').first();
  await expect(first).toContainText('Registered Nurses');
  await expect(first).toContainText(/workers \(an equal 1\/5 share of BLS 29-1141's 3\.\dM\)/);
});
