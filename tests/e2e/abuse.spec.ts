/**
 * Hostile and malformed input against the production server: every API answers a 4xx JSON error (or
 * a correct, harmless result), nothing is reflected as HTML, and the server stays healthy afterwards.
 */
import { expect, test } from '@playwright/test';

const INJECTIONS = [
  "' OR 1=1 --",
  '"; DROP TABLE occupations; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%ff',
  'a'.repeat(5000),
  '${jndi:ldap://x}',
  'MATCH NEAR( "x" ) OR *',
];

test('security headers on pages and API responses', async ({ request }) => {
  for (const path of ['/', '/api/v1/health']) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('SAMEORIGIN');
    expect(h['x-powered-by']).toBeUndefined();
  }
});

test('search survives injection-shaped queries', async ({ request }) => {
  for (const q of INJECTIONS) {
    const res = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect([200, 400], `q=${q.slice(0, 40)}`).toContain(res.status());
    const body = await res.json();
    if (res.status() === 200) expect(Array.isArray(body.results)).toBe(true);
    else expect(typeof body.error.message).toBe('string');
  }
  const fine = await (await request.get('/api/v1/search?q=paralegal')).json();
  expect(fine.results[0].onet_soc_code).toBe('23-2011.00');
});

test('occupation routes reject malformed codes as JSON 4xx, never 500', async ({ request }) => {
  for (const code of INJECTIONS.slice(0, 5)) {
    for (const path of [`/api/v1/occupations/${encodeURIComponent(code)}`, `/api/v1/occupations/${encodeURIComponent(code)}/paths`]) {
      const res = await request.get(path);
      expect(res.status(), path).toBeGreaterThanOrEqual(400);
      expect(res.status(), path).toBeLessThan(500);
      expect((await res.json()).error.code).toBeTruthy();
    }
  }
  const list = await request.get(`/api/v1/occupations?sort=${encodeURIComponent("beta; DROP TABLE x")}`);
  expect(list.status()).toBe(400);
});

test('JSON bodies: malformed, wrong types, out of range and oversized are 4xx', async ({ request }) => {
  const post = (url: string, data: string, type = 'application/json') => request.post(url, { data, headers: { 'content-type': type } });
  const cases: Array<[string, string, number]> = [
    ['/api/v1/scenarios/evaluate', '{"levels": {', 400],
    ['/api/v1/scenarios/evaluate', '{"levels": {"writing": 7}, "adoption": 1, "tools": true}', 400],
    ['/api/v1/scenarios/evaluate', '{"levels": {"__proto__": 1}, "adoption": 1, "tools": true}', 400],
    ['/api/v1/scenarios/evaluate', JSON.stringify({ levels: {}, adoption: 1, tools: true, pad: 'x'.repeat(70_000) }), 413],
    ['/api/v1/score', '{"text": 42}', 400],
    ['/api/v1/score', JSON.stringify({ text: 'Write reports. '.repeat(2000) }), 413],
    ['/api/v1/roster', 'Job Title,Headcount\nParalegal,-3\n', 400],
  ];
  for (const [url, data, status] of cases) {
    const res = await post(url, data, url.endsWith('roster') ? 'text/csv' : 'application/json');
    expect(res.status(), `${url} ${data.slice(0, 50)}`).toBe(status);
    expect((await res.json()).error.message).toBeTruthy();
  }
  const wrongType = await post('/api/v1/score', 'text=hello', 'application/x-www-form-urlencoded');
  expect(wrongType.status()).toBe(415);
});

test('user text comes back as text, never as markup', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('the server is healthy after all of that', async ({ request }) => {
  const res = await request.get('/api/v1/health');
  expect(res.status()).toBe(200);
  expect((await res.json()).ok).toBe(true);
  const occ = await request.get('/api/v1/occupations/43-9021.00');
  expect(occ.status()).toBe(200);
});
