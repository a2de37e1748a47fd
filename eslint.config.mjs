// ESLint: Next.js's own rules (core web vitals, React, hooks, a11y, import) and typescript-eslint's
// recommended type-checked rules. `npm run lint`; `npm test` runs it beside the type check.
import nextVitals from 'eslint-config-next/core-web-vitals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.next/**', 'dist/**', 'out/**', 'models/**', 'data/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**', 'next-env.d.ts'] },
  ...nextVitals,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
);
