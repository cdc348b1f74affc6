/**
 * What each bundle carries, read from esbuild's metafile: the action bundle (`dist/index.js`) has
 * no module of the sandbox package, and the CLI loads the sandbox only in the chunks of
 * `sitrep sandbox` and `sitrep drill`, never in `cli.js` itself.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAction, buildCli } from '../../scripts/build.mjs';

const SANDBOX = 'packages/sandbox/';

let outdir: string;
let action: Metafile;
let cli: Metafile;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'sitrep-bundles-'));
  action = await buildAction(outdir);
  cli = await buildCli(outdir);
}, 120_000);

afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

/** The source files bundled into one output file, by the output's name relative to the out folder. */
function inputsOf(metafile: Metafile, name: string): string[] {
  const entry = Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/${name}`) || path === name);
  if (!entry) throw new Error(`no output ${name} in ${Object.keys(metafile.outputs).join(', ')}`);
  return Object.keys(entry[1].inputs);
}

describe('the action bundle', () => {
  it('carries the action and no module of the sandbox package', () => {
    const inputs = inputsOf(action, 'index.js');
    expect(inputs).toContain('src/action/index.ts');
    expect(inputs.filter((path) => path.startsWith(SANDBOX))).toEqual([]);
    expect(Object.keys(action.inputs).filter((path) => path.startsWith(SANDBOX))).toEqual([]);
  });
});

describe('the CLI bundle', () => {
  it('keeps the sandbox out of cli.js, in the chunks loaded by sitrep sandbox and sitrep drill', () => {
    expect(inputsOf(cli, 'cli.js').filter((path) => path.startsWith(SANDBOX))).toEqual([]);
    // The sandbox is still bundled, in a chunk of its own that the two commands import on demand.
    const chunks = Object.entries(cli.outputs).filter(([path]) => path.includes('/chunks/') && path.endsWith('.js'));
    const withSandbox = chunks.filter(([, output]) => Object.keys(output.inputs).some((path) => path.startsWith(SANDBOX)));
    expect(withSandbox.length).toBeGreaterThan(0);
    const loaders = Object.keys(cli.inputs).filter((path) => path.startsWith('src/') && cli.inputs[path]!.imports.some((i) => i.path.startsWith(SANDBOX)));
    expect(loaders.sort()).toEqual(['src/cli/drill.ts', 'src/cli/main.ts']);
  });
});
