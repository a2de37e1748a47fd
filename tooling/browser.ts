/**
 * The Chromium the browser tests drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium,
 * else the one `npx playwright install chromium` puts in Playwright's cache. Shared by npm test
 * (which stops at once when there is none) and playwright.config.ts.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { parseEnv } from '../lib/env';

export const INSTALL_HINT =
  'no Chromium for the browser tests: install one with `sudo apt-get install -y chromium` (Debian) or `npx playwright install --with-deps chromium` (Ubuntu, others), or set CHROMIUM_PATH to a Chromium or Chrome binary (npm test -- --skip-e2e runs the rest)';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Playwright's own download location for this version (whether or not it was installed). */
function playwrightChromium(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return (require('playwright-core') as typeof import('playwright-core')).chromium.executablePath();
  } catch {
    return undefined;
  }
}

export type BrowserLookup = { path: string; source: 'CHROMIUM_PATH' | 'system' | 'playwright' } | { error: string };

export function findChromium(source: Record<string, string | undefined> = process.env, systemPaths = SYSTEM_PATHS, bundled = playwrightChromium): BrowserLookup {
  const wanted = parseEnv(source).CHROMIUM_PATH;
  if (wanted) return executable(wanted) ? { path: wanted, source: 'CHROMIUM_PATH' } : { error: `CHROMIUM_PATH=${wanted} is not an executable file; ${INSTALL_HINT}` };
  const system = systemPaths.find(executable);
  if (system) return { path: system, source: 'system' };
  const own = bundled();
  if (own && executable(own)) return { path: own, source: 'playwright' };
  return { error: INSTALL_HINT };
}
