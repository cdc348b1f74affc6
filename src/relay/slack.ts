/**
 * The relay's Slack routes (SPEC 4.12, 5): `POST /slack/commands`, `/slack/interactivity` and
 * `/slack/events`, enabled when `SITREP_SLACK_SIGNING_SECRET` is set. Each request is verified
 * with Slack's `v0` signature over the raw body and its timestamp before anything else; it is
 * answered within Slack's 3 seconds; what must reach the incident is forwarded as one
 * `repository_dispatch` `sitrep-slack` (`schemas/slack.schema.json`). The one thing the relay
 * does in Slack itself is open the "Declare incident" modal, whose trigger expires in 3 seconds.
 *
 * Reactions: the relay has no configuration, so it forwards only the reactions named by
 * `SITREP_SLACK_TIMELINE_REACTIONS` (comma separated, default `pushpin`); the action checks them
 * again against `slack.timeline`. Pins are always forwarded.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SlackClient } from '../slack/client.js';
import { declareModal, readDeclareSubmission, DECLARE_CALLBACK_ID } from '../slack/modal.js';
import type { RelayEnv } from './env.js';
import { MAX_PAYLOAD_CHARS } from './payload.js';

/** The event type of Slack's dispatches. */
export const SLACK_EVENT_TYPE = 'sitrep-slack';
/** Slack's requests older than this are refused (replays). */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;
/** How long the relay waits for GitHub before answering a slash command without it. */
export const ACCEPT_WITHIN_MS = 2_500;
const MAX_BODY_BYTES = 1024 * 1024;
/** Events forwarded recently, by event_id: a retry of one of them is not forwarded again. */
const REMEMBERED_EVENTS = 10_000;

/** The `client_payload` of a `sitrep-slack` dispatch. */
export interface SlackPayload {
  version: 1;
  kind: 'command' | 'declare' | 'timeline';
  team: string;
  channel: string;
  user: { id: string; name?: string };
  text?: string;
  ts?: string;
  response_url?: string;
  permalink?: string;
  details?: {
    severity?: string | null;
    status?: 'triage' | 'investigating';
    summary?: string;
    customers?: string[];
    via?: string;
    author?: string;
    thread_ts?: string;
    channel_name?: string;
    truncated?: number;
  };
}

/** Sends one payload to GitHub. */
export type SlackDispatcher = (payload: SlackPayload) => Promise<{ ok: true; status: number } | { ok: false; status: number | null; error: string }>;

export interface SlackRouteOptions {
  /** `SITREP_SLACK_SIGNING_SECRET`. */
  signingSecret: string;
  /** `SITREP_SLACK_TEAM_ID`: requests from another workspace get 403. */
  teamId?: string | undefined;
  /** `SITREP_SLACK_TOKEN`: the bot token, for `views.open`. */
  token?: string | undefined;
  /** `SITREP_SLACK_API_URL`. */
  slackApiUrl?: string | undefined;
  /** `SITREP_SLACK_TIMELINE_REACTIONS`: reaction names forwarded for the timeline (default pushpin). */
  reactions?: readonly string[] | undefined;
  dispatch: SlackDispatcher;
  /** Clock in milliseconds. */
  now?: () => number;
  /** How long to wait for GitHub before answering a slash command without it (default 2,500 ms). */
  acceptWithinMs?: number;
}


