/**
 * Runs the built `sitrep` command line (`dist/cli.js`) in a child process, as a user does. The
 * child is awaited, not waited for synchronously: a test worker blocked in a synchronous spawn
 * cannot answer vitest's RPC calls, and on a loaded machine misses their deadline.
 */
import { execFile, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { testNode } from '@sitrep/sandbox/runner';

export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(REPOSITORY_ROOT, 'dist/cli.js');

/** How a run ended: its exit code (null when killed by a signal) and everything it printed. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `sitrep <args>` in `cwd` (default: this repository) with `env` (default: this process's). */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(testNode(), [CLI, ...args], { cwd: options.cwd ?? REPOSITORY_ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const execFileAsync = promisify(execFile);

/** Runs git in `cwd` as a fixed test author; rejects with git's output when it fails. */
export async function git(cwd: string, ...args: string[]): Promise<void> {
  await execFileAsync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd });
}
