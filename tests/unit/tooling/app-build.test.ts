import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { appBuildStale, recordedBuild } from '../../../tooling/app-build';

let root: string;
const T0 = new Date('2026-01-01T00:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
function write(rel: string, when: Date, text = rel) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
  fs.utimesSync(path.join(root, rel), when, when);
}
/** What a `next build` leaves, recorded the way npm start and npm test record it. */
function build(id: string, record = true) {
  if (record) recordedBuild(root, () => write('.next/BUILD_ID', at(100), id));
  else write('.next/BUILD_ID', at(100), id);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-app-build-'));
  write('app/page.tsx', T0);
  write('app/x/page.tsx', T0);
  write('lib/a.ts', T0);
  write('db/index.ts', T0);
  write('next.config.ts', T0);
  write('data/title-dictionary.json', T0);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

it('builds when there is no production build, or one nobody recorded', () => {
  expect(appBuildStale(root)).toBe('no production build');
  build('a', false);
  expect(appBuildStale(root)).toBe('the last build has no record of its sources');
});

it('serves a recorded build whose sources are as they were', () => {
  build('a');
  expect(appBuildStale(root)).toBeNull();
});

it('rebuilds when a source, a config file or an imported JSON changed, or a file was added or removed', () => {
  build('a');
  write('app/x/page.tsx', at(200));
  expect(appBuildStale(root)).toBe(`${path.join('app', 'x', 'page.tsx')} changed since the last build`);
  build('b');
  expect(appBuildStale(root)).toBeNull();
  write('next.config.ts', at(300));
  expect(appBuildStale(root)).toBe('next.config.ts changed since the last build');
  build('c');
  write('data/title-dictionary.json', at(300));
  expect(appBuildStale(root)).toBe(`${path.join('data', 'title-dictionary.json')} changed since the last build`);
  build('d');
  write('lib/new.ts', T0);
  expect(appBuildStale(root)).toBe(`${path.join('lib', 'new.ts')} was added since the last build`);
  build('e');
  fs.rmSync(path.join(root, 'lib/a.ts'));
  expect(appBuildStale(root)).toBe(`${path.join('lib', 'a.ts')} was removed since the last build`);
});

it('a file dated in the future makes one rebuild, not one per start; an older copied time still counts', () => {
  write('lib/a.ts', new Date(Date.now() + 86_400_000));
  expect(appBuildStale(root)).toBe('no production build');
  build('a');
  expect(appBuildStale(root)).toBeNull();
  write('lib/a.ts', new Date(T0.getTime() - 86_400_000));
  expect(appBuildStale(root)).toBe(`${path.join('lib', 'a.ts')} changed since the last build`);
});

it('an edit made while the build ran is seen at the next start (the record is taken before the build)', () => {
  recordedBuild(root, () => {
    write('app/page.tsx', at(50)); // edited during the build
    write('.next/BUILD_ID', at(100), 'a');
  });
  expect(appBuildStale(root)).toBe(`${path.join('app', 'page.tsx')} changed since the last build`);
});

it('a build that is not the recorded one (next build run by hand) is built again', () => {
  build('a');
  write('.next/BUILD_ID', at(200), 'b');
  expect(appBuildStale(root)).toBe('the last build has no record of its sources');
});

it('ignores what the build does not read (tests, scripts, the database)', () => {
  build('a');
  write('tests/unit/a.test.ts', at(200));
  write('scripts/setup.ts', at(200));
  write('data/atlas.db', at(200));
  expect(appBuildStale(root)).toBeNull();
});

it('a failed build records nothing: the next start builds again', () => {
  build('a');
  write('lib/a.ts', at(200));
  expect(() =>
    recordedBuild(root, () => {
      write('.next/BUILD_ID', at(300), 'b'); // next writes its id before the build can still fail
      throw new Error('next build failed');
    }),
  ).toThrow('next build failed');
  expect(appBuildStale(root)).toBe('the last build has no record of its sources');
});
