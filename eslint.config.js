// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'packages/schema/src/generated/**',
      'packages/conformance/generated/**',
      'storybook-static/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only']",
          message: 'No .only in committed tests.',
        },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Code that runs in browsers.
    files: [
      'packages/server/officer/**/*.js',
      'packages/elements/**/*.ts',
      '.storybook/preview.ts',
      '.storybook/field-stories.ts',
      '.storybook/procedure-stories.ts',
      'packages/conformance/browser/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    // Embedding examples run in browsers; their end-to-end tests hand callbacks to the page.
    files: [
      'examples/embed-*/src/**/*.{js,ts,tsx}',
      'examples/embed-*/test/**/*.mjs',
      'examples/demo-portal/src/**/*.js',
      'examples/demo-portal/test/**/*.mjs',
      'examples/demo-portal/scripts/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read JSON responses and fixtures of many shapes.
    files: ['**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The definition format and the core run in browsers too: no Node built-ins there.
    files: ['packages/schema/src/**/*.ts', 'packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'schema and core must run in the browser.' }] },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // core never reaches up into elements, server or cli.
    files: ['packages/core/src/**/*.ts', 'packages/schema/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'schema and core must run in the browser.' },
            {
              group: ['@hoso/elements', '@hoso/server', '@hoso/cli'],
              message: 'Arrows only point down.',
            },
          ],
        },
      ],
    },
  },
);
