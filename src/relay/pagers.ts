/**
 * The pagers' answers (SPEC 4.11, 5): `POST /pagerduty` (webhooks v3, verified with
 * `X-PagerDuty-Signature` against `SITREP_PAGERDUTY_SECRET`), `POST /opsgenie` and
 * `POST /grafana-oncall` (the relay's own auth). An acknowledge, resolve, escalate or reassign for
 * an incident sitrep paged becomes one `sitrep-page` dispatch; anything else is answered 2xx and
 * dropped. No incident logic here: the action decides what an answer changes.
 */
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  decodeGrafanaOnCall,
  decodeOpsgenie,
  decodePagerDuty,
  PAGE_EVENT_TYPE,
  PagerFormatError,
  verifyPagerDutySignature,
  type PageDecoded,
  type PagePayload,
} from '../paging/verify.js';
import { createDispatcher, type Dispatcher } from './dispatch.js';
import type { RelayEnv } from './app.js';

/** The relay options the pager routes read. */
export interface PagerRelayOptions {
  /** `SITREP_PAGERDUTY_SECRET`: the PagerDuty webhook subscription's signing secret. Without it, `/pagerduty` answers 401. */
  pagerdutySecret?: string | undefined;
  /** Forwards one answer; built from `token` and `apiUrl` when omitted. */
  dispatchPage?: Dispatcher<PagePayload>;
}

interface RouteContext {
  repo: string;
  token?: string | undefined;
  apiUrl?: string | undefined;
  now: () => number;
  /** The relay's own auth (bearer or basic with the secret), for the routes that use it. */
  authorized: (c: Context<RelayEnv>) => boolean;
  answerError: (c: Context<RelayEnv>, status: 400 | 401 | 413 | 502, error: string) => Response;
  maxBodyBytes: number;
}

type Decoder = (body: unknown, repo: string, now: number) => PageDecoded;

/** Adds the three pager routes to the relay app. */
export function registerPagerRoutes(app: Hono<RelayEnv>, options: PagerRelayOptions, context: RouteContext): void {
  const dispatch: Dispatcher<PagePayload> =
    options.dispatchPage ??
    (context.token
      ? createDispatcher<PagePayload>({ repo: context.repo, token: context.token, apiUrl: context.apiUrl ?? 'https://api.github.com', eventType: PAGE_EVENT_TYPE })
      : async () => ({ ok: false, status: null, error: 'the relay was given no GitHub token to dispatch pager answers with' }));
  const routes: ReadonlyArray<readonly [string, Decoder, 'pagerduty' | 'relay']> = [
    ['/pagerduty', decodePagerDuty, 'pagerduty'],
    ['/opsgenie', decodeOpsgenie, 'relay'],
    ['/grafana-oncall', decodeGrafanaOnCall, 'relay'],
  ];
  for (const [path, decode, auth] of routes) {
    app.post(
      path,
      async (c, next) => {
        if (auth === 'relay' && !context.authorized(c)) {
          c.header('WWW-Authenticate', 'Bearer realm="sitrep relay"');
          return context.answerError(c, 401, 'unauthorized: send the relay secret as a bearer token or as the basic-auth password');
        }
        await next();
      },
      bodyLimit({ maxSize: context.maxBodyBytes, onError: (c) => context.answerError(c, 413, `body too large: at most ${context.maxBodyBytes} bytes`) }),
      async (c) => {
        const raw = await c.req.text();
        if (auth === 'pagerduty') {
          if (!options.pagerdutySecret) return context.answerError(c, 401, 'unauthorized: this relay has no SITREP_PAGERDUTY_SECRET to verify PagerDuty webhooks with');
          if (!verifyPagerDutySignature(raw, c.req.header('x-pagerduty-signature'), options.pagerdutySecret)) {
            return context.answerError(c, 401, 'unauthorized: X-PagerDuty-Signature is missing or matches no v1 signature of this body');
          }
        }
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          return context.answerError(c, 400, 'body: not valid JSON');
        }
        let decoded: PageDecoded;
        try {
          decoded = decode(body, context.repo, context.now());
        } catch (error) {
          if (error instanceof PagerFormatError) return context.answerError(c, 400, error.message);
          throw error;
        }
        if ('dropped' in decoded) {
          c.set('facts', { ...c.get('facts'), error: `dropped: ${decoded.dropped}` });
          return c.json({ forwarded: false, reason: decoded.dropped }, 200);
        }
        const payload = decoded.payload;
        c.set('facts', { key: payload.key, source: payload.pager });
        const result = await dispatch(payload);
        if (!result.ok) return context.answerError(c, 502, `not forwarded to GitHub: ${result.error}`);
        return c.json({ forwarded: true, incident: payload.incident, action: payload.action }, 202);
      },
    );
  }
}
