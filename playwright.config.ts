import { defineConfig } from '@playwright/test';
import { parseEnv } from './lib/env';
import { findChromium } from './tooling/browser';

const e = parseEnv();
const port = e.E2E_PORT;
const browser = findChromium();
if ('error' in browser) throw new Error(browser.error);

/**
 * End-to-end tests in Chromium (Debian's, CHROMIUM_PATH, or Playwright's own: tooling/browser.ts)
 * against exactly what `npm start` runs (scripts/start.ts → `next start`), on the production build.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // One retry in CI for transport hiccups (a kept-alive socket reset); Playwright reports such tests as flaky.
  retries: e.CI ? 1 : 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: browser.path,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  webServer: {
    command: `node tooling/run.mjs start --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: !e.CI,
    timeout: 120_000,
  },
});
