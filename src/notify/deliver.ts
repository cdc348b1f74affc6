import * as core from '@actions/core';
import pRetry from 'p-retry';
import type { NotifyChannel } from '../core/config.js';
import type { Message } from './types.js';
import { SIGNATURE_HEADER, signBody } from './webhook.js';

/** A channel that could not be told: names the channel (or the missing variable), never a URL or secret. */
export interface DeliveryFailure {
  channel: string;
  /** The messages that were not delivered. */
  deliveryIds: string[];
  message: string;
}

export interface DeliveryReport {
  /** Delivery ids that reached their channel. */
  sent: string[];
  errors: DeliveryFailure[];
}

export interface DeliverOptions {
  /** Where `url_env` and `secret_env` are read (the action passes `process.env`). */
  env: Readonly<Record<string, string | undefined>>;
  fetch?: typeof globalThis.fetch;
  /** Waits between tries; tests pass one that returns at once and records the wait. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Masks a value in every later log line. Default: `core.setSecret` on a runner
   * (`GITHUB_ACTIONS=true` in `env`); elsewhere nothing, since outside a runner `setSecret` would
   * print the value to stdout as an `::add-mask::` command.
   */
  registerSecret?: (value: string) => void;
  /** Progress lines (retries); default `core.info`. Never given a URL or secret. */
  log?: (line: string) => void;
  /** Tries per message, first included. Default 3. */
  tries?: number;
  /** First backoff in ms, doubled on each retry. Default 1000. */
  backoff?: number;
  /** A `Retry-After` longer than this is not waited for: the message fails. Default 60 s. */
  maxRetryAfter?: number;
  /** Per-request timeout in ms. Default 10 s. */
  timeout?: number;
}

/** One failed try: whether another may help, and how long the server asked us to wait. */
class AttemptError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfter: number | null = null,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'AttemptError';
  }
}

const DEFAULT_SLEEP = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends planned messages. Channels are delivered independently and concurrently (one failing
 * never stops another); a channel's messages go in order. Each message gets up to `tries` tries
 * with exponential backoff, honouring `Retry-After` (seconds or an HTTP date, and Discord's
 * `retry_after` body); network errors, 5xx and 429 are retried, other 4xx are not.
 * Never throws: every failure is an error entry naming the channel.
 */
export async function deliver(messages: readonly Message[], options: DeliverOptions): Promise<DeliveryReport> {
  const byChannel = new Map<string, Message[]>();
  for (const message of messages) {
    const list = byChannel.get(message.channel.name) ?? [];
    list.push(message);
    byChannel.set(message.channel.name, list);
  }
  const reports = await Promise.all(
    [...byChannel.entries()].map(([name, list]) =>
      deliverToChannel(list, options).catch(
        (): DeliveryReport => ({ sent: [], errors: [{ channel: name, deliveryIds: list.map((m) => m.deliveryId), message: `notify channel "${name}": unexpected error` }] }),
      ),
    ),
  );
  return { sent: reports.flatMap((r) => r.sent), errors: reports.flatMap((r) => r.errors) };
}

async function deliverToChannel(messages: readonly Message[], options: DeliverOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: [], errors: [] };
  const channel = (messages[0] as Message).channel;
  const secrets = readSecrets(channel, options);
  if ('problem' in secrets) {
    report.errors.push({ channel: channel.name, deliveryIds: messages.map((m) => m.deliveryId), message: secrets.problem });
    return report;
  }
  for (const message of messages) {
    try {
      await sendWithRetries(message, secrets.url, secrets.secret, options);
      report.sent.push(message.deliveryId);
    } catch (error) {
      const reason = error instanceof PostFailure ? error.message : 'unexpected error';
      report.errors.push({
        channel: channel.name,
        deliveryIds: [message.deliveryId],
        message: scrub(`notify channel "${channel.name}" (${channel.type}): ${message.incident} ${message.event} not delivered: ${reason}`, [secrets.url, secrets.secret]),
      });
    }
  }
  return report;
}

/** The channel's URL (and signing secret) from the environment, registered as secrets first. */
function readSecrets(channel: NotifyChannel, options: DeliverOptions): { url: string; secret: string | null } | { problem: string } {
  const register = options.registerSecret ?? (options.env.GITHUB_ACTIONS === 'true' ? core.setSecret : () => undefined);
  const url = options.env[channel.urlEnv]?.trim();
  if (!url) return { problem: `notify channel "${channel.name}": environment variable ${channel.urlEnv} (url_env) is not set; add it to the workflow step's env from a secret` };
  register(url);
  if (!/^https?:\/\//i.test(url)) return { problem: `notify channel "${channel.name}": environment variable ${channel.urlEnv} does not hold an http(s) URL` };
  if (!channel.secretEnv) return { url, secret: null };
  const secret = options.env[channel.secretEnv];
  if (!secret) return { problem: `notify channel "${channel.name}": environment variable ${channel.secretEnv} (secret_env) is not set; add it to the workflow step's env from a secret` };
  register(secret);
  return { url, secret };
}

async function sendWithRetries(message: Message, url: string, secret: string | null, options: DeliverOptions): Promise<void> {
  const headers = { ...message.headers, ...(secret ? { [SIGNATURE_HEADER]: signBody(message.body, secret) } : {}) };
  await postWithRetries(
    { url, headers, body: message.body, label: `notify channel "${message.channel.name}"`, secrets: [url, secret], hint: WEBHOOK_URL_HINT },
    options,
  );
}

const WEBHOOK_URL_HINT = (status: number) => (status === 404 || status === 401 || status === 403 ? ' (is the webhook URL in the secret still valid?)' : '');

/** One JSON POST to a service that may ask us to retry. */
export interface RetriedPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Who is being told, for progress lines (`notify channel "ops"`, `pager "primary"`). */
  label: string;
  /** Scrubbed from every progress line and error. */
  secrets: readonly (string | null)[];
  /** Words added to a refusal's message, by status. */
  hint?: (status: number) => string;
}

