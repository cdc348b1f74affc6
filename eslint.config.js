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
  { files: ['src/cli/**', 'bench/**', 'scripts/**', 'src/sandbox/serve.ts'], rules: { 'no-console': 'off' } },
  {
    // The core is the pure incident model: data in, data out, an injected clock. No adapter, no I/O.
    files: ['src/core/**', 'src/commands/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@actions/*', '@octokit/*', 'octokit'], message: 'src/core is pure: GitHub is reached only through src/github.' },
          { group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'node:http', 'node:https', 'node:net'], message: 'src/core does no I/O: read and write in src/action, src/cli or src/workspace.' },
          { group: ['**/github/*', '**/action/*', '**/cli/*', '**/sandbox/*', '**/relay/*', '**/notify/*', '**/site/*', '**/workspace/*'], message: 'src/core depends on nothing outside the core.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'src/core does no I/O.' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'The run environment is read once, in src/action/environment.ts.' }],
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
