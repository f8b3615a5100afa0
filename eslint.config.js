import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'src/generated/',
      'custom-elements.json',
      '.tmp-*',
      // The framework apps' builds (scripts/framework-apps.mjs).
      'test/apps/*/{dist,build,.next,.svelte-kit}/',
      'test/apps/*/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.config.{js,mjs}', '.puppeteerrc.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        module: 'writable',
        setTimeout: 'readonly',
      },
    },
  },
  {
    // Safe under a strict Content-Security-Policy with Trusted Types, and host text always rendered as text.
    files: ['src/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['lit/directives/unsafe-*'], message: 'Host and translated text must render as text.' }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render with Lit templates: host text must render as text.' },
        { property: 'outerHTML', message: 'Render with Lit templates: host text must render as text.' },
      ],
    },
  },
  {
    // Plain code (issue 24): strict equality, and an `if` where a nested ternary would hide the branches.
    files: ['src/**/*.ts', 'scripts/**/*.mjs'],
    rules: {
      eqeqeq: 'error',
      'no-nested-ternary': 'error',
    },
  },
  {
    rules: {
      // Unused arguments named with a leading underscore are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  }
);
