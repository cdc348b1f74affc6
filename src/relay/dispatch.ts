/**
 * The relay's one way out: `POST /repos/{owner}/{repo}/dispatches` through an Octokit with the
 * retry plugin. 5xx and network failures are retried a few times; 4xx (a bad token, a missing
 * repository) are not. A 2xx is never sent twice.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { ALERT_EVENT_TYPE, type AlertPayload } from '../core/alert.js';

/** What became of one dispatch. `error` never carries the token. */
export type DispatchResult = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** Sends one alert group (or, with another `eventType`, another payload) to GitHub. */
export type Dispatcher<P extends object = AlertPayload> = (payload: P) => Promise<DispatchResult>;

export interface DispatcherOptions {
  /** `owner/name`. */
  repo: string;
  token: string;
  /** GitHub's REST base URL (`GITHUB_API_URL`). */
  apiUrl: string;
  /** Retries after the first attempt for 5xx and network failures (default 2). */
  retries?: number;
  /** Milliseconds; retry n waits n² times this (default 250). */
  retryBaseMs?: number;
  /** Gives up on a dispatch, retries included, after this many milliseconds (default 20 000). */
  timeoutMs?: number;
  /** The dispatch's event type (default `sitrep-alert`). */
  eventType?: string;
}

/** Builds the dispatcher once per process: one Octokit for every request the relay forwards. */
export function createDispatcher<P extends object = AlertPayload>(options: DispatcherOptions): Dispatcher<P> {
  const [owner, repo] = options.repo.split('/') as [string, string];
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      retry: { retries: options.retries ?? 2, retryAfterBaseValue: options.retryBaseMs ?? 250, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      // Octokit's own console logging would print request URLs; the relay logs each request itself.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    },
    retry,
  );
  return async (payload) => {
    try {
      const response = await octokit.rest.repos.createDispatchEvent({
        owner,
        repo,
        event_type: options.eventType ?? ALERT_EVENT_TYPE,
        client_payload: payload as unknown as Record<string, unknown>,
        request: { signal: AbortSignal.timeout(options.timeoutMs ?? 20_000) },
      });
      return { ok: true, status: response.status };
    } catch (error) {
      return { ok: false, ...describeFailure(error) };
    }
  };
}

/** Status and a message from GitHub's answer, without headers or the request (which hold the token). */
function describeFailure(error: unknown): { status: number | null; error: string } {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') {
    const response = (error as { response?: { data?: unknown } }).response;
    const data = response?.data;
    const message = data && typeof data === 'object' && 'message' in data ? String((data as { message: unknown }).message) : undefined;
    if (response) return { status: error.status, error: `GitHub answered ${error.status}${message ? `: ${message}` : ''}` };
    const cause = (error as { cause?: unknown }).cause;
    return { status: null, error: `GitHub unreachable: ${cause instanceof Error ? cause.message : error instanceof Error ? error.message : 'request failed'}` };
  }
  return { status: null, error: `GitHub unreachable: ${error instanceof Error ? error.message : String(error)}` };
}