/** True when `signature` is Slack's `v0` HMAC of `v0:<timestamp>:<body>`. Constant time. */
export function verifySlackSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`);
  const presented = Buffer.from(signature);
  // Equal lengths for timingSafeEqual; a wrong length still takes a comparison.
  const same = presented.length === expected.length;
  return timingSafeEqual(same ? presented : expected, expected) && same;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A payload within GitHub's limits: the text is cut (ending with …, counted in
 * `details.truncated`) until the whole serializes to at most 65,535 characters; the permalink is kept.
 */
export function fitSlackPayload(payload: SlackPayload): SlackPayload {
  if (JSON.stringify(payload).length <= MAX_PAYLOAD_CHARS || !payload.text) return payload;
  const text = payload.text;
  const fitted = { ...payload, details: { ...payload.details, truncated: 1 } };
  // JSON escapes can make a character up to 6 long; cut, measure, cut again.
  let keep = text.length;
  for (;;) {
    const over = JSON.stringify({ ...fitted, text: clip(text, keep), details: { ...fitted.details, truncated: text.length - keep + 1 } }).length - MAX_PAYLOAD_CHARS;
    if (over <= 0 || keep <= 1) break;
    keep = Math.max(1, keep - Math.max(over, 1));
  }
  return { ...fitted, text: clip(text, keep), details: { ...fitted.details, truncated: text.length - keep + 1 } };
}

type SlackContext = Context<RelayEnv>;

/** Adds the Slack routes to the relay app. */
export function registerSlackRoutes(app: Hono<RelayEnv>, options: SlackRouteOptions): void {
  const now = options.now ?? Date.now;
  const acceptWithin = options.acceptWithinMs ?? ACCEPT_WITHIN_MS;
  const reactions = new Set((options.reactions ?? ['pushpin']).map((r) => r.trim().replace(/^:|:$/g, '')).filter(Boolean));
  const slack = options.token ? new SlackClient({ token: options.token, slackApiUrl: options.slackApiUrl, retries: 0, timeoutMs: 2_000 }) : undefined;
  const forwarded = new Map<string, number>();

  const refuse = (c: SlackContext, status: 400 | 401 | 403 | 413 | 500 | 502, error: string) => {
    c.set('facts', { ...c.get('facts'), source: 'slack', error });
    return c.json({ error }, status);
  };

  /** Verifies the signature and age, then hands over the raw body. */
  const verified = async (c: SlackContext): Promise<string | Response> => {
    const body = await c.req.text();
    const timestamp = c.req.header('x-slack-request-timestamp') ?? '';
    const signature = c.req.header('x-slack-signature') ?? '';
    const age = Math.abs(now() / 1000 - Number(timestamp));
    const signed = verifySlackSignature(options.signingSecret, timestamp, body, signature);
    if (!signed) return refuse(c, 401, 'unauthorized: the X-Slack-Signature does not match this relay\'s signing secret');
    if (!/^\d+$/.test(timestamp) || age > MAX_REQUEST_AGE_SECONDS) return refuse(c, 401, 'unauthorized: X-Slack-Request-Timestamp is more than 5 minutes from now (a replay, or a clock that is off)');
    return body;
  };

  const wrongTeam = (c: SlackContext, team: string | undefined) =>
    options.teamId && team !== options.teamId ? refuse(c, 403, `forbidden: requests from Slack workspace ${team ?? '(none)'} are not accepted here`) : undefined;

  /** Forwards within `acceptWithin`; `pending` when GitHub has not answered yet (the dispatch goes on). */
  const forward = async (payload: SlackPayload): Promise<{ ok: true } | { ok: false; error: string } | { pending: true }> => {
    const sent = options.dispatch(fitSlackPayload(payload));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<{ pending: true }>((resolve) => {
      timer = setTimeout(() => resolve({ pending: true }), acceptWithin);
    });
    const result = await Promise.race([sent.then((r) => (r.ok ? { ok: true as const } : { ok: false as const, error: r.error })), late]);
    clearTimeout(timer);
    return result;
  };

  // The rest of a refused body is never read, so the connection cannot carry another request:
  // say so, and the client opens a new one instead of losing its next request on this one.
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      c.header('Connection', 'close');
      return refuse(c as SlackContext, 413, `body too large: at most ${MAX_BODY_BYTES} bytes`);
    },
  });

  app.post('/slack/commands', limit, async (c) => {
    const body = await verified(c);
    if (typeof body !== 'string') return body;
    const form = new URLSearchParams(body);
    const team = form.get('team_id') ?? undefined;
    const denied = wrongTeam(c, team);
    if (denied) return denied;
    const channel = form.get('channel_id') ?? '';
    const user = form.get('user_id') ?? '';
    const text = form.get('text') ?? '';
    c.set('facts', { source: 'slack', key: `command:${channel}` });
    if (!team || !channel || !user) return refuse(c, 400, 'body: a slash command needs team_id, channel_id and user_id');
    const result = await forward({
      version: 1,
      kind: 'command',
      team,
      channel,
      user: { id: user, ...(form.get('user_name') ? { name: form.get('user_name')! } : {}) },
      text,
      ...(form.get('response_url') ? { response_url: form.get('response_url')! } : {}),
      details: { channel_name: form.get('channel_name') ?? '' },
    });
    if ('pending' in result) {
      return c.json({ response_type: 'ephemeral', text: `GitHub has not accepted \`/inc ${text}\` yet. It may still arrive: check the incident in a minute, and send it again if it has not.` });
    }
    if (!result.ok) {
      c.set('facts', { ...c.get('facts'), error: result.error });
      return c.json({ response_type: 'ephemeral', text: `Not forwarded to GitHub (${result.error}). Nothing changed; please send \`/inc ${text}\` again.` });
    }
    return c.json({ response_type: 'ephemeral', text: `Sent to GitHub: \`/inc ${text}\`. The answer follows here.` });
  });

  app.post('/slack/interactivity', limit, async (c) => {
    const body = await verified(c);
    if (typeof body !== 'string') return body;
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(new URLSearchParams(body).get('payload') ?? '') as Record<string, unknown>;
    } catch {
      return refuse(c, 400, 'body: payload is not JSON');
    }
    const team = (payload.team as { id?: string } | undefined)?.id;
    const denied = wrongTeam(c, team);
    if (denied) return denied;
    const user = payload.user as { id?: string; name?: string; username?: string } | undefined;
    c.set('facts', { source: 'slack', key: String(payload.type) });

    if (payload.type === 'message_action' && payload.callback_id === DECLARE_CALLBACK_ID) {
      const channel = (payload.channel as { id?: string } | undefined)?.id ?? '';
      const message = payload.message as { ts?: string; text?: string } | undefined;
      if (!slack) return refuse(c, 500, 'the relay has no SITREP_SLACK_TOKEN, so it cannot open the Declare incident form');
      try {
        await slack.openView(String(payload.trigger_id ?? ''), declareModal({ channel, ts: message?.ts ?? String(payload.message_ts ?? '') }, message?.text ?? ''));
      } catch (error) {
        c.set('facts', { ...c.get('facts'), error: error instanceof Error ? error.message : String(error) });
      }
      return c.body(null, 200);
    }

    if (payload.type === 'view_submission') {
      const submission = readDeclareSubmission((payload.view ?? {}) as Parameters<typeof readDeclareSubmission>[0]);
      if (!submission) return c.body(null, 200);
      if (!submission.title) return c.json({ response_action: 'errors', errors: { title: 'A title is needed' } });
      let permalink: string | undefined;
      try {
        permalink = slack ? await slack.permalink(submission.channel, submission.ts) : undefined;
      } catch {
        permalink = undefined;
      }
      const result = await forward({
        version: 1,
        kind: 'declare',
        team: team ?? '',
        channel: submission.channel,
        user: { id: user?.id ?? '', ...(user?.username || user?.name ? { name: user.username ?? user.name! } : {}) },
        text: clip(submission.title, 256),
        ts: submission.ts,
        ...(permalink ? { permalink } : {}),
        details: { severity: submission.severity, status: submission.status, summary: submission.summary, customers: submission.customers },
      });
      if ('pending' in result || !result.ok) {
        const why = 'pending' in result ? 'GitHub has not accepted the declaration yet; it may still arrive. Check the incidents before declaring again.' : `GitHub did not accept the declaration (${result.error}); please try again.`;
        return c.json({ response_action: 'errors', errors: { title: why } });
      }
      return c.json({ response_action: 'clear' });
    }

    if (payload.type === 'block_actions') {
      const action = (payload.actions as { action_id?: string; value?: string }[] | undefined)?.[0];
      const channel = (payload.channel as { id?: string } | undefined)?.id ?? (payload.container as { channel_id?: string } | undefined)?.channel_id ?? '';
      if (action?.action_id !== 'sitrep_command' || !action.value || !team || !channel || !user?.id) return c.body(null, 200);
      const result = await forward({
        version: 1,
        kind: 'command',
        team,
        channel,
        user: { id: user.id, ...(user.username ? { name: user.username } : {}) },
        text: action.value,
        ...(typeof payload.response_url === 'string' ? { response_url: payload.response_url } : {}),
      });
      return 'pending' in result || result.ok ? c.body(null, 200) : refuse(c, 502, `not forwarded to GitHub: ${result.error}`);
    }
    return c.body(null, 200);
  });

  app.post('/slack/events', limit, async (c) => {
    const body = await verified(c);
    if (typeof body !== 'string') return body;
    let envelope: Record<string, unknown>;
    try {
      envelope = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return refuse(c, 400, 'body: not valid JSON');
    }
    if (envelope.type === 'url_verification') return c.json({ challenge: String(envelope.challenge ?? '') });
    const denied = wrongTeam(c, envelope.team_id as string | undefined);
    if (denied) return denied;
    const eventId = String(envelope.event_id ?? '');
    c.set('facts', { source: 'slack', key: eventId });
    if (c.req.header('x-slack-retry-num') && forwarded.has(eventId)) return c.body(null, 200);
    const event = (envelope.event ?? {}) as Record<string, unknown>;
    const payload = timelinePayload(String(envelope.team_id ?? ''), event, reactions);
    if (!payload) return c.body(null, 200);
    const result = await forward(payload);
    if ('pending' in result || result.ok) {
      forwarded.set(eventId, now());
      if (forwarded.size > REMEMBERED_EVENTS) forwarded.delete(forwarded.keys().next().value!);
      return c.body(null, 200);
    }
    // Slack retries an event answered with an error, which is what a failed forward wants.
    return refuse(c, 502, `not forwarded to GitHub: ${result.error}`);
  });
}

