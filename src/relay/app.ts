/**
 * `sitrep relay` as a web app (SPEC 5): alert webhooks in, one `sitrep-alert` repository dispatch
 * out per alert group. Stateless, no incident logic; the same app serves under `node:http` and
 * wherever a platform hands it a web `Request` (`app.fetch`).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createDispatcher, type Dispatcher } from './dispatch.js';
import { decodeAlertmanager, decodeGeneric, decodeGrafana, FormatError, type ReceivedGroup } from './formats.js';
import { alertPayload } from './payload.js';
import { registerPagerRoutes, type PagerRelayOptions } from './pagers.js';

/** Largest body accepted: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** One JSON log line per request. Never holds the secret, the token or the Authorization header. */
export interface RelayLogLine {
  time: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  key?: string;
  source?: string;
  alerts?: number;
  error?: string;
}

export interface RelayOptions extends PagerRelayOptions {
  /** `owner/name`: where dispatches go. */
  repo: string;
  /** The shared secret senders present (`SITREP_RELAY_SECRET`). */
  secret: string;
  /** Forwards one group; built from `token` and `apiUrl` when omitted. */
  dispatch?: Dispatcher;
  /** `GITHUB_TOKEN`, when `dispatch` is omitted. */
  token?: string;
  /** `GITHUB_API_URL`, default https://api.github.com. */
  apiUrl?: string;
  /** Receives one line per request; JSON on stderr when omitted. */
  log?: (line: RelayLogLine) => void;
  /** The clock (stamps the generic route's alerts). */
  now?: () => number;
}

const REPO = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

/** Checks options that would make every request fail, so a bad setup fails at start. */
export function relayOptionProblems(options: { repo?: string | undefined; secret?: string | undefined; token?: string | undefined }): string[] {
  const problems: string[] = [];
  if (!options.repo) problems.push('--repo is required: the repository (owner/name) that receives the dispatches');
  else if (!REPO.test(options.repo)) problems.push(`--repo: "${options.repo}" is not owner/name`);
  if (!options.secret) problems.push('SITREP_RELAY_SECRET is required: the secret senders present as a bearer token or basic-auth password');
  if (!options.token) problems.push('GITHUB_TOKEN is required: a token that may create repository dispatch events on the repository');
  return problems;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * True when the request presents the secret: `Authorization: Bearer <secret>`, or basic auth
 * with the secret as password (any user name). Compared in constant time over equal-length digests.
 */
export function presentsSecret(authorization: string | undefined, secret: string): boolean {
  if (!authorization) return false;
  const expected = digest(secret);
  const space = authorization.indexOf(' ');
  const scheme = space < 0 ? '' : authorization.slice(0, space).toLowerCase();
  const credentials = space < 0 ? '' : authorization.slice(space + 1).trim();
  let presented: string | undefined;
  if (scheme === 'bearer') presented = credentials;
  else if (scheme === 'basic') {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    presented = colon < 0 ? undefined : decoded.slice(colon + 1);
  }
  // Always compare, so a malformed header takes as long as a wrong secret.
  const match = timingSafeEqual(digest(presented ?? ''), expected);
  return presented !== undefined && match;
}

type Decoder = (body: unknown, now: number) => ReceivedGroup;

const ROUTES: ReadonlyArray<readonly [string, Decoder]> = [
  ['/alertmanager', decodeAlertmanager],
  ['/grafana', decodeGrafana],
  ['/generic', decodeGeneric],
];

interface Facts {
  key?: string;
  source?: string;
  alerts?: number;
  error?: string;
}

/** The app's per-request variables: what the log line reports beyond route and status. */
export interface RelayEnv {
  Variables: { facts: Facts | undefined };
}

/** The relay app. Its `fetch` is the web handler; `@hono/node-server` serves it under `node:http`. */
export function createRelayApp(options: RelayOptions): Hono<RelayEnv> {
  const problems = relayOptionProblems({ repo: options.repo, secret: options.secret, token: options.dispatch ? 'given' : options.token });
  if (problems.length) throw new Error(problems.join('; '));
  const dispatch =
    options.dispatch ?? createDispatcher({ repo: options.repo, token: options.token!, apiUrl: options.apiUrl ?? 'https://api.github.com' });
  const log = options.log ?? ((line: RelayLogLine) => process.stderr.write(`${JSON.stringify(line)}\n`));
  const now = options.now ?? Date.now;
  const app = new Hono<RelayEnv>();

  // One log line per request, whatever answered it.
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const known = c.get('facts') ?? {};
    log({
      time: new Date().toISOString(),
      method: c.req.method,
      route: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...known,
    });
  });

  app.get('/healthz', (c) => c.json({ ok: true }));

  const answerError = (c: Context<RelayEnv>, status: 400 | 401 | 413 | 502, error: string) => {
    c.set('facts', { ...c.get('facts'), error });
    return c.json({ error }, status);
  };

  for (const [path, decode] of ROUTES) {
    app.post(
      path,
      async (c, next) => {
        if (!presentsSecret(c.req.header('authorization'), options.secret)) {
          c.header('WWW-Authenticate', 'Bearer realm="sitrep relay"');
          return answerError(c, 401, 'unauthorized: send the relay secret as a bearer token or as the basic-auth password');
        }
        await next();
      },
      bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => answerError(c, 413, `body too large: at most ${MAX_BODY_BYTES} bytes`) }),
      async (c) => {
        let body: unknown;
        try {
          body = JSON.parse(await c.req.text());
        } catch {
          return answerError(c, 400, 'body: not valid JSON');
        }
        let group: ReceivedGroup;
        try {
          group = decode(body, now());
        } catch (error) {
          if (error instanceof FormatError) return answerError(c, 400, error.message);
          throw error;
        }
        const payload = alertPayload(group);
        c.set('facts', { key: payload.key, source: payload.source, alerts: group.alerts.length });
        const result = await dispatch(payload);
        if (!result.ok) return answerError(c, 502, `not forwarded to GitHub: ${result.error}`);
        return c.json({ forwarded: true, key: payload.key, alerts: payload.alerts.length, truncated: payload.counts?.truncated ?? 0 }, 202);
      },
    );
  }

  registerPagerRoutes(app, options, { ...options, now, authorized: (c) => presentsSecret(c.req.header('authorization'), options.secret), answerError, maxBodyBytes: MAX_BODY_BYTES });

  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}; POST /alertmanager, /grafana or /generic, GET /healthz` }, 404));
  app.onError((error, c) => {
    c.set('facts', { ...c.get('facts'), error: `internal error: ${error.message}` });
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
