// Bundles the action (self-contained, as a runner runs it), the CLI and validation's worker.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTemplateModule } from './postmortem-template.mjs';
import { writeValidatorsModule } from './schema-validators.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

// Some CommonJS dependencies call require(); give each ESM output file one.
const REQUIRE_BANNER = "import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: REQUIRE_BANNER },
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

/** Writes the modules generated from templates/ and schemas/ that the sources import. */
export async function generateSources() {
  // The postmortem template is inlined from templates/postmortem.md.
  await writeTemplateModule();
  // The JSON Schemas are compiled to validation code.
  await writeValidatorsModule();
}

/**
 * The action, as a runner runs it: `index.js`, self-contained but for what only some runs need,
 * loaded on first use from `action/` next to it (nodemailer, for email channels). Returns
 * esbuild's metafile.
 */
export async function buildAction(outdir = join(root, 'dist')) {
  // Chunk names carry a hash of their content: remove the previous build's.
  await rm(join(outdir, 'action'), { recursive: true, force: true });
  const result = await build({
    ...common,
    entryPoints: { index: 'src/action/index.ts' },
    outdir,
    splitting: true,
    chunkNames: 'action/[name]-[hash]',
    metafile: true,
  });
  return result.metafile;
}

/**
 * The CLI (`cli.js`) and validation's worker threads (`validate-worker.js`), split into chunks
 * (`chunks/`) so each command loads only its own code: `sitrep validate` does not load the
 * sandbox, the relay, the status page or the `graphql` package, and a worker thread loads only the
 * checks, from the same chunk as the CLI. Returns esbuild's metafile.
 */
export async function buildCli(outdir = join(root, 'dist')) {
  // Chunk names carry a hash of their content: remove the previous build's.
  await rm(join(outdir, 'chunks'), { recursive: true, force: true });
  const result = await build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts', 'validate-worker': 'src/workspace/validate-worker.ts' },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    // The sandbox's GraphQL schema is large; the CLI loads it from the installed package.
    external: ['@octokit/graphql-schema', 'graphql'],
  });
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await generateSources();
  await buildAction();
  await buildCli();
}
