/** tooling/eslint-boundaries.mjs: the layer rule fails on each kind of violation and passes the allowed imports. */
import { Linter } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
// @ts-expect-error -- a plain ES module without types: the ESLint plugin the project's config loads
import atlas from '../../../tooling/eslint-boundaries.mjs';

const linter = new Linter({ configType: 'flat' });
const config = [{ files: ['**/*.ts', '**/*.tsx'], plugins: { atlas }, rules: { 'atlas/boundaries': 'error' as const }, languageOptions: { parser: tseslint.parser, sourceType: 'module' as const } }];
const lint = (file: string, code: string) => linter.verify(code, config, { filename: path.resolve(file) }).map((m) => m.message);

describe('atlas/boundaries', () => {
  test.each([
    ['lib/score/x.ts', "import { a } from '../../app/_data';", 'lib/ must not import app/'],
    ['lib/score/x.ts', "import { a } from '@/scripts/cli';", 'lib/ must not import scripts/'],
    ['lib/score/x.ts', "export { a } from '../../server/serve';", 'lib/ must not import server/'],
    ['lib/score/x.ts', "const m = await import('../../tooling/browser');", 'lib/ must not import tooling/'],
    ['lib/score/x.ts', "import { eq } from 'drizzle-orm';", 'only lib/queries'],
    ['lib/score/x.ts', "import type { Reader } from '../../db';", 'only lib/queries'],
    ['app/page.tsx', "import { tasks } from '@/db/schema';", 'only lib/queries'],
    ['scripts/export.ts', "import Database from 'better-sqlite3';", 'only lib/queries'],
    ['server/serve.ts', "import { sql } from 'drizzle-orm/sql';", 'only lib/queries'],
  ])('%s: %s is refused', (file, code, msg) => {
    const out = lint(file, code);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(msg);
  });

  test.each([
    ['lib/queries/x.ts', "import { eq } from 'drizzle-orm';\nimport { tasks } from '../../db/schema';"],
    ['lib/data/x.ts', "import { openReadonly } from '../../db';"],
    ['lib/ingest/x.ts', "import Database from 'better-sqlite3';"],
    ['lib/score/x.ts', "import { scorerRows } from '../queries/scorer-data';\nimport { a } from '../server/scorer';"], // lib/server is not server/
    ['app/page.tsx', "import { a } from '@/lib/queries/meta';"],
    ['tests/unit/x.test.ts', "import { tasks } from '../../db/schema';"],
    ['scripts/bench/x.ts', "import Database from 'better-sqlite3';"],
  ])('%s: allowed', (file, code) => {
    expect(lint(file, code)).toEqual([]);
  });
});
