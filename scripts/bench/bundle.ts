/**
 * Bundle report: the JavaScript the browser really fetches for each page (loaded in Chromium, after
 * `load`, a scroll to the bottom, a hover over the first chart and opening its details, until the
 * network is idle), so lazily loaded chunks count too. Raw and gzipped sizes, the framework share
 * (scripts every page loads), the HTML document and what else the page fetched, and with --against a
 * saved run, each page's ratio to it.
 * Usage: npx tsx scripts/bench/bundle.ts [--url http://127.0.0.1:3000] [--save run.json] [--against base.json]
 *        (else starts the server as `npm start` does; needs `npx next build`)
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium } from '../../tooling/browser';
import { benchServer } from './server';

const PAGES = ['/', '/occupations', '/occupations/15-1252.00', '/search?q=nurse', '/compare', '/skills', '/skills/2.A.1.a', '/skills/technology', '/methodology', '/scenarios', '/states', '/states/CA', '/paths/43-9021.00', '/roster', '/score', '/embed/exposure-by-wage'];
const arg = (k: string, d: string) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);

type Sizes = Record<string, { raw: number; gz: number }>;
interface Run {
  pages: Record<string, string[]>;
  sizes: Sizes;
  /** bytes of everything else the page fetched after the HTML (API data, SVG, …), raw */
  other: Record<string, number>;
  /** the page's HTML document (server-drawn charts ride in it), raw and gzipped */
  html?: Record<string, { raw: number; gz: number }>;
}

async function measure(base: string): Promise<Run> {
  const found = findChromium();
  if ('error' in found) throw new Error(found.error);
  const browser = await chromium.launch({ executablePath: found.path, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const run: Run = { pages: {}, sizes: {}, other: {}, html: {} };
  try {
    for (const p of PAGES) {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await ctx.newPage();
      const scripts = new Set<string>();
      let other = 0;
      const pending: Promise<void>[] = [];
      page.on('response', (res) => {
        const url = new URL(res.url());
        const type = res.request().resourceType();
        const isJs = type === 'script' || /javascript/.test(res.headers()['content-type'] ?? '');
        if (res.request().isNavigationRequest()) {
          if (res.request().frame() === page.mainFrame() && url.href === base + p)
            pending.push(res.body().then((buf) => void (run.html![p] = { raw: buf.length, gz: zlib.gzipSync(buf).length }), () => {}));
          return;
        }
        pending.push(
          res.body().then(
            (buf) => {
              if (isJs) {
                scripts.add(url.pathname);
                run.sizes[url.pathname] ??= { raw: buf.length, gz: zlib.gzipSync(buf).length };
              } else other += buf.length;
            },
            () => {},
          ),
        );
      });
      await page.goto(base + p, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const chart = page.locator('figure.chart svg').first();
      if (await chart.count()) {
        await chart.scrollIntoViewIfNeeded();
        await chart.hover({ force: true }).catch(() => {});
        await page.locator('figure.chart details summary').first().click().catch(() => {});
      }
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      run.pages[p] = [...scripts];
      run.other[p] = other;
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
  return run;
}

function report(run: Run, against: Run | null) {
  const lists = Object.values(run.pages);
  const shared = lists.reduce((acc, l) => acc.filter((s) => l.includes(s)));
  const sum = (r: Run, l: string[], k: 'raw' | 'gz') => l.reduce((t, s) => t + r.sizes[s][k], 0);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`framework (scripts on every page): ${kb(sum(run, shared, 'raw'))} raw, ${kb(sum(run, shared, 'gz'))} gzipped`);
  for (const [p, l] of Object.entries(run.pages)) {
    const own = l.filter((s) => !shared.includes(s));
    const gz = sum(run, l, 'gz');
    const then = against?.pages[p] ? sum(against, against.pages[p], 'gz') : null;
    const ratio = then ? `; vs baseline ${kb(then)} → ${(gz / then).toFixed(3)}×` : '';
    const doc = run.html?.[p];
    const docThen = against?.html?.[p];
    const html = doc ? `; HTML ${kb(doc.gz)} gz${docThen ? ` (baseline ${kb(docThen.gz)})` : ''}` : '';
    console.log(`${p.padEnd(26)} JS ${kb(gz).padStart(7)} gz (${kb(sum(run, l, 'raw'))} raw), page-specific ${kb(sum(run, own, 'gz')).padStart(6)} gz; other fetches ${kb(run.other[p])} raw${html}${ratio}`);
  }
}

async function main() {
  const { base, stop } = await benchServer(arg('--url', ''));
  try {
    const run = await measure(base);
    const save = arg('--save', '');
    if (save) fs.writeFileSync(save, JSON.stringify(run, null, 1));
    const from = arg('--against', '');
    report(run, from ? (JSON.parse(fs.readFileSync(from, 'utf8')) as Run) : null);
  } finally {
    stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
