import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FEATURES = ['leaderboard', 'timeline', 'labs', 'export-controls', 'about', 'model-detail'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { ecmaVersion: 2022 },
    rules: {
      // TypeScript checks undefined names in .ts/.tsx; the .mjs scripts run in Node and in the page.
      'no-undef': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Features never import each other (shared code lives in components/, data/, lib/, stores/).
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FEATURES.filter((other) => other !== feature).flatMap((other) => [
                `../${other}`,
                `../${other}/**`,
                `../../${other}/**`,
                `../../../${other}/**`,
                `**/features/${other}/**`,
              ]),
              message: 'Features do not import each other: move shared code to src/components, src/lib or src/data.',
            },
          ],
        },
      ],
    },
  })),
);
