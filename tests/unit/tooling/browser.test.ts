/** tooling/browser.ts: which Chromium the browser tests use, and the one-line install hint when there is none. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, INSTALL_HINT } from '../../../tooling/browser';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-browser-'));
const exe = (name: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, '#!/bin/sh\n');
  fs.chmodSync(p, 0o755);
  return p;
};
const system = exe('chromium');
const bundled = exe('chrome');
const plain = path.join(dir, 'not-executable');
fs.writeFileSync(plain, '');
const missing = path.join(dir, 'missing');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, then the system Chromium, then Playwright’s own', () => {
    expect(findChromium({ CHROMIUM_PATH: bundled }, [system], () => bundled)).toEqual({ path: bundled, source: 'CHROMIUM_PATH' });
    expect(findChromium({}, [missing, system], () => bundled)).toEqual({ path: system, source: 'system' });
    expect(findChromium({}, [missing, plain], () => bundled)).toEqual({ path: bundled, source: 'playwright' });
  });

  it('with none, says in one line exactly how to install one', () => {
    const r = findChromium({}, [missing, plain], () => missing);
    expect(r).toEqual({ error: INSTALL_HINT });
    expect(INSTALL_HINT).not.toContain('\n');
    expect(INSTALL_HINT).toContain('apt-get install -y chromium');
    expect(INSTALL_HINT).toContain('npx playwright install --with-deps chromium');
    expect(INSTALL_HINT).toContain('CHROMIUM_PATH');
  });

  it('names a CHROMIUM_PATH that is not an executable file', () => {
    const r = findChromium({ CHROMIUM_PATH: plain }, [system], () => bundled);
    expect('error' in r && r.error).toMatch(new RegExp(`^CHROMIUM_PATH=${plain} is not an executable file; no Chromium`));
  });
});
