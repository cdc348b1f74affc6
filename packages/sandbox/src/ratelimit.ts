/**
 * Primary rate limits per token, as GitHub counts them: an hourly window per resource (`core`
 * for REST, `graphql`), reported in `x-ratelimit-*` headers, `GET /rate_limit` and GraphQL's
 * `rateLimit`. The sandbox refuses for exhaustion only when `platform.enforceRateLimits` is on
 * (rules.ts); otherwise faults simulate it.
 */
import type { Clock } from './clock.js';
import type { Account } from './model.js';

export type RateResource = 'core' | 'graphql' | 'search';

/** One resource's budget, as `rate-limit` in the REST description. */
export interface RateBudget {
  limit: number;
  remaining: number;
  /** Epoch seconds when the window resets. */
  reset: number;
  used: number;
}

const WINDOW_MS = 3_600_000;

function limitFor(account: Account, resource: RateResource): number {
  if (resource === 'search') return 30;
  // GitHub gives the workflow token 1,000 REST requests an hour; users 5,000.
  if (account.type === 'Bot') return 1000;
  return 5000;
}

/** Counts requests per token and resource. */
export class RateLimits {
  readonly #windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly clock: Clock) {}

  #window(account: Account, resource: RateResource): { start: number; used: number } {
    const key = `${account.login}\0${resource}`;
    const now = this.clock.nowMs();
    let window = this.#windows.get(key);
    if (!window || now >= window.start + WINDOW_MS || now < window.start) {
      window = { start: now, used: 0 };
      this.#windows.set(key, window);
    }
    return window;
  }

  #budget(account: Account, resource: RateResource): RateBudget {
    const window = this.#window(account, resource);
    const limit = limitFor(account, resource);
    return { limit, used: window.used, remaining: Math.max(0, limit - window.used), reset: Math.floor((window.start + WINDOW_MS) / 1000) };
  }

  /** Counts one request (or `cost` points) and returns the budget after it. */
  consume(account: Account, resource: RateResource, cost = 1): RateBudget {
    this.#window(account, resource).used += cost;
    return this.#budget(account, resource);
  }

  readonly #writes = new Map<string, number[]>();

  /**
   * Counts one content-creating request (a REST write or a GraphQL mutation) and tells whether it
   * goes over GitHub's secondary limits: more than `perMinute` in the last minute or `perHour` in
   * the last hour. A refused request is not counted.
   */
  overContentLimit(account: Account, limits: { perMinute: number; perHour: number }): boolean {
    const now = this.clock.nowMs();
    const times = (this.#writes.get(account.login) ?? []).filter((t) => t > now - WINDOW_MS && t <= now);
    const lastMinute = times.filter((t) => t > now - 60_000).length;
    this.#writes.set(account.login, times);
    if (lastMinute >= limits.perMinute || times.length >= limits.perHour) return true;
    times.push(now);
    return false;
  }

  /** Every resource's budget for an account, without counting. */
  snapshot(account: Account): Record<RateResource, RateBudget> {
    return { core: this.#budget(account, 'core'), graphql: this.#budget(account, 'graphql'), search: this.#budget(account, 'search') };
  }
}
