import { expect, test, type Page } from '@playwright/test';

/** Every chart text drawn smaller than 11 CSS pixels (font size × the scale the SVG is shown at). */
async function smallChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
      const vb = svg.viewBox.baseVal;
      if (!vb || !vb.width) continue;
      const scale = svg.getBoundingClientRect().width / vb.width;
      for (const t of svg.querySelectorAll('text')) {
        // Text that is not drawn (display: none, e.g. a map's labels on phones) has no size on screen.
        if (t.getBoundingClientRect().width === 0) continue;
        const size = parseFloat(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize) * scale;
        if (size < 10.95) out.push(`${svg.closest('figure')?.id}: ${size.toFixed(1)} px "${t.textContent?.slice(0, 30)}"`);
      }
    }
    return out;
  });
}

/** Chart labels that stick out of their SVG (cut at an edge). */
async function cutChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
      const box = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${svg.closest('figure')?.id}: "${t.textContent?.slice(0, 40)}" ${Math.round(r.left - box.left)}…${Math.round(r.right - box.right)}`);
      }
    }
    return out;
  });
}

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('true claims', () => {
  test('compare and methodology say which published data trains what, and which is comparison only', async ({ page }) => {
    await page.goto('/compare');
    const box = page.getByRole('region', { name: 'Which published data trains our scores, and which is comparison only' });
    await expect(box).toContainText(/Trains the calibrated layer: the task-level E0\/E1\/E2 labels of Eloundou et al\. \(2023\) — their GPT-4 ratings of [\d,]+ O\*NET tasks/);
    await expect(box).toContainText('cross-validated');
    await expect(box).toContainText(/Comparison only, never an input: Eloundou et al\.'s human task ratings and their occupation-level betas, Microsoft's .+ and Felten et al\.'s LM-AIOE/);
    await expect(page.getByText('never inputs to our scores')).toHaveCount(0);

    await page.goto('/methodology');
    const table = page.locator('#what-trains-what + .table-wrap table');
    await expect(table.getByRole('row', { name: /GPT-4 rater/ })).toContainText('Trains the calibrated layer');
    await expect(table.getByRole('row', { name: /Microsoft/ })).toContainText('Comparison only');
    await expect(page.getByText('no O*NET Task Ratings in this build, so tasks are weighted by type: Core 1, Supplemental 0.5, untyped 0.75')).toBeVisible();
    // The glossary holds the symbols the pages link to.
    for (const k of ['alpha', 'beta', 'gamma', 'E1', 'E2', 'spread', 'uncertainty', 'pp', 'topCoded', 'split']) await expect(page.locator(`#glossary-${k}`)).toHaveCount(1);
  });

  test('an occupation page states its real task weights and its share of split BLS employment', async ({ page }) => {
    await page.goto('/occupations/29-1141.00');
    const lede = page.locator('#exposure + p');
    await expect(lede).toContainText('(core tasks count 1, supplemental tasks count 0.5)');
    await expect(page.getByText('weighted by importance')).toHaveCount(0);
    await expect(page.locator('.kv')).toContainText("635,078 — an equal 1/5 share: BLS reports 3,175,390 for SOC 29-1141, which O*NET splits into 5 occupations");
    await page.goto('/occupations/11-2011.00');
    await expect(page.locator('#exposure + p')).toContainText('core tasks count 1, supplemental tasks count 0.5, untyped tasks count 0.75');
  });

  test('the home page reconciles the workers it covers with the workers BLS counts, and hints at split employment', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#coverage')).toContainText(/^\d+M\s*workers in the 922 scored occupations/);
    await expect(page.getByText(/Of the 152M workers BLS counts in 996 occupations, 4\.2M work in the 74 occupations for which O\*NET lists no task statements/)).toBeVisible();
    await expect(page.getByText(/152M.*workers BLS counts in the 996 occupations/)).toBeVisible();
    // Allocated figures say they are a share wherever a SOC code is split.
    await expect(page.locator('.split-hint').first()).toHaveText(/1\/\d of BLS \d\d-\d{4}'s [\d.]+[kM]/);
    await page.goto('/occupations?q=nurse');
    await expect(page.locator('#occupations-table tr', { hasText: 'Registered Nurses' }).locator('.split-hint')).toHaveText("1/5 of BLS 29-1141's 3.2M");
  });
});

