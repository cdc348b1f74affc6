/**
 * A local Slack workspace for tests, the drill and `sitrep sandbox` (SPEC 8): the Web API methods
 * sitrep calls, with the channels, messages, pins and bookmarks they change, and requests to a
 * URL (the relay) signed as Slack signs them — slash commands, interactivity payloads, events.
 *
 * Every Web API request is checked against Slack's published OpenAPI description (the subset in
 * `openapi-subset.json`, from slackapi/slack-api-specs, `web-api/slack_web_openapi_v2_without_examples.json`
 * at bc08db49625630e3585bf2f1322128ea04f2a7f3: the same description as `slack_web_openapi_v2.json`
 * without its examples), and every answer against its response schemas. Event callbacks are
 * checked against the Events API AsyncAPI's wrapper (`events-subset.json`). A mismatch is a
 * violation, which fails `close()`.
 *
 * That description dates from 2020 and is looser than Slack's method documentation in places.
 * Where it is looser or silent, this sandbox follows the documentation (api.slack.com/methods),
 * and says so in {@link DOCUMENTED}: it marks `conversations.create`'s `name` (and most `channel`
 * arguments) optional, the docs require them; it lacks `bookmarks.add` entirely; it describes
 * `views.open`, `pins.list`, `conversations.history`/`replies` and `chat.getPermalink` as GET,
 * while Slack accepts POST for every method (the official client posts forms), so the method's
 * HTTP verb is not checked, only its arguments.
 *
 * Fault switches: `down` (answers 503), `ratelimited` (HTTP 429 with `Retry-After`, for the next
 * `count` calls), `missingScope` (a method answers `missing_scope` naming the scope it needs).
 *
 * Self-contained: imports nothing from sitrep's product code.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPluginModule from 'ajv-formats';
import events from './events-subset.json' with { type: 'json' };
import openapi from './openapi-subset.json' with { type: 'json' };

const addFormats = ((formatsPluginModule as unknown as { default?: unknown }).default ?? formatsPluginModule) as (ajv: Ajv) => Ajv;

/** A workspace member. */
export interface SlackUser {
  id: string;
  name: string;
  real_name: string;
}

/** A channel with what sitrep changes in it. */
export interface SlackChannel {
  id: string;
  name: string;
  is_private: boolean;
  is_archived: boolean;
  created: number;
  creator: string;
  topic: string;
  members: string[];
  bookmarks: { id: string; title: string; link: string; type: string }[];
  /** ts of pinned messages, oldest pin first. */
  pins: { ts: string; created: number; created_by: string }[];
}

/** A message in a channel (or a thread reply, with `thread_ts`). */
export interface SlackMessage {
  channel: string;
  ts: string;
  user: string;
  text: string;
  thread_ts?: string;
  blocks?: unknown;
  /** Posted through `chat.postMessage` by the bot. */
  bot: boolean;
}

/** A modal opened through `views.open`. */
export interface SlackView {
  id: string;
  trigger_id: string;
  view: Record<string, unknown>;
}

/** One recorded Web API call. */
export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  /** What the method answered: `ok`, the error code, or the HTTP status of a fault. */
  outcome: string;
}

