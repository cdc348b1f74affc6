// Bundles TypeScript modules of this repository for a benchmark, as scripts/build.mjs does, so a
// benchmark always measures the current sources.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles `exports` (lines like `export { x } from './src/...ts'`) and imports the result. */
export async function importSources(name, exports) {
  // The bundle lives in the checkout so its external packages resolve from node_modules.
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules', '.cache', `sitrep-bench-${name}-`));
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    absWorkingDir: root,
    banner: { js: "import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);" },
    outfile: join(dir, `${name}.js`),
    external: ['@octokit/graphql-schema', 'graphql', '@octokit/openapi-webhooks', '@octokit/webhooks-examples'],
  });
  return import(join(dir, `${name}.js`));
}

/** A `--import` module that prints the process's CPU time on exit, for child processes. */
export const CPU_REPORTER = `data:text/javascript;base64,${Buffer.from(
  'process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("SITREP_CPU_MS="+Math.round((u.user+u.system)/1000)+"\\n")})',
).toString('base64')}`;

/** The CPU milliseconds a child process reported through CPU_REPORTER. */
export function reportedCpuMs(stderr) {
  const match = /SITREP_CPU_MS=(\d+)/.exec(stderr);
  return match ? Number(match[1]) : NaN;
}

/** A seeded pseudo-random generator (mulberry32) with helpers, so a benchmark's corpus is the same every run. */
export function seededRandom(seed) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { random, pick: (list) => list[Math.floor(random() * list.length)] };
}

/** `2026-11-21T10:00:00Z` for an instant. */
export const stamp = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
