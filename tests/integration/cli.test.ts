/**
 * The commands as a user runs them: compiled once (no TypeScript compiled at run time), `npm test`
 * stopping at once without a browser, every npm script pointing at something that exists, and a
 * killed build's temporary file removed by the next run (never a live run's).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RUN, cli } from './helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe('npm scripts', () => {
  test('no command runs TypeScript through a run-time compiler, and every file a script names exists', () => {
    for (const [name, cmd] of Object.entries(pkg.scripts)) {
      expect(cmd, name).not.toMatch(/\btsx\b|ts-node/);
      for (const f of cmd.match(/\bscripts\/[\w./-]+/g) ?? []) expect(fs.existsSync(f), `${name}: ${f}`).toBe(true);
      const m = /^node scripts\/run\.mjs ([\w-]+)/.exec(cmd);
      if (m) expect(fs.existsSync(`scripts/${m[1]}.ts`), `${name}: scripts/${m[1]}.ts`).toBe(true);
    }
    expect(pkg.scripts.prepare).toBe('node tooling/build-cli.mjs');
    expect(pkg.dependencies.xlsx).toBeUndefined();
    expect(pkg.devDependencies.xlsx).toBeUndefined();
  });

  test('a compiled command starts without compiling anything; a changed source is compiled once, and says so', () => {
    spawnSync(process.execPath, [RUN, 'export', '--help']); // whatever state dist/ was in, now it is fresh
    const fresh = spawnSync(process.execPath, [RUN, 'export', '--help'], { encoding: 'utf8' });
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toContain('Usage: npm run --silent export');
    expect(fresh.stderr).toBe('');
    const meta = JSON.parse(fs.readFileSync('dist/cli/meta.json', 'utf8')) as { inputs: Record<string, number> };
    expect(Object.keys(meta.inputs)).toContain('scripts/export.ts');
    expect(Object.keys(meta.inputs)).toContain('lib/ingest/build.ts');
    // A source file whose modification time changed (an edit): compiled again first, once.
    const f = 'lib/cli.ts';
    const { atime, mtime } = fs.statSync(f);
    fs.utimesSync(f, atime, new Date(mtime.getTime() + 5000));
    try {
      const again = spawnSync(process.execPath, [RUN, 'export', '--help'], { encoding: 'utf8' });
      expect(again.stderr).toMatch(/^compiling the commands \(lib\/cli\.ts changed since the last build\)/);
      expect(spawnSync(process.execPath, [RUN, 'export', '--help'], { encoding: 'utf8' }).stderr).toBe('');
    } finally {
      fs.utimesSync(f, atime, mtime);
      spawnSync(process.execPath, [RUN, 'export', '--help']); // fresh again for the tests after this one
    }
  });

  test('npm test without a browser stops at once with one line saying how to install one', () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [RUN, 'test'], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: path.join(tmp, 'no-chromium') } });
    expect(r.status).toBe(1);
    expect(performance.now() - t0).toBeLessThan(15_000);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: CHROMIUM_PATH=.* is not an executable file; no Chromium for the browser tests: install one with `sudo apt-get install -y chromium`/);
  });
});

describe('temporary files of killed builds', () => {
  test('a killed ingest leaves its temporary file; the next run removes it, but not a live run’s', async () => {
    const db = path.join(tmp, 'killed.db');
    const child = spawn(process.execPath, [RUN, 'ingest', '--db', db], { stdio: 'ignore' });
    // The build's temporary database (SQLite may keep a `-journal` beside it for a moment: counted apart).
    const tmpOf = () => fs.readdirSync(tmp).filter((f) => /^killed\.db\.tmp-\d+-\d+$/.test(f));
    const allTmp = () => fs.readdirSync(tmp).filter((f) => f.startsWith('killed.db.tmp-'));
    for (let i = 0; i < 600 && tmpOf().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(tmpOf()).toHaveLength(1);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const left = tmpOf();
    expect(left).toHaveLength(1);
    expect(fs.existsSync(db)).toBe(false);
    // A temporary file of a build that is still running (this test's process) must survive.
    const live = `killed.db.tmp-${process.pid}-1700000000000`;
    fs.writeFileSync(path.join(tmp, live), 'a live build');

    const r = cli('ingest', ['--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`removed ${path.join(tmp, left[0])} (left by an earlier build that was stopped)`);
    // Its companions (`-journal`) went with it; the live build's file stayed.
    expect(allTmp()).toEqual([live]);
    expect(fs.statSync(db).size).toBeGreaterThan(1e6);
  });
});
