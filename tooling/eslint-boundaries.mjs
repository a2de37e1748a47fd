/**
 * ESLint rule `atlas/boundaries`: the layers of the code, checked on every import (and `import()`):
 * - lib/ is the domain: it never imports app/ (pages, routes), scripts/ (CLIs), server/ or tooling/;
 * - the database (drizzle-orm, better-sqlite3, db/) is touched only by lib/queries (every read query),
 *   lib/data (the data context: connections and their lifetime) and the build that writes it
 *   (lib/ingest, lib/build, lib/pipeline); everything else asks lib/queries.
 * Paths are resolved against the importing file (relative and `@/` imports), so lib/server/ is not
 * mistaken for server/. Tests and benchmarks (scripts/bench) are exempt: they measure every layer.
 */
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DB_PACKAGES = /^(drizzle-orm|better-sqlite3)(\/|$)/;
const DB_USERS = ['lib/queries/', 'lib/data/', 'lib/ingest/', 'lib/build/', 'lib/pipeline/', 'db/'];
const NOT_FROM_LIB = ['app/', 'scripts/', 'server/', 'tooling/'];

/** The import's target relative to the project root ("lib/x/y"), or null for a package. */
function target(file, spec) {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.relative(ROOT, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
  return null;
}

const rule = {
  meta: { type: 'problem', schema: [], messages: { layer: '{{what}}' } },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
    // Tests and benchmarks measure every layer from outside, so they may reach any of them.
    if (file.startsWith('tests/') || file.startsWith('scripts/bench/') || file.startsWith('..')) return {};
    const inLib = file.startsWith('lib/');
    const dbUser = DB_USERS.some((d) => file.startsWith(d));
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      const to = target(context.filename, spec);
      const report = (what) => context.report({ node, messageId: 'layer', data: { what } });
      if (inLib && to && NOT_FROM_LIB.some((d) => to === d.slice(0, -1) || to.startsWith(d)))
        report(`lib/ must not import ${to.split('/')[0]}/ ('${spec}'): the domain does not depend on pages, CLIs, the server or tooling`);
      if (!dbUser && (DB_PACKAGES.test(spec) || (to && (to === 'db' || to.startsWith('db/')))))
        report(`only lib/queries, lib/data and the build (lib/ingest, lib/build, lib/pipeline) touch the database ('${spec}'): put the query in lib/queries`);
    };
    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
    };
  },
};

const plugin = { rules: { boundaries: rule } };
export default plugin;
