/**
 * `sitrep relay --repo owner/name [--port N] [--host H]`: serves the relay app under `node:http`
 * until SIGTERM or SIGINT, then stops accepting, lets requests in flight finish and exits 0.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { parseCommandArgs, UsageError } from '../cli/args.js';
import { untilStopped } from '../cli/signals.js';
import { createRelayApp, relayOptionProblems, type RelayLogLine } from './app.js';

export const RELAY_USAGE = `Usage: sitrep relay --repo owner/name [--port N] [--host H]

Receives alert webhooks and forwards each alert group to GitHub as a repository dispatch
(event_type sitrep-alert), which the sitrep action turns into an incident.

Routes: POST /alertmanager (webhook version 4), POST /grafana, POST /generic, GET /healthz.

Options:
  --repo owner/name   the repository that receives the dispatches (required)
  --port N            port to listen on (default 8080; 0 picks a free one)
  --host H            address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)

Environment:
  SITREP_RELAY_SECRET  required: senders present it as a bearer token or basic-auth password
  GITHUB_TOKEN         required: a token that may create repository dispatch events
  GITHUB_API_URL       default https://api.github.com

Prints RELAY_URL=<url> once listening; logs one JSON line per request on stderr.
`;

/** How long requests in flight may take to finish after SIGTERM before the connections are cut. */
const DRAIN_MS = 10_000;

export interface RelayCommandOptions {
  env?: Record<string, string | undefined>;
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Stops the relay as SIGTERM does (tests). */
  signal?: AbortSignal;
}

/** Runs `sitrep relay`; resolves to the exit code once stopped. */
export async function relayCommand(argv: string[], options: RelayCommandOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { values } = parseCommandArgs(
    {
      args: argv,
      options: {
        repo: { type: 'string' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    },
    RELAY_USAGE,
  );
  if (values.help) {
    out(RELAY_USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) throw new UsageError(`--port: "${values.port}" is not a port number (0-65535)`, RELAY_USAGE);
  const secret = env.SITREP_RELAY_SECRET;
  const token = env.GITHUB_TOKEN;
  const problems = relayOptionProblems({ repo: values.repo, secret, token });
  if (problems.length) throw new UsageError(problems.join('\n'), RELAY_USAGE);

  const app = createRelayApp({
    repo: values.repo!,
    secret: secret!,
    token: token!,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    pagerdutySecret: env.SITREP_PAGERDUTY_SECRET || undefined,
    log: (line: RelayLogLine) => err(JSON.stringify(line)),
  });

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const started = serve({ fetch: app.fetch, port, hostname: values.host }, () => resolve(started as Server));
      started.once('error', reject);
    });
  } catch (error) {
    err(`sitrep relay: cannot listen on ${values.host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  out(`RELAY_URL=http://${host}:${address.port}`);
  err(JSON.stringify({ time: new Date().toISOString(), message: `relay listening, forwarding to ${values.repo}` }));

  await untilStopped(options.signal);

  // Stop accepting; idle keep-alive connections close now, busy ones once their answer is sent.
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
  err(JSON.stringify({ time: new Date().toISOString(), message: 'relay stopped' }));
  return 0;
}
