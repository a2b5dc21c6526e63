import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

// Imports flow one way: domain → db → state → features → app. Each feature stands alone.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noImportsFrom = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'coverage', 'test-results', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: noImportsFrom(
      [
        'react',
        'react-*',
        'dexie',
        'dexie-*',
        'zustand',
        '@/db/*',
        '@/state/*',
        '@/features/*',
        '@/app/*',
        '@/ui/*',
      ],
      'domain/ is plain TypeScript: no React, no Dexie, no UI.',
    ),
  },
  {
    files: ['src/db/**'],
    rules: noImportsFrom(
      ['react', 'react-*', 'zustand', '@/state/*', '@/features/*', '@/app/*', '@/ui/*'],
      'db/ holds persistence only: no React, no UI state.',
    ),
  },
  {
    files: ['src/ui/**', 'src/state/**'],
    rules: noImportsFrom(['@/features/*', '@/app/*'], 'Shared pieces must not depend on features.'),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: noImportsFrom(
      [
        ...features.filter((other) => other !== feature).map((other) => `@/features/${other}/*`),
        '@/app/*',
      ],
      'Features do not import each other: move shared logic down into domain/, db/ or ui/.',
    ),
  })),
  {
    // The router is one small module on purpose: its hooks and its Link belong together.
    files: ['src/ui/router.tsx'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
