/**
 * Vitest global setup: end-to-end tests run the bundled action (`dist/index.js`) as a runner
 * does, so make sure the bundle is built from the current sources — once per test run, and only
 * when a file under `src/`, `packages/` or `schemas/` (or the build script) is newer than it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BUNDLES = ['dist/index.js', 'dist/cli.js', 'dist/validate-worker.js'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  // The build also compiles schemas/ into src/core/schema-validators.generated.js.
  const sources = Math.max(
    newestMtime(join(root, 'src')),
    newestMtime(join(root, 'packages')),
    newestMtime(join(root, 'schemas')),
    ...['scripts/build.mjs', 'scripts/schema-validators.mjs'].map((script) => statSync(join(root, script)).mtimeMs),
  );
  return BUNDLES.some((bundle) => {
    const path = join(root, bundle);
    return !existsSync(path) || statSync(path).mtimeMs < sources;
  });
}

/** Builds `dist/` when missing or older than `src/`; a failed build stops the run with its output. */
export default function setup(): void {
  if (!isStale()) return;
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const output = error && typeof error === 'object' ? [(error as { stdout?: string }).stdout, (error as { stderr?: string }).stderr].filter(Boolean).join('\n') : String(error);
    throw new Error(`The end-to-end tests need dist/ built from src/, and "npm run build" (node scripts/build.mjs) failed:\n${output}`);
  }
}
