import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The workshop state's records keyed by ids (see shared/src/domain/core/state.ts). */
const KEYED_RECORDS = '/^(participants|cards|pairs|formerPairs|suggestions|posts|readiness)$/';

/** Why code that ships to the browser imports zod/mini (issue 12). */
const ZOD_MINI =
  "Import { z } from 'zod/mini': full zod cannot be tree-shaken and weighed ~17 KB gzipped of every page's first load.";

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: './tsconfig.json',
          conditionNames: ['source', 'types', 'import', 'default'],
        }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      // shared/ is the protocol and the domain: it may import zod and itself, nothing else.
      'no-restricted-imports': [
        'error',
        {
          patterns: ['react*', 'socket.io*', 'express', 'better-sqlite3', 'node:*'],
          paths: [{ name: 'zod', message: ZOD_MINI }],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: ZOD_MINI }] }] },
  },
  {
    // The state's records are plain objects keyed by ids that arrive from clients: `record[id]`
    // with `constructor` would reach Object.prototype. Read and write them through keyed.ts.
    files: ['shared/src/**/*.ts', 'server/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'shared/src/domain/core/keyed.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[computed=true][object.property.name=${KEYED_RECORDS}]`,
          message: 'Look up an id-keyed record with entryOf() (shared/src/domain/core/keyed.ts), never record[id].',
        },
        {
          selector: `MemberExpression[computed=true][object.name=${KEYED_RECORDS}]`,
          message: 'Look up an id-keyed record with entryOf() (shared/src/domain/core/keyed.ts), never record[id].',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
