/**
 * Slack's Web API for sitrep (SPEC 4.12), through the official `@slack/web-api` client: domain
 * verbs over the methods sitrep calls, one error type naming the method, the channel and the
 * scope, never the token. The caller passes the API URL (`SITREP_SLACK_API_URL`) and the token
 * (from `slack.token_env`); nothing here reads the environment.
 */
import { ErrorCode, LogLevel, WebClient, type Logger, type WebAPICallResult } from '@slack/web-api';
import { suffixedChannelName } from '../core/slack.js';

/** Slack's Web API base URL. */
export const SLACK_API_URL = 'https://slack.com/api/';

/** How often a taken channel name gets a new suffix before giving up. */
const MAX_NAME_ATTEMPTS = 20;

export interface SlackClientOptions {
  /** The bot token (`xoxb-…`). Never logged, never in an error. */
  token: string;
  /** `SITREP_SLACK_API_URL`; https://slack.com/api/ when omitted. */
  slackApiUrl?: string;
  /** Tries after the first for network failures and 5xx (default 2); `ratelimited` waits `Retry-After` and tries again. */
  retries?: number;
  /** Milliseconds per request (default 10 000). */
  timeoutMs?: number;
}

/** A Slack call that failed: which method, which channel, Slack's error code and, for a scope, which one. */
export class SlackApiError extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
    readonly channel: string | undefined,
    readonly needed: string | undefined,
    detail: string,
  ) {
    super(detail);
    this.name = 'SlackApiError';
  }
}

/** A message as sitrep reads it back: for the timeline. */
export interface SlackMessageRead {
  channel: string;
  ts: string;
  user: string;
  text: string;
  thread_ts?: string;
}

/** Slack's answer through `response_url`. */
export interface SlackReply {
  text: string;
  /** `ephemeral` (only the person who asked sees it, the default) or `in_channel`. */
  response_type?: 'ephemeral' | 'in_channel';
  blocks?: unknown[];
}

const SILENT: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

function explain(method: string, code: string, channel: string | undefined, needed: string | undefined): string {
  const where = channel ? ` (channel ${channel})` : '';
  switch (code) {
    case 'missing_scope':
      return `Slack ${method}${where}: the app lacks the scope ${needed ?? '(Slack did not say which)'}; add it to the app (templates/slack-app.yml lists the scopes) and reinstall it`;
    case 'channel_not_found':
      return `Slack ${method}: channel ${channel ?? '(none given)'} not found, or the app cannot see it (a private channel needs the app invited)`;
    case 'not_in_channel':
      return `Slack ${method}: the app is not a member of channel ${channel ?? '(none given)'}; invite it (/invite @sitrep) or let sitrep create the channel`;
    case 'invalid_auth':
    case 'not_authed':
    case 'token_revoked':
    case 'account_inactive':
      return `Slack ${method}${where}: the bot token was refused (${code}); check the secret named by slack.token_env`;
    default:
      return `Slack ${method}${where}: ${code}`;
  }
}

/** The Web API verbs sitrep uses. One instance per token and URL. */
export class SlackClient {
  readonly #web: WebClient;
  readonly #apiOrigin: string;
  readonly #timeoutMs: number;

