import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { readdirSync } from 'node:fs';

// Import boundaries (conventions.md): the lower layers never import from the features or the app shell, and a
// feature never imports from another feature or from the app. Features are found in src/features/, so a new one is
// held to this without editing this file.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const LOWER_LAYERS = ['shared', 'api', 'auth', 'config', 'i18n'];
const boundaries = [
  {
    files: LOWER_LAYERS.map((layer) => `src/${layer}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '(^|/)(features|app)(/|$)',
          message: 'shared/, api/, auth/, config/ and i18n/ are used by features and the app, never the other way round.',
        }],
      }],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            regex: '^(\\.\\./)+app(/|$)',
            message: 'A feature does not import from the app shell; put what it needs in src/shared/.',
          },
          ...FEATURES.filter((other) => other !== feature).map((other) => ({
            regex: `^(\\.\\./)+(features/)?${other}(/|$)`,
            message: `The ${feature} feature does not import from the ${other} feature; share through src/shared/ or the API.`,
          })),
        ],
      }],
    },
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Forms here use explicit htmlFor/id pairs; the rule cannot follow ids made with useId().
      'jsx-a11y/label-has-associated-control': ['error', { assert: 'htmlFor' }],
    },
  },
  ...boundaries,
);
