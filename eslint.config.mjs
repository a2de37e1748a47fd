// ESLint: Next.js's own rules (core web vitals: React, hooks, a11y, import, @next/next) and
// typescript-eslint's recommended rules. `npm run lint`; `npm test` runs it beside `tsc --noEmit`.
// Not type-aware: on the 2-core machine the type-checked rules cost ~64 s of CPU per run against ~24 s
// for these (measured in one session, ratios stable under load), and tsc already checks the types.
import nextVitals from 'eslint-config-next/core-web-vitals';
import tseslint from 'typescript-eslint';
import atlas from './tooling/eslint-boundaries.mjs';

export default tseslint.config(
  { ignores: ['.next/**', 'dist/**', 'out/**', 'models/**', 'data/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**', 'next-env.d.ts'] },
  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    plugins: { atlas },
    rules: {
      // Layers (tooling/eslint-boundaries.mjs): lib/ never imports app/, scripts/, server/, tooling/; only
      // lib/queries, lib/data and the build touch the database.
      'atlas/boundaries': 'error',
      // `_`-prefixed names are deliberately unused (destructuring a field away, a callback's first argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Wrong here: it takes the API's catch-all route handler (app/api/v1/[...rest]) for a page and
      // flags every link to the JSON/CSV API, which must stay a plain <a> (a download, not a client
      // navigation). Links between pages already use next/link.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
);
