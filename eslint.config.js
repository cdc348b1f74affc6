// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'examples/', '**/*.generated.*'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error'],
    },
  },
  { files: ['src/cli/**', 'bench/**', 'scripts/**', 'packages/sandbox/src/serve.ts', 'packages/sandbox/scripts/**'], rules: { 'no-console': 'off' } },
  {
    // The sandbox ships only with `sitrep sandbox` and `sitrep drill`, each loaded on demand, so
    // no other command and never the action bundle carries it.
    files: ['src/**'],
    ignores: ['src/cli/drill.ts', 'src/cli/drill-email.ts', 'src/cli/main.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@sitrep/sandbox', '@sitrep/sandbox/*'], message: 'Only sitrep sandbox and sitrep drill load the sandbox (src/cli/main.ts, src/cli/drill.ts).' }],
      }],
    },
  },
  {
    // The sandbox package stands alone: it never reaches into sitrep's sources.
    files: ['packages/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['../../*', '../../../*', 'sitrep', 'sitrep/*'], message: 'A package imports other packages by name (@sitrep/shared), never sitrep\'s src/ or another package\'s files.' }],
      }],
    },
  },
  {
    // The core (with its /inc commands, src/core/commands/) is the pure incident model: data in, data
    // out, an injected clock. No adapter, no I/O.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@actions/*', '@octokit/*', 'octokit'], message: 'src/core is pure: GitHub is reached only through src/github.' },
          { group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'node:http', 'node:https', 'node:net'], message: 'src/core does no I/O: read and write in src/action, src/cli or src/workspace.' },
          { group: ['**/github/*', '**/action/*', '**/cli/*', '**/sandbox/*', '**/relay/*', '**/notify/*', '**/site/*', '**/workspace/*', '@sitrep/*'], message: 'src/core depends on nothing outside the core.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'src/core does no I/O.' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'The run environment is read once, in src/action/environment.ts.' }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits, a promise where a void callback is expected, an
    // await of a non-promise, a switch that misses a case of its union (a default does not count:
    // a new member of the union must be placed on purpose).
    files: ['src/**/*.ts', 'packages/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // Edges read the environment through the run context, never on their own.
    files: ['src/action/**', 'src/github/**', 'src/notify/**', 'src/site/**', 'src/paging/**'],
    ignores: ['src/action/environment.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'The run environment is read once, in src/action/environment.ts, and passed down.' }],
    },
  },
);