/** A pin or a timeline reaction as a `timeline` payload; undefined for any other event. */
function timelinePayload(team: string, event: Record<string, unknown>, reactions: ReadonlySet<string>): SlackPayload | undefined {
  const user = String(event.user ?? '');
  if (event.type === 'pin_added') {
    const item = (event.item ?? {}) as { channel?: string; message?: { ts?: string; user?: string; text?: string; permalink?: string; thread_ts?: string } };
    const message = item.message;
    const channel = item.channel ?? String(event.channel_id ?? '');
    if (!message?.ts || !channel) return undefined;
    return {
      version: 1,
      kind: 'timeline',
      team,
      channel,
      user: { id: user },
      text: message.text ?? '',
      ts: message.ts,
      ...(message.permalink ? { permalink: message.permalink } : {}),
      details: { via: 'pin', author: message.user ?? '', ...(message.thread_ts && message.thread_ts !== message.ts ? { thread_ts: message.thread_ts } : {}) },
    };
  }
  if (event.type === 'reaction_added') {
    const item = (event.item ?? {}) as { type?: string; channel?: string; ts?: string };
    const reaction = String(event.reaction ?? '');
    if (item.type !== 'message' || !item.channel || !item.ts || !reactions.has(reaction)) return undefined;
    return { version: 1, kind: 'timeline', team, channel: item.channel, user: { id: user }, ts: item.ts, details: { via: `reaction:${reaction}`, author: String(event.item_user ?? '') } };
  }
  return undefined;
}

/** The Slack routes' options from the environment; undefined (routes off) without `SITREP_SLACK_SIGNING_SECRET`. */
export function slackOptionsFromEnv(env: Record<string, string | undefined>): Omit<SlackRouteOptions, 'dispatch'> | undefined {
  const signingSecret = env.SITREP_SLACK_SIGNING_SECRET;
  if (!signingSecret) return undefined;
  return {
    signingSecret,
    teamId: env.SITREP_SLACK_TEAM_ID || undefined,
    token: env.SITREP_SLACK_TOKEN || undefined,
    slackApiUrl: env.SITREP_SLACK_API_URL || undefined,
    reactions: env.SITREP_SLACK_TIMELINE_REACTIONS ? env.SITREP_SLACK_TIMELINE_REACTIONS.split(',') : undefined,
  };
}
