/**
 * The relay for platforms that hand the app a web `Request` (serverless functions, edge runtimes
 * with Node APIs): `export default { fetch }`, configured from the environment —
 * `SITREP_RELAY_REPO` (owner/name), `SITREP_RELAY_SECRET`, `GITHUB_TOKEN`, `GITHUB_API_URL`.
 *
 * Embedding it elsewhere: `createRelayApp({ repo, secret, token }).fetch(request)`.
 */
import { createRelayApp, relayOptionProblems, type RelayOptions } from './app.js';

export { createRelayApp, presentsSecret, relayOptionProblems, MAX_BODY_BYTES } from './app.js';
export type { RelayOptions, RelayLogLine } from './app.js';
export { createDispatcher } from './dispatch.js';
export type { Dispatcher, DispatchResult, DispatcherOptions } from './dispatch.js';
export { alertPayload, MAX_PAYLOAD_CHARS } from './payload.js';

type Env = Record<string, unknown>;

let app: ReturnType<typeof createRelayApp> | undefined;

function optionsFrom(env: Env): RelayOptions {
  const read = (name: string) => {
    const value = env[name] ?? (typeof process === 'undefined' ? undefined : process.env[name]);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const repo = read('SITREP_RELAY_REPO');
  const secret = read('SITREP_RELAY_SECRET');
  const token = read('GITHUB_TOKEN');
  const problems = relayOptionProblems({ repo, secret, token }).map((p) => p.replace('--repo', 'SITREP_RELAY_REPO'));
  if (problems.length) throw new Error(problems.join('; '));
  return { repo: repo!, secret: secret!, token: token!, apiUrl: read('GITHUB_API_URL') ?? 'https://api.github.com', pagerdutySecret: read('SITREP_PAGERDUTY_SECRET') };
}

export default {
  /** The web handler; `env` is the platform's bindings when it passes them, else `process.env` is read. */
  fetch(request: Request, env: Env = {}): Response | Promise<Response> {
    app ??= createRelayApp(optionsFrom(env));
    return app.fetch(request);
  },
};
