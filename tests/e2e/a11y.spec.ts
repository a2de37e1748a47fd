/**
 * Every page in Chromium: axe-core finds no serious or critical accessibility violation (WCAG 2.x A/AA
 * rules), and the page runs with no Content-Security-Policy violation (scripts by nonce only).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/search?q=nurse',
  '/occupations',
  '/occupations/15-1252.00',
  '/paths',
  '/paths/43-9021.00',
  '/skills',
  '/skills/2.A.1.a',
  '/skills/technology',
  '/scenarios',
  '/roster',
  '/score',
  '/compare',
  '/methodology',
  '/states',
  '/states/CA',
  '/embed/exposure-histogram',
  '/embed/states-map',
  '/no-such-page',
];

for (const path of PAGES) {
  test(`${path}: no serious or critical axe violation, no CSP violation`, async ({ page }) => {
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const res = await page.goto(path);
    expect(res?.status()).toBe(path === '/no-such-page' ? 404 : 200);
    await page.waitForLoadState('networkidle');
    // Hydrated: React attached its handlers (scripts ran under the CSP).
    expect(await page.evaluate(() => (window as unknown as { __next_f?: unknown[] }).__next_f !== undefined)).toBe(true);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('\n')}`).join('\n');
    expect(bad.map((v) => v.id), report).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
}