/** Methods the 2020 description lacks or describes more loosely than the docs; these follow the docs. */
export const DOCUMENTED: Readonly<Record<string, { required: string[]; optional?: string[]; scopes: string[]; note: string }>> = {
  'bookmarks.add': {
    required: ['channel_id', 'title', 'type'],
    optional: ['link', 'emoji', 'entity_id', 'parent_id'],
    scopes: ['bookmarks:write'],
    note: 'absent from the 2020 OpenAPI description; arguments from api.slack.com/methods/bookmarks.add',
  },
  'conversations.create': { required: ['name'], scopes: ['channels:manage', 'groups:write'], note: 'the description marks name optional; the docs require it' },
  'conversations.invite': { required: ['channel', 'users'], scopes: ['channels:manage', 'groups:write'], note: 'the description marks channel and users optional; the docs require them' },
  'conversations.setTopic': { required: ['channel', 'topic'], scopes: ['channels:manage', 'groups:write'], note: 'the description marks channel and topic optional; the docs require them' },
  'conversations.archive': { required: ['channel'], scopes: ['channels:manage', 'groups:write'], note: 'the description marks channel optional; the docs require it' },
  'conversations.history': { required: ['channel'], scopes: ['channels:history', 'groups:history'], note: 'the description marks channel optional; the docs require it' },
  'conversations.replies': { required: ['channel', 'ts'], scopes: ['channels:history', 'groups:history'], note: 'the description marks channel and ts optional; the docs require them' },
  'chat.postMessage': { required: ['channel'], scopes: ['chat:write'], note: 'the description names the old chat:write:bot scope; the docs name chat:write' },
  'conversations.info': { required: ['channel'], scopes: ['channels:read', 'groups:read'], note: 'the description marks channel optional; the docs require it' },
  'pins.list': { required: ['channel'], scopes: ['pins:read'], note: '' },
  'chat.getPermalink': { required: ['channel', 'message_ts'], scopes: [], note: '' },
  'views.open': { required: ['trigger_id', 'view'], scopes: [], note: 'the description says GET with query arguments; Slack takes a POST like every method' },
};

interface Parameter {
  name: string;
  in: string;
  type: string;
  required: boolean;
}

/** Options of {@link createSlackSandbox}. */
export interface SlackSandboxOptions {
  port?: number;
  /** Team id the workspace has (what signed requests carry). */
  teamId?: string;
  /** Seconds since the epoch, for message timestamps; real time when omitted. */
  now?: () => number;
}

/** A running sandbox Slack. */
export interface SlackSandbox {
  /** Web API base URL, ending in `/api/`: what goes into `SITREP_SLACK_API_URL`. */
  readonly url: string;
  /** The bot token (`xoxb-…`). */
  readonly token: string;
  readonly teamId: string;
  /** The signing secret signed requests use (`SITREP_SLACK_SIGNING_SECRET`). */
  readonly signingSecret: string;
  readonly botUserId: string;
  readonly users: SlackUser[];
  readonly channels: SlackChannel[];
  readonly messages: SlackMessage[];
  readonly views: SlackView[];
  readonly calls: SlackCall[];
  readonly violations: string[];
  readonly faults: {
    /** Every Web API call answers 503 while true. */
    down: boolean;
    /** The next `count` calls answer HTTP 429 `ratelimited` with `Retry-After: retryAfter`. */
    ratelimited(count: number, retryAfter?: number): void;
    /** `method` answers `missing_scope`, naming `needed`, until cleared (`null`). */
    missingScope(method: string, needed: string | null): void;
  };
  addUser(name: string, realName?: string): SlackUser;
  addChannel(name: string, options?: { private?: boolean; members?: string[] }): SlackChannel;
  channel(idOrName: string): SlackChannel;
  /** A message written by a person (not through the API). */
  postAs(user: string, channel: string, text: string, options?: { thread_ts?: string }): SlackMessage;
  /** Pins a message as a person does; returns the `pin_added` event callback body. */
  pin(user: string, channel: string, ts: string): Record<string, unknown>;
  /** A reaction as a person adds it; returns the `reaction_added` event callback body. */
  react(user: string, channel: string, ts: string, reaction: string): Record<string, unknown>;
  permalink(channel: string, ts: string): string;
  /** Sends a signed request to `url` as Slack does; returns the answer. */
  send(url: string, request: SignedRequest, options?: { timestamp?: number; secret?: string; retryNum?: number }): Promise<Response>;
  slashCommand(user: string, channel: string, text: string, responseUrl?: string): SignedRequest;
  messageShortcut(user: string, channel: string, ts: string, callbackId?: string): SignedRequest;
  viewSubmission(user: string, view: Record<string, unknown>, values: Record<string, Record<string, unknown>>): SignedRequest;
  blockAction(user: string, channel: string, actionId: string, value: string): SignedRequest;
  eventCallback(event: Record<string, unknown>): SignedRequest;
  urlVerification(challenge: string): SignedRequest;
  assertNoViolations(): void;
  close(): Promise<void>;
}

