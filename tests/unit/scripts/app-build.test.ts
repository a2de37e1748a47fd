import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { appBuildStale } from '../../../scripts/app-build';

let root: string;
const T0 = new Date('2026-01-01T00:00:00Z');
const later = (s: number) => new Date(T0.getTime() + s * 1000);
function write(rel: string, at: Date) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), rel);
  fs.utimesSync(path.join(root, rel), at, at);
}
/** Every folder of the tree back to T0 (creating files moved their folders' times). */
function settleFolders() {
  for (const d of ['app', 'app/x', 'lib', 'db', '.next']) if (fs.existsSync(path.join(root, d))) fs.utimesSync(path.join(root, d), T0, T0);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-app-build-'));
  write('app/page.tsx', T0);
  write('app/x/page.tsx', T0);
  write('lib/a.ts', T0);
  write('db/index.ts', T0);
  write('next.config.ts', T0);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

it('builds when there is no production build', () => {
  settleFolders();
  expect(appBuildStale(root)).toBe('no production build');
});

it('serves a build newer than every source', () => {
  write('.next/BUILD_ID', later(10));
  settleFolders();
  expect(appBuildStale(root)).toBeNull();
});

it('rebuilds when a source file, a config file or a folder (a file removed) is newer than the build', () => {
  write('.next/BUILD_ID', later(10));
  settleFolders();
  write('app/x/page.tsx', later(20));
  expect(appBuildStale(root)).toBe(`${path.join('app', 'x', 'page.tsx')} changed since the last build`);

  write('app/x/page.tsx', T0);
  write('next.config.ts', later(20));
  expect(appBuildStale(root)).toBe('next.config.ts changed since the last build');

  write('next.config.ts', T0);
  settleFolders();
  fs.rmSync(path.join(root, 'lib/a.ts'));
  expect(appBuildStale(root)).toBe('lib changed since the last build');
});

it('ignores what the build does not read (tests, scripts, the database)', () => {
  write('.next/BUILD_ID', later(10));
  settleFolders();
  write('tests/unit/a.test.ts', later(20));
  write('scripts/setup.ts', later(20));
  write('data/atlas.db', later(20));
  expect(appBuildStale(root)).toBeNull();
});

it('rebuilds when a JSON file the app imports from data/ changed', () => {
  write('.next/BUILD_ID', later(10));
  write('data/title-dictionary.json', T0);
  settleFolders();
  expect(appBuildStale(root)).toBeNull();
  write('data/title-dictionary.json', later(20));
  expect(appBuildStale(root)).toBe(`${path.join('data', 'title-dictionary.json')} changed since the last build`);
});
