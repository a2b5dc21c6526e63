import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

// Imports flow one way: domain → db → state → features → app, with ui and pwa shared by features
// and app. Each feature stands alone.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Packages a layer may not use (its own folders are guarded by `layers` below). */
const noPackages = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/**
 * Which of src's folders each layer may not import. Matched on the file an import resolves to, so
 * `@/db/x` and `../../db/x` are caught alike.
 */
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/db', './src/state', './src/ui', './src/pwa', './src/features', './src/app'],
    message: 'domain/ is plain TypeScript: no React, no Dexie, no UI.',
  },
  {
    target: './src/db',
    from: ['./src/state', './src/ui', './src/pwa', './src/features', './src/app'],
    message: 'db/ holds persistence only: no React, no UI state.',
  },
  {
    target: './src/state',
    from: ['./src/db', './src/ui', './src/pwa', './src/features', './src/app'],
    message: 'state/ holds what the app remembers between screens, built on domain/ only.',
  },
  {
    target: './src/ui',
    from: ['./src/pwa', './src/features', './src/app'],
    message: 'Shared pieces must not depend on features.',
  },
  {
    target: './src/pwa',
    from: ['./src/db', './src/state', './src/features', './src/app'],
    message: 'pwa/ talks to the browser and the service worker, drawn with ui/ pieces only.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import the app: move shared logic down into domain/, db/ or ui/.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move shared logic down into domain/, db/ or ui/.',
  })),
];

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
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    settings: {
      // Which files import-x reads to follow imports (for cycles); by default only .js.
      'import-x/extensions': ['.ts', '.tsx'],
      // Resolves imports as Vite does (the `@/` alias), so the layer zones and cycles see real files.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          alias: { '@': [fileURLToPath(new URL('./src', import.meta.url))] },
        }),
      ],
    },
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
      'import-x/no-restricted-paths': [
        'error',
        { zones: layerZones, basePath: import.meta.dirname },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: noPackages(
      ['react', 'react-*', 'dexie', 'dexie-*', 'zustand'],
      'domain/ is plain TypeScript: no React, no Dexie, no UI.',
    ),
  },
  {
    files: ['src/db/**'],
    rules: noPackages(
      ['react', 'react-*', 'zustand'],
      'db/ holds persistence only: no React, no UI state.',
    ),
  },
  {
    files: ['src/state/**', 'src/pwa/**'],
    rules: noPackages(['dexie', 'dexie-*'], 'Only db/ and what builds on it read the database.'),
  },
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
