/**
 * Fault injection: make the next matching requests fail as GitHub fails — a 5xx, a primary or
 * secondary rate limit, a conflict — or perform a write and then lose its answer.
 */

/** What a fault matches. Every given field must match. */
export interface FaultMatch {
  /** HTTP method, any case. */
  method?: string;
  /** Exact request path (no query) or a pattern tested against it. */
  path?: string | RegExp;
  kind?: 'rest' | 'graphql';
  /** REST operationId (`issues/create-comment`) or GraphQL operation name. */
  operation?: string;
}

/** A fault to inject. */
export interface FaultSpec extends FaultMatch {
  /** HTTP status to answer (ignored for `lostResponse: 'destroy'`). */
  status?: number;
  /** How many matching requests fail (default 1). */
  count?: number;
  /** Seconds for the `retry-after` header. */
  retryAfter?: number;
  /** Answer 403 with GitHub's secondary rate limit body. */
  secondaryRateLimit?: boolean;
  /** Answer 403 (REST) as an exhausted primary rate limit, with `x-ratelimit-remaining: 0`. */
  primaryRateLimit?: boolean;
  /** Replace GitHub's message for the status. */
  message?: string;
  /**
   * Perform the request, then lose the answer: `'destroy'` closes the socket without answering,
   * a number answers that status (typically 502) instead of the real response.
   */
  lostResponse?: 'destroy' | number;
  /**
   * Hold the request until this settles before handling it (a slow request, to interleave
   * concurrent runs in a known order). Alone, the request then succeeds; with other fields, it
   * fails as they say.
   */
  hold?: PromiseLike<unknown>;
  /**
   * Another writer commits this file to the same branch while the request is in flight (after a
   * contents write has read the branch, before it commits): the request then loses the race as on
   * GitHub (409 `refs/heads/main is at <sha> but expected <sha>`, nothing written). Alone, the fault
   * changes nothing else. `as` is the other writer (default the Actions bot).
   */
  concurrentWrite?: { path: string; content: string; as?: string; message?: string };
}

/** An injected fault with its remaining count. */
export interface ActiveFault extends FaultSpec {
  id: number;
  remaining: number;
}

/** What a request looked like, for matching. */
export interface FaultTarget {
  method: string;
  path: string;
  kind: 'rest' | 'graphql';
  operation: string | undefined;
}

/** GitHub's messages for the statuses faults commonly use. */
const MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.',
};

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';

/** Whether a fault only delays its request, which then succeeds. */
export function onlyHolds(fault: FaultSpec): boolean {
  return (fault.hold !== undefined || fault.concurrentWrite !== undefined) && fault.status === undefined && !fault.secondaryRateLimit && !fault.primaryRateLimit && fault.lostResponse === undefined;
}

/** The status, headers and body a (non-lost) fault answers with. */
export function faultAnswer(fault: FaultSpec, login: string | undefined): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
  const headers: Record<string, string> = {};
  if (fault.secondaryRateLimit) {
    headers['retry-after'] = String(fault.retryAfter ?? 60);
    return {
      status: fault.status ?? 403,
      headers,
      body: { message: fault.message ?? SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', status: String(fault.status ?? 403) },
    };
  }
  if (fault.primaryRateLimit) {
    // The reset is real time: clients compute their wait from their own clock.
    const reset = Math.floor(Date.now() / 1000) + (fault.retryAfter ?? 1);
    Object.assign(headers, { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'core' });
    return {
      status: fault.status ?? 403,
      headers,
      body: {
        message: fault.message ?? `API rate limit exceeded for user ID ${login ?? 'unknown'}. If you reach out to GitHub Support for help, please include the request ID.`,
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
        status: String(fault.status ?? 403),
      },
    };
  }
  const status = fault.status ?? 500;
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  return { status, headers, body: { message: fault.message ?? MESSAGES[status] ?? 'Error', documentation_url: 'https://docs.github.com/rest', status: String(status) } };
}

function matches(fault: FaultMatch, target: FaultTarget): boolean {
  if (fault.method && fault.method.toUpperCase() !== target.method) return false;
  if (fault.kind && fault.kind !== target.kind) return false;
  if (fault.operation && fault.operation !== target.operation) return false;
  if (fault.path !== undefined) {
    if (typeof fault.path === 'string' ? fault.path !== target.path : !fault.path.test(target.path)) return false;
  }
  return true;
}

/** The faults of one sandbox. */
export class Faults {
  #next = 1;
  readonly #active: ActiveFault[] = [];

  /** Makes the next `count` (default 1) matching requests fail; returns the fault. */
  inject(spec: FaultSpec): ActiveFault {
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new RangeError('fault count must be a positive integer');
    if (spec.status === undefined && !spec.secondaryRateLimit && !spec.primaryRateLimit && spec.lostResponse === undefined && spec.hold === undefined && spec.concurrentWrite === undefined) {
      throw new RangeError('a fault needs a status, a rate limit, a lostResponse, a hold or a concurrentWrite');
    }
    const fault: ActiveFault = { ...spec, id: this.#next++, remaining: count };
    this.#active.push(fault);
    return fault;
  }

  /** Faults still armed. */
  get pending(): readonly ActiveFault[] {
    return this.#active.filter((f) => f.remaining > 0);
  }

  /** Consumes the first armed fault matching a request, if any. */
  take(target: FaultTarget): ActiveFault | undefined {
    const fault = this.#active.find((f) => f.remaining > 0 && matches(f, target));
    if (!fault) return undefined;
    fault.remaining--;
    return fault;
  }

  /** Disarms every fault. */
  clear(): void {
    this.#active.length = 0;
  }
}
