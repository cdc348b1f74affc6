// Types of build.mjs for the tests that build the bundles and read what they carry.
import type { Metafile } from 'esbuild';

export function generateSources(): Promise<void>;
export function buildAction(outdir?: string): Promise<Metafile>;
export function buildCli(outdir?: string): Promise<Metafile>;
