// Bundles the action (self-contained, as a runner runs it), the CLI and validation's worker.
import { build } from 'esbuild';
import { writeTemplateModule } from './postmortem-template.mjs';
import { writeValidatorsModule } from './schema-validators.mjs';

// The postmortem template is inlined from templates/postmortem.md before bundling.
await writeTemplateModule();
// The JSON Schemas are compiled to validation code before bundling.
await writeValidatorsModule();

// Some CommonJS dependencies call require(); give the ESM bundle one.
const banner = {
  js: "import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js },
  // The sandbox's GraphQL schema is large; the CLI loads it from the installed package.
  external: ['@octokit/graphql-schema', 'graphql'],
});
// Validation's worker threads load this, next to the action and the CLI.
await build({ ...common, entryPoints: ['src/workspace/validate-worker.ts'], outfile: 'dist/validate-worker.js' });
