/** lib/env.ts is the one place environment variables are read, and `.env.example` lists every one. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { ENV_VARIABLES, parseEnv } from '../../lib/env';

/** Variables set by Next.js or Node for themselves, not by the user. */
const FRAMEWORK = new Set(['NEXT_RUNTIME', 'NODE_ENV']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p.includes('bench') ? [] : sources(p);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [p] : [];
  });
}

describe('environment', () => {
  it('.env.example lists every variable, and nothing else', () => {
    const listed = fs
      .readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((l) => /^[A-Z0-9_]+=/.test(l))
      .map((l) => l.split('=')[0]);
    expect([...listed].sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it('no code outside lib/env.ts reads process.env directly (framework variables aside)', () => {
    const files = [...['app', 'lib', 'db', 'scripts'].flatMap(sources), 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'playwright.config.ts', 'drizzle.config.ts'];
    const reads = files
      .filter((f) => f !== path.join('lib', 'env.ts'))
      .flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/process\.env\.([A-Z0-9_]+)|process\.env\[/g)].map((m) => ({ f, v: m[1] ?? '[…]' })))
      .filter((r) => !FRAMEWORK.has(r.v));
    expect(reads).toEqual([]);
  });

  test.each([
    ['PORT', '70000', 'invalid environment variable PORT'],
    ['E2E_PORT', 'x', 'invalid environment variable E2E_PORT'],
    ['HOST', '  ', 'invalid environment variable HOST'],
  ])('a bad %s=%j is named', (k, v, msg) => {
    expect(() => parseEnv({ [k]: v })).toThrow(msg);
  });

  it('flags are false when empty, "0" or "false"', () => {
    for (const v of ['', '0', 'false', undefined]) expect(parseEnv({ CI: v }).CI).toBe(false);
    for (const v of ['1', 'true', 'yes']) expect(parseEnv({ CI: v }).CI).toBe(true);
  });
});