/** A request body and its content type, ready to sign. */
export interface SignedRequest {
  body: string;
  contentType: string;
}

/** Slack's `v0` signature of a body at a time (seconds). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Starts a sandbox Slack on 127.0.0.1. */
export async function createSlackSandbox(options: SlackSandboxOptions = {}): Promise<SlackSandbox> {
  const teamId = options.teamId ?? 'T0ACME0001';
  const token = `xoxb-sandbox-${randomBytes(8).toString('hex')}`;
  const signingSecret = randomBytes(16).toString('hex');
  const now = options.now ?? (() => Date.now() / 1000);
  const users: SlackUser[] = [];
  const channels: SlackChannel[] = [];
  const messages: SlackMessage[] = [];
  const views: SlackView[] = [];
  const calls: SlackCall[] = [];
  const violations: string[] = [];
  let rateLimited = { count: 0, retryAfter: 1 };
  const missing = new Map<string, string>();
  let serial = 0;
  let lastTs = 0;
  const id = (prefix: string) => `${prefix}0${String(++serial).padStart(8, '0')}`.replace(/[^A-Z0-9]/g, () => ID_CHARS[0]!);
  const nextTs = () => {
    // Unique and increasing, in Slack's `seconds.micro` form.
    const micros = Math.max(Math.floor(now() * 1e6), lastTs + 1);
    lastTs = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  };

  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ definitions: openapi.definitions }, 'slack');
  const validators = new Map<string, { ok: ValidateFunction; error: ValidateFunction }>();
  for (const [method, spec] of Object.entries(openapi.methods)) {
    const withDefs = (schema: unknown) => JSON.parse(JSON.stringify(schema).replace(/"#\/definitions\//g, '"slack#/definitions/')) as object;
    validators.set(method, { ok: ajv.compile(withDefs(spec.responses.ok)), error: ajv.compile(withDefs(spec.responses.error)) });
  }
  const eventWrapper = ajv.compile(events.wrapper);

  const bot: SlackUser = { id: 'U0SITREPBOT', name: 'sitrep', real_name: 'sitrep' };
  users.push(bot);

  const sandbox = {} as SlackSandbox;
  const addUser = (name: string, realName = name): SlackUser => {
    const user = { id: id('U'), name, real_name: realName };
    users.push(user);
    return user;
  };
  const addChannel = (name: string, channelOptions: { private?: boolean; members?: string[]; creator?: string } = {}): SlackChannel => {
    const channel: SlackChannel = {
      id: id(channelOptions.private ? 'G' : 'C'),
      name,
      is_private: channelOptions.private ?? false,
      is_archived: false,
      created: Math.floor(now()),
      creator: channelOptions.creator ?? users[1]?.id ?? bot.id,
      topic: '',
      members: [...(channelOptions.members ?? [])],
      bookmarks: [],
      pins: [],
    };
    channels.push(channel);
    return channel;
  };
  const findChannel = (idOrName: string) => channels.find((c) => c.id === idOrName || c.name === idOrName);
  const channelOf = (idOrName: string) => {
    const found = findChannel(idOrName);
    if (!found) throw new Error(`sandbox Slack: no channel ${idOrName}`);
    return found;
  };
  const permalink = (channel: string, ts: string) => `https://acme-sandbox.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
  const conversation = (c: SlackChannel) => ({
    id: c.id,
    name: c.name,
    name_normalized: c.name,
    created: c.created,
    creator: c.creator,
    is_archived: c.is_archived,
    is_channel: !c.is_private,
    is_group: c.is_private,
    is_general: false,
    is_mpim: false,
    is_im: false,
    is_org_shared: false,
    is_shared: false,
    is_private: c.is_private,
    is_member: c.members.includes(bot.id),
    topic: { value: c.topic, creator: c.topic ? bot.id : '', last_set: c.topic ? Math.floor(now()) : 0 },
    purpose: { value: '', creator: '', last_set: 0 },
  });
  const messageView = (m: SlackMessage) => ({
    type: 'message',
    ts: m.ts,
    user: m.user,
    text: m.text,
    ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
    ...(m.bot ? { bot_id: 'B0SITREPBOT' } : {}),
  });

  /** Checks arguments against the description (and the docs where the description is looser). */
  const checkArgs = (method: string, args: Record<string, unknown>) => {
    const described = (openapi.methods as Record<string, { parameters: Parameter[] }>)[method];
    const documented = DOCUMENTED[method];
    const known = new Set([...(described?.parameters.map((p) => p.name) ?? []), ...(documented?.required ?? []), ...(documented?.optional ?? [])]);
    for (const name of Object.keys(args)) {
      if (!known.has(name)) violations.push(`${method}: argument "${name}" is not in Slack's description of the method`);
    }
    const required = new Set([...(described?.parameters.filter((p) => p.required).map((p) => p.name) ?? []), ...(documented?.required ?? [])]);
    for (const name of required) {
      if (args[name] === undefined || args[name] === '') violations.push(`${method}: required argument "${name}" is missing`);
    }
    for (const p of described?.parameters ?? []) {
      const value = args[p.name];
      if (value === undefined) continue;
      const text = String(value);
      if (p.type === 'boolean' && !['true', 'false', '1', '0'].includes(text)) violations.push(`${method}: "${p.name}" must be a boolean, got ${text}`);
      if ((p.type === 'number' || p.type === 'integer') && !/^\d+(\.\d+)?$/.test(text)) violations.push(`${method}: "${p.name}" must be a number, got ${text}`);
    }
  };

  const answer = (res: ServerResponse, method: string, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const check = validators.get(method);
    if (check && status === 200) {
      const validate = body.ok ? check.ok : check.error;
      // The description says `messages` has at least one item; the docs (and Slack) answer an
      // empty list when nothing matches, so an empty list is checked as the docs say.
      const checked = Array.isArray(body.messages) && body.messages.length === 0 ? { ...body, messages: [{ type: 'message', ts: '0000000000.000000', text: '' }] } : body;
      if (!validate(checked)) violations.push(`${method}: the answer does not match Slack's description: ${ajv.errorsText(validate.errors)}`);
    }
    calls.at(-1)!.outcome = status === 200 ? (body.ok ? 'ok' : String(body.error)) : String(status);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  type Result = Record<string, unknown>;
  const fail = (error: string, extra: Result = {}): Result => ({ ok: false, error, ...extra });

  const methods: Record<string, (args: Record<string, string>) => Result> = {
    'conversations.create': (args) => {
      const name = args.name ?? '';
      if (!/^[a-z0-9_-]{1,80}$/.test(name)) return fail(name.length > 80 ? 'invalid_name_maxlength' : /[A-Z]/.test(name) ? 'invalid_name' : 'invalid_name_specials');
      if (findChannel(name)) return fail('name_taken');
      const channel = addChannel(name, { private: args.is_private === 'true', members: [bot.id], creator: bot.id });
      return { ok: true, channel: conversation(channel) };
    },
    'conversations.invite': (args) => {
      const channel = findChannel(args.channel ?? '');
      if (!channel) return fail('channel_not_found');
      if (!channel.members.includes(bot.id)) return fail('not_in_channel');
      const ids = (args.users ?? '').split(',').filter(Boolean);
      for (const u of ids) if (!users.some((x) => x.id === u)) return fail('user_not_found');
      if (ids.length && ids.every((u) => channel.members.includes(u))) return fail('already_in_channel');
      for (const u of ids) if (!channel.members.includes(u)) channel.members.push(u);
      return { ok: true, channel: conversation(channel) };
    },
    'conversations.setTopic': (args) => {
      const channel = findChannel(args.channel ?? '');
      if (!channel) return fail('channel_not_found');
      if (!channel.members.includes(bot.id)) return fail('not_in_channel');
      if ((args.topic ?? '').length > 250) return fail('too_long');
      channel.topic = args.topic ?? '';
      return { ok: true, channel: conversation(channel) };
    },
    'conversations.info': (args) => {
      const channel = findChannel(args.channel ?? '');
      if (!channel || (channel.is_private && !channel.members.includes(bot.id))) return fail('channel_not_found');
      return { ok: true, channel: conversation(channel) };
    },
    'conversations.archive': (args) => {
      const channel = findChannel(args.channel ?? '');
      if (!channel) return fail('channel_not_found');
      if (channel.is_archived) return fail('already_archived');
      channel.is_archived = true;
      return { ok: true };
    },
    'bookmarks.add': (args) => {
      const channel = findChannel(args.channel_id ?? '');
      if (!channel) return fail('channel_not_found');
      if (args.type !== 'link' || !/^https?:\/\//.test(args.link ?? '')) return fail('invalid_link');
      const bookmark = { id: id('BK'), title: args.title ?? '', link: args.link ?? '', type: 'link' };
      channel.bookmarks.push(bookmark);
      return { ok: true, bookmark: { ...bookmark, channel_id: channel.id, date_created: Math.floor(now()) } };
    },
    'chat.postMessage': (args) => {
      const channel = findChannel(args.channel ?? '');
      if (!channel) return fail('channel_not_found');
      if (channel.is_archived) return fail('is_archived');
      if (channel.is_private && !channel.members.includes(bot.id)) return fail('not_in_channel');
      if (!args.text && !args.blocks) return fail('no_text');
      const message: SlackMessage = { channel: channel.id, ts: nextTs(), user: bot.id, text: args.text ?? '', bot: true, ...(args.thread_ts ? { thread_ts: args.thread_ts } : {}), ...(args.blocks ? { blocks: JSON.parse(args.blocks) } : {}) };
      messages.push(message);
      return { ok: true, channel: channel.id, ts: message.ts, message: messageView(message) };
    },
    'chat.getPermalink': (args) => {
      const found = messages.find((m) => m.channel === args.channel && m.ts === args.message_ts);
      if (!found) return fail(findChannel(args.channel ?? '') ? 'message_not_found' : 'channel_not_found');
      return { ok: true, channel: found.channel, permalink: permalink(found.channel, found.ts) };
    },
    'pins.list': (args) => {
      const channel = findChannel(args.channel ?? '');
      if (!channel) return fail('channel_not_found');
      const items = channel.pins.map((pin) => {
        const message = messages.find((m) => m.channel === channel.id && m.ts === pin.ts)!;
        return { type: 'message', created: pin.created, created_by: pin.created_by, channel: channel.id, message: { ...messageView(message), permalink: permalink(channel.id, message.ts) } };
      });
      return { ok: true, items };
    },
    'conversations.history': (args) => {
      const read = readMessages(args, (m) => !m.thread_ts || m.thread_ts === m.ts);
      if (!read.ok) return read;
      const channel = findChannel(args.channel ?? '')!;
      // The description requires these three counters on every answer.
      return { ...read, pin_count: channel.pins.length, channel_actions_ts: null, channel_actions_count: 0 };
    },
    'conversations.replies': (args) => {
      const parent = messages.find((m) => m.channel === findChannel(args.channel ?? '')?.id && m.ts === args.ts);
      if (!parent) return findChannel(args.channel ?? '') ? fail('thread_not_found') : fail('channel_not_found');
      const read = readMessages(args, (m) => m.thread_ts === args.ts && m.ts !== args.ts);
      if (!read.ok) return read;
      // As Slack does, the thread's parent comes first, then the replies asked for, oldest first.
      const replies = (read.messages as Record<string, unknown>[]).reverse().map((m) => ({ ...m, parent_user_id: parent.user }));
      const count = messages.filter((m) => m.thread_ts === parent.ts && m.ts !== parent.ts).length;
      const head = { ...messageView(parent), thread_ts: parent.ts, reply_count: count, subscribed: false };
      return { ok: true, messages: [head, ...replies], has_more: false };
    },
    'views.open': (args) => {
      let view: Record<string, unknown>;
      try {
        view = JSON.parse(args.view ?? '') as Record<string, unknown>;
      } catch {
        return fail('invalid_arguments');
      }
      const trigger = args.trigger_id ?? '';
      if (!issuedTriggers.has(trigger)) return fail('invalid_trigger_id');
      if (Date.now() - issuedTriggers.get(trigger)! > 3000) return fail('expired_trigger_id');
      issuedTriggers.delete(trigger);
      const opened = { id: id('V'), trigger_id: trigger, view };
      views.push(opened);
      return { ok: true, view: { id: opened.id, ...view } };
    },
  };
  const issuedTriggers = new Map<string, number>();

  function readMessages(args: Record<string, string>, keep: (m: SlackMessage) => boolean): Result {
    const channel = findChannel(args.channel ?? '');
    if (!channel) return fail('channel_not_found');
    if (channel.is_private && !channel.members.includes(bot.id)) return fail('not_in_channel');
    const latest = args.latest ? Number(args.latest) : Number.POSITIVE_INFINITY;
    const oldest = args.oldest ? Number(args.oldest) : 0;
    const inclusive = args.inclusive === 'true' || args.inclusive === '1';
    const limit = Number(args.limit ?? 100);
    const found = messages
      .filter((m) => m.channel === channel.id && keep(m))
      .filter((m) => (inclusive ? Number(m.ts) <= latest && Number(m.ts) >= oldest : Number(m.ts) < latest && Number(m.ts) > oldest))
      .sort((a, b) => Number(b.ts) - Number(a.ts))
      .slice(0, limit)
      .map(messageView);
    return { ok: true, messages: found, has_more: false };
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').replace(/\?.*$/, '');
      const raw = Buffer.concat(chunks).toString('utf8');
      const type = req.headers['content-type'] ?? '';
      let args: Record<string, string> = {};
      if (type.startsWith('application/json')) {
        try {
          args = Object.fromEntries(Object.entries(JSON.parse(raw) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
        } catch {
          args = {};
        }
      } else {
        args = Object.fromEntries(new URLSearchParams(raw));
      }
      for (const [k, v] of new URL(req.url ?? '/', 'http://x').searchParams) args[k] ??= v;
      const presented = (req.headers.authorization ?? '').replace(/^Bearer /, '') || args.token;
      delete args.token;
      calls.push({ method, args, outcome: '' });
      if (sandbox.faults.down) return answer(res, method, 503, { ok: false, error: 'service_unavailable' });
      if (rateLimited.count > 0) {
        rateLimited.count--;
        return answer(res, method, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(rateLimited.retryAfter) });
      }
      const handler = methods[method];
      if (!handler) {
        violations.push(`${method}: not a method sitrep is known to call (or not a Web API method)`);
        return answer(res, method, 200, { ok: false, error: 'unknown_method' });
      }
      if (presented !== token) return answer(res, method, 200, { ok: false, error: presented ? 'invalid_auth' : 'not_authed' });
      checkArgs(method, args);
      const needed = missing.get(method);
      if (needed) return answer(res, method, 200, { ok: false, error: 'missing_scope', needed, provided: 'chat:write,commands' });
      return answer(res, method, 200, handler(args));
    });
  });
  server.keepAliveTimeout = 1000;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
  });

  const form = (fields: Record<string, string>): SignedRequest => ({ body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' });
  const userOf = (idOrName: string) => {
    const user = users.find((u) => u.id === idOrName || u.name === idOrName);
    if (!user) throw new Error(`sandbox Slack: no user ${idOrName}`);
    return user;
  };
  const trigger = () => {
    const value = `${Math.floor(now())}.${randomBytes(4).readUInt32BE()}.${randomBytes(8).toString('hex')}`;
    issuedTriggers.set(value, Date.now());
    return value;
  };
  const wrap = (event: Record<string, unknown>) => {
    const body = {
      token: 'verification-token-unused',
      team_id: teamId,
      api_app_id: 'A0SITREP01',
      event,
      type: 'event_callback',
      event_id: id('EV'),
      event_time: Math.floor(now()),
      authed_users: [bot.id],
    };
    if (!eventWrapper(body)) violations.push(`event callback does not match the Events API description: ${ajv.errorsText(eventWrapper.errors)}`);
    return body;
  };

  Object.assign(sandbox, {
    url: `http://127.0.0.1:${address.port}/api/`,
    token,
    teamId,
    signingSecret,
    botUserId: bot.id,
    users,
    channels,
    messages,
    views,
    calls,
    violations,
    faults: {
      down: false,
      ratelimited(count: number, retryAfter = 1) {
        rateLimited = { count, retryAfter };
      },
      missingScope(method: string, needed: string | null) {
        if (needed) missing.set(method, needed);
        else missing.delete(method);
      },
    },
    addUser,
    addChannel,
    channel: channelOf,
    postAs(user: string, channel: string, text: string, postOptions: { thread_ts?: string } = {}) {
      const message: SlackMessage = { channel: channelOf(channel).id, ts: nextTs(), user: userOf(user).id, text, bot: false, ...(postOptions.thread_ts ? { thread_ts: postOptions.thread_ts } : {}) };
      messages.push(message);
      return message;
    },
    pin(user: string, channel: string, ts: string) {
      const c = channelOf(channel);
      const message = messages.find((m) => m.channel === c.id && m.ts === ts);
      if (!message) throw new Error(`sandbox Slack: no message ${ts} in ${channel}`);
      const by = userOf(user).id;
      if (!c.pins.some((p) => p.ts === ts)) c.pins.push({ ts, created: Math.floor(now()), created_by: by });
      return wrap({
        type: 'pin_added',
        user: by,
        channel_id: c.id,
        item: { type: 'message', channel: c.id, created: Math.floor(now()), created_by: by, message: { ...messageView(message), permalink: permalink(c.id, ts) } },
        item_user: message.user,
        pin_count: c.pins.length,
        pinned_info: { channel: c.id, pinned_by: by, pinned_ts: Math.floor(now()) },
        event_ts: nextTs(),
      });
    },
    react(user: string, channel: string, ts: string, reaction: string) {
      const c = channelOf(channel);
      const message = messages.find((m) => m.channel === c.id && m.ts === ts);
      if (!message) throw new Error(`sandbox Slack: no message ${ts} in ${channel}`);
      return wrap({ type: 'reaction_added', user: userOf(user).id, reaction, item_user: message.user, item: { type: 'message', channel: c.id, ts }, event_ts: nextTs() });
    },
    permalink,
    async send(url: string, request: SignedRequest, sendOptions: { timestamp?: number; secret?: string; retryNum?: number } = {}) {
      const timestamp = sendOptions.timestamp ?? Math.floor(Date.now() / 1000);
      const headers: Record<string, string> = {
        'content-type': request.contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': slackSignature(sendOptions.secret ?? signingSecret, timestamp, request.body),
        'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      };
      if (sendOptions.retryNum !== undefined) Object.assign(headers, { 'x-slack-retry-num': String(sendOptions.retryNum), 'x-slack-retry-reason': 'http_timeout' });
      return fetch(url, { method: 'POST', headers, body: request.body });
    },
    slashCommand(user: string, channel: string, text: string, responseUrl = 'https://hooks.slack.com/commands/T0ACME0001/1/sandbox') {
      const u = userOf(user);
      const c = channelOf(channel);
      return form({
        token: 'verification-token-unused',
        team_id: teamId,
        team_domain: 'acme-sandbox',
        channel_id: c.id,
        channel_name: c.name,
        user_id: u.id,
        user_name: u.name,
        command: '/inc',
        text,
        api_app_id: 'A0SITREP01',
        is_enterprise_install: 'false',
        response_url: responseUrl,
        trigger_id: trigger(),
      });
    },
    messageShortcut(user: string, channel: string, ts: string, callbackId = 'declare_incident') {
      const u = userOf(user);
      const c = channelOf(channel);
      const message = messages.find((m) => m.channel === c.id && m.ts === ts);
      if (!message) throw new Error(`sandbox Slack: no message ${ts} in ${channel}`);
      const payload = {
        type: 'message_action',
        token: 'verification-token-unused',
        action_ts: nextTs(),
        team: { id: teamId, domain: 'acme-sandbox' },
        user: { id: u.id, name: u.name, username: u.name, team_id: teamId },
        channel: { id: c.id, name: c.name },
        is_enterprise_install: false,
        callback_id: callbackId,
        trigger_id: trigger(),
        response_url: `https://hooks.slack.com/app/${teamId}/1/sandbox`,
        message_ts: ts,
        message: { type: 'message', user: message.user, ts: message.ts, text: message.text },
      };
      return form({ payload: JSON.stringify(payload) });
    },
    viewSubmission(user: string, view: Record<string, unknown>, values: Record<string, Record<string, unknown>>) {
      const u = userOf(user);
      const payload = {
        type: 'view_submission',
        team: { id: teamId, domain: 'acme-sandbox' },
        user: { id: u.id, username: u.name, name: u.name, team_id: teamId },
        api_app_id: 'A0SITREP01',
        token: 'verification-token-unused',
        trigger_id: trigger(),
        view: { id: id('V'), team_id: teamId, type: 'modal', ...view, state: { values } },
        response_urls: [],
        is_enterprise_install: false,
      };
      return form({ payload: JSON.stringify(payload) });
    },
    blockAction(user: string, channel: string, actionId: string, value: string) {
      const u = userOf(user);
      const c = channelOf(channel);
      const payload = {
        type: 'block_actions',
        team: { id: teamId, domain: 'acme-sandbox' },
        user: { id: u.id, username: u.name, name: u.name, team_id: teamId },
        api_app_id: 'A0SITREP01',
        token: 'verification-token-unused',
        container: { type: 'message', channel_id: c.id, is_ephemeral: false },
        trigger_id: trigger(),
        channel: { id: c.id, name: c.name },
        response_url: `https://hooks.slack.com/actions/${teamId}/1/sandbox`,
        actions: [{ type: 'button', action_id: actionId, block_id: 'sitrep', value, action_ts: nextTs() }],
      };
      return form({ payload: JSON.stringify(payload) });
    },
    eventCallback(event: Record<string, unknown>) {
      const body = 'event_callback' === event.type ? event : event.event ? event : wrap(event);
      return { body: JSON.stringify(body), contentType: 'application/json' };
    },
    urlVerification(challenge: string) {
      return { body: JSON.stringify({ token: 'verification-token-unused', challenge, type: 'url_verification' }), contentType: 'application/json' };
    },
    assertNoViolations() {
      if (violations.length) throw new Error(`the sandbox Slack recorded ${violations.length} violation(s) of Slack's API description:\n${violations.join('\n')}`);
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  } satisfies Partial<SlackSandbox>);
  return sandbox;
}
