/**
 * `sitrep sandbox [--port N] [--seed file]`: serves the GitHub sandbox until SIGINT or SIGTERM.
 * The first two lines of output are `SANDBOX_URL=<url>` and `SANDBOX_TOKEN=<token>`, so scripts can
 * read them (`eval "$(sitrep sandbox | head -2)"` in a background job, or a line reader).
 */
import { untilStopped } from '@sitrep/shared/signals';
import { createSandbox, type Sandbox } from './index.js';
import { readSeedFile, type SeedFile } from './seed.js';

const USAGE = 'usage: sitrep sandbox [--port N] [--seed file.(json|yml)]';

interface ServeArgs {
  port: number;
  seedPath: string | undefined;
}

function parseArgs(argv: string[]): ServeArgs | string {
  let port = 0;
  let seedPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--port') {
      const raw = value();
      const parsed = Number(raw);
      if (raw === undefined || !Number.isInteger(parsed) || parsed < 0 || parsed > 65535) return `--port needs a number from 0 to 65535, got ${raw ?? 'nothing'}`;
      port = parsed;
    } else if (flag === '--seed') {
      seedPath = value();
      if (!seedPath) return '--seed needs a file';
    } else if (flag === '--help' || flag === '-h') {
      return 'help';
    } else return `unknown argument ${arg}`;
  }
  return { port, seedPath };
}

/** Options for embedding the command (tests pass a signal instead of sending SIGINT). */
export interface SandboxCommandOptions {
  /** Stops serving when aborted, as SIGINT/SIGTERM do. */
  signal?: AbortSignal;
  /** Where the two lines and notices go (default stdout/stderr). */
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Called once the sandbox is listening. */
  onReady?: (sandbox: Sandbox) => void;
}

/** Runs `sitrep sandbox`; resolves with the exit code once stopped. */
export async function sandboxCommand(argv: string[], options: SandboxCommandOptions = {}): Promise<number> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args === 'help') {
      out(USAGE);
      return 0;
    }
    err(`sitrep sandbox: ${args}\n${USAGE}`);
    return 2;
  }
  let seed: SeedFile | undefined;
  try {
    seed = args.seedPath ? await readSeedFile(args.seedPath) : undefined;
  } catch (error) {
    err(`sitrep sandbox: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let sandbox: Sandbox;
  try {
    // A served sandbox follows real time, from now (or from the seed's clock).
    sandbox = await createSandbox({ ...(seed ? { seed } : {}), port: args.port, clock: { ticking: true, ...(seed?.clock ? { start: seed.clock } : {}) } });
  } catch (error) {
    err(`sitrep sandbox: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  out(`SANDBOX_URL=${sandbox.url}`);
  out(`SANDBOX_TOKEN=${sandbox.token}`);
  err(`Serving ${sandbox.defaultRepo} as alice (admin); the Actions bot token is ${sandbox.botToken}. Stop with Ctrl-C.`);
  options.onReady?.(sandbox);

  await untilStopped(options.signal);
  const recorded = sandbox.violations.all;
  await sandbox.close({ ignoreViolations: true });
  // Served interactively, a violation is news for the person, not a failure of the command.
  if (recorded.length > 0) {
    err(`The sandbox recorded ${recorded.length} violation(s) of GitHub's API descriptions:`);
    for (const violation of recorded) err(`- ${violation.message} (${violation.method} ${violation.path})`);
  }
  return 0;
}