  constructor(options: SlackClientOptions) {
    const slackApiUrl = (options.slackApiUrl ?? SLACK_API_URL).replace(/\/*$/, '/');
    this.#apiOrigin = new URL(slackApiUrl).origin;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#web = new WebClient(options.token, {
      slackApiUrl,
      logger: SILENT,
      logLevel: LogLevel.ERROR,
      // `ratelimited` (HTTP 429): the client waits Retry-After and tries again, within these retries.
      rejectRateLimitedCalls: false,
      retryConfig: { retries: options.retries ?? 2, factor: 2, minTimeout: 200, maxTimeout: 2_000, randomize: false },
      timeout: this.#timeoutMs,
      allowAbsoluteUrls: false,
    });
  }

  /** Calls one method; a failure becomes a SlackApiError that names the method, channel and scope. */
  async #call<T extends WebAPICallResult>(method: string, args: Record<string, unknown>, channel?: string): Promise<T> {
    try {
      return (await this.#web.apiCall(method, args)) as T;
    } catch (error) {
      throw this.#error(method, error, channel);
    }
  }

  #error(method: string, error: unknown, channel: string | undefined): SlackApiError {
    const e = error as { code?: string; data?: { error?: string; needed?: string }; statusCode?: number; retryAfter?: number; original?: { message?: string } };
    if (e.code === ErrorCode.PlatformError && e.data?.error) {
      return new SlackApiError(method, e.data.error, channel, e.data.needed, explain(method, e.data.error, channel, e.data.needed));
    }
    if (e.code === ErrorCode.RateLimitedError) return new SlackApiError(method, 'ratelimited', channel, undefined, `Slack ${method}: still rate limited after retries (Retry-After ${e.retryAfter ?? '?'} s)`);
    if (e.code === ErrorCode.HTTPError) return new SlackApiError(method, `http_${e.statusCode}`, channel, undefined, `Slack ${method}: Slack answered HTTP ${e.statusCode} after retries`);
    // A request error wraps the transport's error, which may hold the request and its headers: keep only its message.
    const reason = e.original?.message ?? (error instanceof Error ? error.message : String(error));
    return new SlackApiError(method, 'request_error', channel, undefined, `Slack ${method}: Slack unreachable: ${reason.replace(/xox[a-z]-[A-Za-z0-9-]+/g, '[token]')}`);
  }

  /**
   * Creates the incident's channel, public or private. A taken name is tried again as `name-2`,
   * `name-3` …; returns the channel's id and the name it got.
   */
  async createChannel(name: string, options: { private: boolean }): Promise<{ channel: string; name: string }> {
    for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
      const tried = suffixedChannelName(name, attempt);
      try {
        const result = await this.#call<WebAPICallResult & { channel?: { id?: string; name?: string } }>('conversations.create', { name: tried, is_private: options.private });
        return { channel: result.channel!.id!, name: result.channel!.name ?? tried };
      } catch (error) {
        if (error instanceof SlackApiError && error.code === 'name_taken') continue;
        throw error;
      }
    }
    throw new SlackApiError('conversations.create', 'name_taken', undefined, undefined, `Slack conversations.create: ${name} and ${MAX_NAME_ATTEMPTS - 1} suffixed names are all taken`);
  }

  /** Invites people into a channel; people already in it are no error. */
  async invite(channel: string, users: readonly string[]): Promise<void> {
    if (!users.length) return;
    try {
      await this.#call('conversations.invite', { channel, users: users.join(',') }, channel);
    } catch (error) {
      if (!(error instanceof SlackApiError && error.code === 'already_in_channel')) throw error;
    }
  }

  /** Sets the topic when it differs from the channel's current one; true when it was set. */
  async setTopic(channel: string, topic: string): Promise<boolean> {
    const info = await this.#call<WebAPICallResult & { channel?: { topic?: { value?: string } } }>('conversations.info', { channel }, channel);
    if (info.channel?.topic?.value === topic) return false;
    await this.#call('conversations.setTopic', { channel, topic }, channel);
    return true;
  }

  /** Bookmarks a link (the incident's issue) in the channel. */
  async bookmark(channel: string, title: string, link: string): Promise<void> {
    await this.#call('bookmarks.add', { channel_id: channel, title, type: 'link', link }, channel);
  }

