/** Runs the built `sitrep relay` as a child process, with every wait bounded. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testNode } from '@sitrep/sandbox/runner';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface RelayProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves to the exit code (or the signal's name), failing after `ms`. */
  exited: (ms?: number) => Promise<number | string>;
}

/** Starts `node dist/cli.js relay …` and waits (at most `ms`) for its `RELAY_URL=` line. */
export async function startRelay(args: string[], env: Record<string, string>, ms = 15_000): Promise<RelayProcess> {
  const child = spawn(testNode(), [CLI, 'relay', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no RELAY_URL within ${ms} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, ms);
    const check = () => {
      const match = /^RELAY_URL=(\S+)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited (${code}) before RELAY_URL\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
  return {
    child,
    url,
    stdout: () => stdout,
    stderr: () => stderr,
    exited: (limit = 15_000) =>
      Promise.race([
        exit,
        new Promise<never>((_, reject) =>
          setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`relay did not exit within ${limit} ms\nstderr: ${stderr}`));
          }, limit).unref(),
        ),
      ]),
  };
}
