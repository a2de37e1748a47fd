import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';

const SAMPLE = path.resolve('tests/fixtures/rosters/sample.csv');

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; body: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: (dl as Download).suggestedFilename(), body: fs.readFileSync((await dl.path())!, 'utf8') };
}

const matches = (page: Page) => page.getByRole('table', { name: 'Roster rows and their matched occupations' }).locator('tbody tr');
const matchRow = (page: Page, line: number) => matches(page).filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${line}$`) }) });

test.describe('roster', () => {
  test('upload the sample roster, see matches, correct one, download the matched CSV and a chart', async ({ page }) => {
    await page.goto('/roster');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your organisation’s exposure');
    await page.getByLabel('Upload a CSV file').setInputFiles(SAMPLE);
    await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('20 rows matched.');

    // one row per roster line, in order, each matched
    await expect(matches(page)).toHaveCount(20);
    await expect(matchRow(page, 2)).toContainText('Registered Nurses');
    await expect(matchRow(page, 10)).toContainText('Paralegals and Legal Assistants');
    await expect(page.getByText(/organisation exposure/)).toBeVisible();
    await expect(page.locator('figure#roster-departments svg')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reskilling paths for the most exposed roles' })).toBeVisible();
    const before = await page.locator('.card .value').first().textContent();

    // correct "Truck Driver" (line 18) to its alternative: heavy trucks
    const truck = matchRow(page, 18);
    await expect(truck).toContainText('Light Truck Drivers');
    await truck.getByRole('combobox').selectOption({ label: 'Heavy and Tractor-Trailer Truck Drivers' });
    await expect(matchRow(page, 18)).toContainText('corrected');
    await expect(matchRow(page, 18).getByRole('link')).toHaveText('Heavy and Tractor-Trailer Truck Drivers');

    // correct "Data Analyst" (line 6) by searching another occupation
    await matchRow(page, 6).getByRole('combobox').selectOption({ label: 'Search another occupation…' });
    await page.getByLabel('Search an occupation for “Data Analyst”').fill('business intelligence');
    await page.getByRole('button', { name: /Business Intelligence Analysts/ }).click();
    await expect(matchRow(page, 6).getByRole('link')).toHaveText('Business Intelligence Analysts');
    await expect(page.locator('.card .value').first()).not.toHaveText(before ?? '');

    const csv = await download(page, () => page.getByRole('button', { name: 'Download the matched roster (CSV)' }).click());
    expect(csv.name).toBe('roster-matched.csv');
    expect(csv.body.endsWith('\r\n')).toBe(true);
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^line,job_title,department,headcount,onet_soc_code,title,confidence/);
    expect(lines.find((l) => l.startsWith('18,'))).toMatch(/^18,Truck Driver,Logistics,12,53-3032\.00,Heavy and Tractor-Trailer Truck Drivers,1,false,true,/);
    expect(lines.find((l) => l.startsWith('6,'))).toMatch(/^6,Data Analyst,Technology,8,15-2051\.01,/);

    const chart = await download(page, () => page.locator('figure#roster-departments').getByRole('button', { name: 'Download CSV' }).click());
    expect(chart.body).toContain('department,headcount,beta,exposed_hours_per_year');
    const svg = await download(page, () => page.locator('figure#roster-roles').getByRole('button', { name: 'Download SVG' }).click());
    expect(svg.body.startsWith('<svg')).toBe(true);
  });

  test('a bad roster shows the line and column at fault', async ({ page }) => {
    await page.goto('/roster');
    // (A bad row among good ones is skipped and listed instead: tests/e2e/plain-words.spec.ts.)
    await page.getByLabel(/Or paste the roster/).fill('Job Title,Headcount\nParalegal,lots\nClerk,several\n');
    await page.getByRole('button', { name: 'Match and analyse' }).click();
    await expect(page.locator('.notice[role=alert]')).toContainText('Line 2, column “Headcount”');
  });

  test('pasted text that looks like markup is shown as text', async ({ page }) => {
    await page.goto('/roster');
    await page.getByLabel(/Or paste the roster/).fill('Job Title,Headcount\n<img src=x onerror=alert(1)>,3\n');
    await page.getByRole('button', { name: 'Match and analyse' }).click();
    await expect(matches(page).first().locator('td').nth(1)).toHaveText('<img src=x onerror=alert(1)>');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test('HR-style titles match; a title that matches nothing is listed as unmatched, flagged and left out', async ({ page }) => {
    await page.goto('/roster');
    await page
      .getByLabel(/Or paste the roster/)
      .fill('Job Title,Headcount,Department\nCustomer Service Rep,120,Service\nCSR - Bilingual,18,Service\nxqzv blorp,3,Service\nRN - ICU Night Shift,25,Nursing\n');
    await page.getByRole('button', { name: 'Match and analyse' }).click();
    await expect(page.getByRole('status')).toHaveText('4 rows: 3 matched, 1 unmatched.');
    await expect(matchRow(page, 2).getByRole('link')).toHaveText('Customer Service Representatives');
    await expect(matchRow(page, 3).getByRole('link')).toHaveText('Customer Service Representatives');
    // an ICU nurse lands on Critical Care Nurses, one of the O*NET occupations of SOC 29-1141 Registered Nurses
    await expect(matchRow(page, 5).getByRole('link')).toHaveAttribute('href', /^\/occupations\/29-1141\.\d\d$/);
    const unmatched = matchRow(page, 4);
    await expect(unmatched.getByTestId('unmatched')).toContainText('Unmatched');
    await expect(unmatched).toContainText('⚠ check');
    await expect(unmatched.getByRole('link')).toHaveCount(0);
    await expect(page.getByTestId('unmatched-count')).toContainText('1 title matches no occupation');
    // the 3 unmatched people are not in the matched headcount
    await expect(page.getByText('163 / 166')).toBeVisible();
    // "only matches to check" keeps the unmatched row
    await page.getByLabel(/Only matches to check/).check();
    await expect(matchRow(page, 4)).toBeVisible();
  });
});