  /** Posts a message; returns its `ts`. */
  async postMessage(channel: string, message: { text: string; blocks?: unknown[]; thread_ts?: string }): Promise<string> {
    const result = await this.#call<WebAPICallResult & { ts?: string }>(
      'chat.postMessage',
      { channel, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}), ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}), unfurl_links: false, unfurl_media: false },
      channel,
    );
    return result.ts!;
  }

  /** Archives a channel; one already archived is no error. */
  async archive(channel: string): Promise<void> {
    try {
      await this.#call('conversations.archive', { channel }, channel);
    } catch (error) {
      if (!(error instanceof SlackApiError && error.code === 'already_archived')) throw error;
    }
  }

  /** The messages pinned in a channel (oldest pin first as Slack lists them), for the sweep's catch-up. */
  async pins(channel: string): Promise<SlackMessageRead[]> {
    const result = await this.#call<WebAPICallResult & { items?: { type?: string; message?: { ts?: string; user?: string; text?: string; thread_ts?: string } }[] }>('pins.list', { channel }, channel);
    return (result.items ?? [])
      .filter((item) => item.type === 'message' && item.message?.ts)
      .map((item) => messageRead(channel, item.message!));
  }

  /**
   * One message by its `ts`: from the channel's history, or from the thread `threadTs` when it is
   * a reply. Undefined when Slack has no such message.
   */
  async message(channel: string, ts: string, threadTs?: string): Promise<SlackMessageRead | undefined> {
    type Messages = WebAPICallResult & { messages?: { ts?: string; user?: string; text?: string; thread_ts?: string }[] };
    const history = await this.#call<Messages>('conversations.history', { channel, latest: ts, inclusive: true, limit: 1 }, channel);
    const top = history.messages?.find((m) => m.ts === ts);
    if (top) return messageRead(channel, top);
    if (!threadTs) return undefined;
    // Slack answers the thread's parent first, then the replies between oldest and latest.
    const replies = await this.#call<Messages>('conversations.replies', { channel, ts: threadTs, oldest: ts, latest: ts, inclusive: true, limit: 2 }, channel);
    const reply = replies.messages?.find((m) => m.ts === ts);
    return reply ? messageRead(channel, reply) : undefined;
  }

  /** A message's permalink. */
  async permalink(channel: string, ts: string): Promise<string> {
    const result = await this.#call<WebAPICallResult & { permalink?: string }>('chat.getPermalink', { channel, message_ts: ts }, channel);
    return result.permalink!;
  }

  /** Opens a modal on a trigger (which Slack honours for 3 seconds). */
  async openView(triggerId: string, view: Record<string, unknown>): Promise<void> {
    await this.#call('views.open', { trigger_id: triggerId, view });
  }

  /**
   * Answers a slash command or an interaction through its `response_url`. Only Slack's hooks
   * host (or the configured API's host, the sandbox) is called: the URL comes from a dispatch, and
   * sitrep must not post wherever a payload points.
   */
  async respond(responseUrl: string, reply: SlackReply): Promise<void> {
    let url: URL;
    try {
      url = new URL(responseUrl);
    } catch {
      throw new SlackApiError('response_url', 'invalid_url', undefined, undefined, 'Slack response_url: not a URL');
    }
    if (url.origin !== 'https://hooks.slack.com' && url.origin !== this.#apiOrigin) {
      throw new SlackApiError('response_url', 'invalid_url', undefined, undefined, `Slack response_url: ${url.origin} is not Slack's (https://hooks.slack.com)`);
    }
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', ...reply }),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      throw new SlackApiError('response_url', 'request_error', undefined, undefined, `Slack response_url: unreachable: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new SlackApiError('response_url', `http_${response.status}`, undefined, undefined, `Slack response_url: answered HTTP ${response.status} (response URLs expire after 30 minutes and 5 uses)`);
  }
}

function messageRead(channel: string, m: { ts?: string; user?: string; text?: string; thread_ts?: string }): SlackMessageRead {
  return { channel, ts: m.ts!, user: m.user ?? '', text: m.text ?? '', ...(m.thread_ts && m.thread_ts !== m.ts ? { thread_ts: m.thread_ts } : {}) };
}

