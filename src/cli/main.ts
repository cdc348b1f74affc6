import { UsageError } from '@sitrep/shared/args';

/** A subcommand: takes the arguments after its name, returns the process exit code. */
export type CommandRunner = (argv: string[]) => Promise<number>;

interface CommandEntry {
  synopsis: string;
  summary: string;
  /** Loaded on demand so one command's dependencies never slow down or break another. */
  load: () => Promise<CommandRunner>;
}

const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  init: {
    synopsis: 'init [dir]',
    summary: 'write config, issue form and workflows',
    load: async () => (await import('./init.js')).initCommand,
  },
  validate: {
    synopsis: 'validate [paths...]',
    summary: 'schemas + cross-checks; file:line errors; exit 1 on any',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  report: {
    synopsis: 'report [dir] [--json]',
    summary: 'metrics from the files: counts, MTTA/MTTR, cadence kept',
    load: async () => (await import('./report.js')).reportCommand,
  },
  postmortem: {
    synopsis: 'postmortem INC-<n> [dir]',
    summary: 'render a postmortem from the file alone (offline)',
    load: async () => (await import('./postmortem.js')).postmortemCommand,
  },
  drill: {
    synopsis: 'drill [--scenario <name>]',
    summary: 'rehearse a whole incident on a local GitHub sandbox',
    load: async () => (await import('./drill.js')).drillCommand,
  },
  'status-page': {
    synopsis: 'status-page [dir] [--out site]',
    summary: 'build the status page from the incident files',
    load: async () => (await import('./status-page.js')).statusPageCommand,
  },
  sandbox: {
    synopsis: 'sandbox [--port N]',
    summary: 'serve the local GitHub sandbox (prints its URL)',
    load: async () => (await import('@sitrep/sandbox/serve')).sandboxCommand,
  },
  relay: {
    synopsis: 'relay --repo owner/name [--port N] [--host H]',
    summary: 'receive alert webhooks, dispatch to GitHub',
    load: async () => (await import('../relay/serve.js')).relayCommand,
  },
};

/** The top-level usage text. */
export function usage(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.synopsis.length)) + 2;
  const lines = Object.values(COMMANDS).map((c) => `  sitrep ${c.synopsis.padEnd(width)}${c.summary}`);
  return [
    'Usage: sitrep <command> [options]',
    '',
    'Incident response on GitHub, as code.',
    '',
    'Commands:',
    ...lines,
    `  sitrep ${'help [command]'.padEnd(width)}show this help, or a command's options`,
    '',
    'Run "sitrep <command> --help" for a command\'s options.',
    '',
  ].join('\n');
}

/** Runs the `sitrep` command line; resolves to the process exit code (0 ok, 1 problems found, 2 bad usage). */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0];
    if (topic !== undefined && Object.hasOwn(COMMANDS, topic)) return run(topic, ['--help']);
    if (topic !== undefined) {
      process.stderr.write(`sitrep: unknown command "${topic}"\n\n${usage()}`);
      return 2;
    }
    process.stdout.write(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${await version()}\n`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    const what = name.startsWith('-') ? `unknown option "${name}"` : `unknown command "${name}"`;
    process.stderr.write(`sitrep: ${what}\n\n${usage()}`);
    return 2;
  }
  return run(name, rest);
}

async function run(name: string, argv: string[]): Promise<number> {
  const entry = COMMANDS[name] as CommandEntry;
  let command: CommandRunner;
  try {
    command = await entry.load();
  } catch (error) {
    process.stderr.write(`sitrep ${name}: not available in this build (${messageOf(error)})\n`);
    return 2;
  }
  try {
    return await command(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sitrep ${name}: ${error.message}\n\n${error.usage}`);
      return 2;
    }
    process.stderr.write(`sitrep ${name}: ${error instanceof Error && error.stack ? error.stack : messageOf(error)}\n`);
    return 1;
  }
}

async function version(): Promise<string> {
  const pkg = await import('../../package.json', { with: { type: 'json' } });
  return pkg.default.version;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
