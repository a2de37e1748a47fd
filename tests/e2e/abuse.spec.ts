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

/** The directives of a Content-Security-Policy header. */
const csp = (h: string | undefined) => Object.fromEntries((h ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

test('security headers on pages and API responses', async ({ request }) => {
  for (const path of ['/', '/occupations/15-1252.00', '/api/v1/health']) {
    const res = await request.get(path);
    const h = res.headers();
    expect(csp(h['content-security-policy'])['frame-ancestors'], path).toEqual(["'self'"]);
    expect(csp(h['content-security-policy'])['script-src'], path).not.toContain("'unsafe-inline'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('SAMEORIGIN');
    expect(h['x-powered-by']).toBeUndefined();
  }
});

test('scripts run by a fresh nonce per response, and every script tag carries it, also from the page cache', async ({ request }) => {
  const nonces: string[] = [];
  const states: string[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await request.get('/occupations/15-1252.00');
    states.push(res.headers()['x-atlas-page-cache']);
    const scriptSrc = csp(res.headers()['content-security-policy'])['script-src'];
    expect(scriptSrc).toContain("'strict-dynamic'");
    const nonce = scriptSrc.find((s: string) => s.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce).toBeTruthy();
    nonces.push(nonce!);
    const html = await res.text();
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.length).toBeGreaterThan(0);
    for (const t of tags) expect(t).toContain(`nonce="${nonce}"`);
  }
  expect(new Set(nonces).size).toBe(3);
  // Rendered once per server process (npm start runs one per core), then served from its page cache.
  expect(states).toContain('hit');
});

test('a page served from the page cache runs its scripts under the CSP (hydrates, no violation)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to execute/i.test(m.text())) violations.push(m.text());
  });
  for (let i = 0; i < 4; i++) {
    const res = await page.goto('/occupations/15-1252.00');
    if (res?.headers()['x-atlas-page-cache'] !== 'hit') continue;
    // The export buttons are enabled only once React has hydrated the page.
    await expect(page.getByRole('button', { name: /PNG/ }).first()).toBeEnabled();
    expect(violations).toEqual([]);
    return;
  }
  throw new Error('the page was never served from the page cache');
});

test('embeds may be framed by any site, with no invalid X-Frame-Options', async ({ request }) => {
  const res = await request.get('/embed/exposure-histogram');
  expect(res.status()).toBe(200);
  expect(csp(res.headers()['content-security-policy'])['frame-ancestors']).toEqual(['*']);
  expect(res.headers()['x-frame-options']).toBeUndefined();
});

test.describe('methods', () => {
  const json405 = async (res: import('@playwright/test').APIResponse, allow: string) => {
    expect(res.status()).toBe(405);
    expect(res.headers()['allow']).toBe(allow);
    expect(res.headers()['content-type']).toContain('application/json');
    expect((await res.json()).error.code).toBe('method_not_allowed');
  };

  test('pages answer GET and HEAD only: anything else is a JSON 405 with Allow, never the page', async ({ request }) => {
    for (const path of ['/', '/occupations/15-1252.00', '/score', '/embed/exposure-histogram']) {
      expect((await request.head(path)).status(), path).toBe(200);
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) await json405(await request.fetch(path, { method }), 'GET, HEAD');
    }
  });

  test('API routes: a method the route lacks is a JSON 405 with Allow; TRACE too, never a 500', async ({ request }) => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE']) await json405(await request.fetch('/api/v1/health', { method }), 'GET, HEAD, OPTIONS');
    for (const method of ['GET', 'PUT', 'DELETE', 'TRACE']) await json405(await request.fetch('/api/v1/score', { method }), 'POST, OPTIONS');
    await json405(await request.fetch('/api/v1/occupations/15-1252.00/paths', { method: 'DELETE' }), 'GET, HEAD, OPTIONS');
    const options = await request.fetch('/api/v1/roster', { method: 'OPTIONS' });
    expect(options.status()).toBe(204);
    expect(options.headers()['allow']).toBe('POST, OPTIONS');
  });

  test('unknown API paths are JSON 404s, whatever the method', async ({ request }) => {
    for (const [method, path] of [
      ['GET', '/api/v1/nope'],
      ['POST', '/api/v1/occupations/15-1252.00/nope'],
      ['DELETE', '/api/v2/health'],
      ['TRACE', '/api/v1/nope'],
      ['GET', '/api'],
    ]) {
      const res = await request.fetch(path, { method });
      expect(res.status(), `${method} ${path}`).toBe(404);
      expect(res.headers()['content-type']).toContain('application/json');
      expect((await res.json()).error.code).toBe('not_found');
    }
  });
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