/** The retry settings of `DeliverOptions`, which pagers share with notifications. */
export type RetryOptions = Pick<DeliverOptions, 'fetch' | 'sleep' | 'log' | 'tries' | 'backoff' | 'maxRetryAfter' | 'timeout'>;

/** A POST that failed for good: `status` is the last HTTP status (null when nothing answered). The message holds no secret. */
export class PostFailure extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'PostFailure';
  }
}

/**
 * Posts once, then again on a network error, 5xx or 429 (up to `tries` in all), waiting the
 * server's `Retry-After` or an exponential backoff; any other 4xx is final at once. Throws a
 * PostFailure whose message names neither the URL nor a secret.
 */
export async function postWithRetries(post: RetriedPost, options: RetryOptions): Promise<void> {
  const tries = options.tries ?? 3;
  const backoff = options.backoff ?? 1000;
  const maxRetryAfter = options.maxRetryAfter ?? 60_000;
  const sleep = options.sleep ?? DEFAULT_SLEEP;
  const log = options.log ?? core.info;
  try {
    await pRetry(() => sendOnce(post, options), {
      retries: tries - 1,
      // p-retry's own wait is off: the wait below honours Retry-After and goes through the injected sleep.
      minTimeout: 0,
      maxTimeout: 0,
      shouldRetry: async ({ error, attemptNumber }) => {
        if (!(error instanceof AttemptError) || !error.retryable) return false;
        if (error.retryAfter !== null && error.retryAfter > maxRetryAfter) return false;
        const wait = error.retryAfter ?? backoff * 2 ** (attemptNumber - 1);
        log(scrub(`${post.label}: ${error.message}; try ${attemptNumber + 1} of ${tries} in ${Math.ceil(wait / 1000)}s`, post.secrets));
        await sleep(wait);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AttemptError) throw new PostFailure(scrub(error.message, post.secrets), error.status);
    throw new PostFailure('unexpected error', null);
  }
}

async function sendOnce(post: RetriedPost, options: RetryOptions): Promise<void> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(post.url, {
      method: 'POST',
      headers: post.headers,
      body: post.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeout ?? 10_000),
    });
  } catch (error) {
    throw new AttemptError(networkReason(error), true);
  }
  if (response.ok) {
    await response.body?.cancel();
    return;
  }
  const text = await response.text().catch(() => '');
  const status = response.status;
  const detail = text ? `: ${oneLine(text).slice(0, 200)}` : '';
  if (status === 429 || status >= 500) {
    throw new AttemptError(`HTTP ${status}${detail}`, true, retryAfter(response.headers.get('retry-after'), text, Date.now()), status);
  }
  throw new AttemptError(`HTTP ${status}${detail}${post.hint?.(status) ?? ''}`, false, null, status);
}

/**
 * How long a server asked us to wait, in ms: `Retry-After` as seconds or an HTTP date, else
 * Discord's JSON `retry_after` (seconds), else null (use the backoff).
 */
export function retryAfter(header: string | null, body: string, now: number): number | null {
  if (header) {
    const value = header.trim();
    if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  try {
    const parsed = JSON.parse(body) as { retry_after?: unknown };
    if (typeof parsed.retry_after === 'number' && parsed.retry_after >= 0) return Math.round(parsed.retry_after * 1000);
  } catch {
    // not JSON: no hint
  }
  return null;
}

/** A network failure in words, from error codes only: fetch's messages and causes may name the host. */
function networkReason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  const codeOf = (value: unknown): string | null => {
    const code = value && typeof value === 'object' ? (value as { code?: unknown }).code : undefined;
    return typeof code === 'string' && /^[A-Z_0-9]+$/.test(code) ? code : null;
  };
  const code = codeOf(error instanceof Error ? error.cause : undefined) ?? codeOf(error);
  return code ? `could not connect (${code})` : 'could not connect';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Removes every trace of the channel's URL and secret from a text: the URL, its origin, host,
 * path and the secret, then any other URL.
 */
export function scrub(text: string, secrets: readonly (string | null)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    const pieces = [secret];
    try {
      const url = new URL(secret);
      pieces.push(url.href, url.origin, url.host, url.pathname.length > 1 ? url.pathname : '', url.search);
    } catch {
      // a secret, not a URL
    }
    for (const piece of pieces.filter((p) => p.length >= 4).sort((a, b) => b.length - a.length)) {
      out = out.split(piece).join('[redacted]');
    }
  }
  return out.replace(/\bhttps?:\/\/[^\s"'<>]+/gi, '[redacted]');
}
