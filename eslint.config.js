import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// The environment boundaries of DESIGN.md, enforced here and by the two tsconfigs.
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Only the main process and the preload may import Electron.
    files: ['electron/**/*.ts', 'db/**/*.ts', 'tests/**/*.ts', 'scripts/**'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload import electron.' }] },
      ],
    },
  },
  {
    // The contract is shared with the renderer: zod and its own files only.
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The contract imports only zod.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The contract runs in the renderer too.' })),
          ],
          patterns: [{ group: ['../*', '!./*'], message: 'The contract imports only zod and its own files.' }],
        },
      ],
    },
  },
  {
    // The renderer runs in a sandboxed page: no Node, no Electron, nothing from electron/ but the contract.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the backend only through renderer/api.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins in the renderer.' })),
          ],
          patterns: [
            {
              regex: '^(\\.\\./)+(electron/(?!contract/)|db/|tests/|scripts/)',
              message: 'The renderer may import electron/contract and nothing else outside renderer/.',
            },
          ],
        },
      ],
    },
  },
);