test.describe('plain words first, symbols one click away', () => {
  test('occupation cards and tasks lead with words; evidence names capability groups, not code names', async ({ page }) => {
    await page.goto('/occupations/43-9021.00');
    await expect(page.locator('.cards .card').first()).toContainText('could be done twice as fast with an LLM alone');
    await expect(page.getByRole('columnheader', { name: 'LLM alone' })).toBeVisible();
    await expect(page.getByText('P(E1)')).toHaveCount(0);
    const beta = page.getByRole('link', { name: 'beta', exact: true }).first();
    await expect(beta).toHaveAttribute('href', '/methodology#glossary-beta');
    const why = page.locator('#tasks ~ .table-wrap tbody tr').first().locator('details');
    await why.locator('summary').click();
    const pills = await why.locator('.pill').allInnerTexts();
    expect(pills.length).toBeGreaterThan(0);
    for (const p of pills) expect(p).not.toMatch(/^[a-z]+(_[a-z]+)+$/);
    // The spread comes after words that say what it means, and links to its glossary entry.
    await expect(why).toContainText(/The most similar tasks that experts rated — they (agree|mostly agree|disagree) \(spread \d\.\d\d\)/);
    await expect(why.getByRole('link', { name: 'spread' })).toHaveAttribute('href', '/methodology#glossary-spread');
    await beta.click();
    await expect(page).toHaveURL(/\/methodology#glossary-beta$/);
    await expect(page.locator('#glossary-beta')).toBeInViewport();
  });
});

test.describe('roster', () => {
  test('one bad cell skips its row only, listed once with line, column and reason; fix it and run again', async ({ page }) => {
    await page.goto('/roster');
    const box = page.getByLabel(/Or paste the roster/);
    await box.fill('Job Title,Headcount\nParalegal,3\nPayroll Clerk,ten\nRegistered Nurse,40\n');
    await page.getByRole('button', { name: 'Match and analyse' }).click();
    await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
    const skipped = page.getByTestId('skipped-rows');
    await expect(skipped).toContainText('1 row was skipped; the others were analysed.');
    await expect(skipped.locator('li')).toHaveText(['Line 3, column “Headcount”: headcount must be a positive number (got "ten")']);
    await expect(page.getByRole('status').filter({ hasText: 'rows matched' })).toHaveText('2 rows matched.');

    await box.fill('Job Title,Headcount\nParalegal,3\nPayroll Clerk,10\nRegistered Nurse,40\n');
    await page.getByRole('button', { name: 'Match and analyse' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'rows matched' })).toHaveText('3 rows matched.');
    await expect(skipped).toHaveCount(0);
  });

  test('a roster with no readable row names the line once, without repeating it', async ({ page }) => {
    await page.goto('/roster');
    await page.getByLabel(/Or paste the roster/).fill('Job Title,Headcount\nClerk,several\n');
    await page.getByRole('button', { name: 'Match and analyse' }).click();
    const alert = page.locator('.notice[role=alert]');
    await expect(alert).toHaveText('The roster could not be read. Line 2, column “Headcount”: headcount must be a positive number (got "several")');
  });

  test('roster charts say they cannot be reopened instead of linking to an empty page', async ({ page }) => {
    await page.goto('/roster');
    await page.getByRole('button', { name: 'Try the sample roster' }).click();
    const roles = page.locator('figure#roster-roles');
    await expect(roles.getByTestId('no-permalink')).toContainText('Roster results are not stored');
    await expect(roles.locator('.source a')).toHaveCount(0);
    await roles.getByText(/Cite this/).click();
    await expect(roles.getByTestId('cite')).not.toContainText('/roster"');
    await expect(roles.getByTestId('cite')).toContainText('not stored');
  });
});

const PAGES = ['/', '/occupations', '/occupations/29-1141.00', '/compare', '/methodology', '/scenarios', '/score', '/skills', '/skills/2.A.1.a', '/states', '/states/CA'];

for (const width of [1366, 390]) {
  test.describe(`layout at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 500 ? 900 : 844 } });

    test('no page scrolls sideways; chart text is at least 11 px and never cut at an edge', async ({ page }) => {
      for (const path of PAGES) {
        await page.goto(path);
        if (path === '/scenarios') await expect(page.getByTestId('engine')).toContainText('recomputed in your browser');
        await page.waitForLoadState('networkidle');
        expect(await sideways(page), path).toBeLessThanOrEqual(0);
        expect(await smallChartText(page), path).toEqual([]);
        expect(await cutChartText(page), path).toEqual([]);
      }
    });

    test('the roster results: labels of "Most exposed roles" whole, text ≥ 11 px, no inner scroll box around the matches', async ({ page }) => {
      await page.goto('/roster');
      await page.getByRole('button', { name: 'Try the sample roster' }).click();
      await expect(page.locator('figure#roster-roles svg')).toBeVisible();
      expect(await cutChartText(page)).toEqual([]);
      expect(await smallChartText(page)).toEqual([]);
      const wrap = page.locator('.roster-matches .table-wrap');
      expect(await wrap.evaluate((el) => getComputedStyle(el).maxHeight)).toBe('none');
      expect(await sideways(page)).toBeLessThanOrEqual(0);
    });

    test('the national and task tables fit the screen', async ({ page }) => {
      for (const [path, table] of [
        ['/occupations', '#occupations-table'],
        ['/occupations/29-1141.00', 'table.task-table'],
        ['/', 'table.stack-on-phone >> nth=0'],
      ] as const) {
        await page.goto(path);
        const t = page.locator(table);
        await expect(t).toBeVisible();
        const cells = await t.locator('tbody td').evaluateAll((tds) => tds.slice(0, 60).map((td) => td.getBoundingClientRect().right));
        const limit = await page.evaluate(() => window.innerWidth);
        expect(Math.max(...cells), path).toBeLessThanOrEqual(limit);
        if (width < 500) {
          // Phones: one card per row, each value with its label.
          const label = await t.locator('tbody td.num').first().evaluate((td) => getComputedStyle(td, '::before').content);
          expect(label, path).toMatch(/^".+: "$/);
        }
      }
    });
  });
}
