import { expect, test } from '@playwright/test';

test.describe('job description scoring', () => {
  test('paste a job description and see scored tasks with evidence and the closest occupations', async ({ page }) => {
    await page.goto('/score');
    await page.getByLabel(/Paste the job description/).fill(
      'Responsibilities:\n- Draft and proofread legal documents and contracts.\n- Conduct legal research; summarize case law for attorneys.\n- Drive to the courthouse to file documents in person.',
    );
    await page.getByRole('button', { name: 'Score', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Exposure of this role' })).toBeVisible();
    const rows = page.getByRole('table', { name: 'Tasks found in the text and their exposure' }).locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.first()).toContainText('Draft and proofread legal documents and contracts.');
    await rows.first().getByText('Evidence').click();
    await expect(rows.first().getByText('Nearest O*NET tasks:')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Closest occupations' })).toBeVisible();
    const first = page.locator('ol li a').first();
    await expect(first).toHaveAttribute('href', /^\/occupations\/\d{2}-\d{4}\.\d{2}$/);
  });

  test('the example, and a clear error for text without tasks', async ({ page }) => {
    await page.goto('/score');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(page.locator('tbody tr').first()).toBeVisible();
    await page.getByLabel(/Paste the job description/).fill('Hello');
    await page.getByRole('button', { name: 'Score', exact: true }).click();
    await expect(page.locator('.notice[role=alert]')).toContainText('no task sentences found');
  });
});
