import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { paginateGraphQL } from '@octokit/plugin-paginate-graphql';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { BudgetExhaustedError } from './errors.js';

/** The one Octokit sitrep uses, with retries, throttling, GraphQL pagination and the server's clock. */
export type Octokit = ReturnType<typeof getOctokit> & ReturnType<typeof paginateGraphQL>;

/** Request counts by kind, for the job summary and the benchmarks. */
export interface RequestCounts {
  restReads: number;
  restWrites: number;
  graphqlQueries: number;
  graphqlMutations: number;
}

export interface Client {
  octokit: Octokit;
  counts: RequestCounts;
  /**
   * The current time, read from GitHub's `Date` response header once a request has been made
   * (so a runner with a skewed clock still computes due times as GitHub sees them).
   */
  now(): number;
  /** The write budget: how many writes the run may make, and how many are left. */
  budget: { total: number; remaining(): number };
}

const MAX_RATE_LIMIT_RETRIES = 2;

/**
 * GitHub allows about 80 content-creating requests a minute. The throttling plugin's default spaces
 * every write a second apart (three for comments), which turns a declaration into a ten-second
 * run; sitrep writes one request at a time within a budget of 60 a minute instead, so a run's
 * handful of writes goes out at once and a large sweep still stays under the limit.
 */
function writeBudget(id: string): Bottleneck.Group {
  return new Bottleneck.Group({
    id,
    maxConcurrent: 1,
    minTime: 0,
    reservoir: 60,
    reservoirRefreshAmount: 60,
    reservoirRefreshInterval: 60_000,
  });
}

/** Writes one run may make at most (actions/stale's operations-per-run): a runaway loop stops, it never floods. */
export const DEFAULT_WRITE_BUDGET = 500;

/** Builds the client once per run, against the runner's GITHUB_API_URL. */
export function createClient(token: string, options: { apiUrl?: string; maxWrites?: number } = {}): Client {
  const maxWrites = options.maxWrites ?? DEFAULT_WRITE_BUDGET;
  const counts: RequestCounts = { restReads: 0, restWrites: 0, graphqlQueries: 0, graphqlMutations: 0 };
  let serverOffset = 0;
  const octokit = getOctokit(
    token,
    {
      baseUrl: options.apiUrl ?? 'https://api.github.com',
      throttle: {
        write: writeBudget('sitrep-write'),
        notifications: writeBudget('sitrep-notifications'),
        onRateLimit: (retryAfter, options, _octokit, retryCount) => {
          core.warning(`Rate limit reached for ${options.method} ${options.url}; retrying after ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
          core.warning(`Secondary rate limit for ${options.method} ${options.url}; retrying after ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
      // 409 is a compare-and-swap conflict: sitrep re-reads and re-applies rather than resend.
      retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    },
    retry,
    throttling,
    paginateGraphQL,
  ) as Octokit;
  octokit.hook.before('request', (options) => {
    const url = String(options.url);
    const query = typeof options.query === 'string' ? options.query : '';
    const write = url.endsWith('/graphql') ? /^\s*mutation\b/.test(query) : options.method !== 'GET' && options.method !== 'HEAD';
    if (write && counts.restWrites + counts.graphqlMutations >= maxWrites) throw new BudgetExhaustedError(maxWrites, `${options.method} ${url}`);
    if (url.endsWith('/graphql')) {
      if (write) counts.graphqlMutations++;
      else counts.graphqlQueries++;
    } else if (write) {
      counts.restWrites++;
    } else {
      counts.restReads++;
    }
  });
  const readDate = (headers: Record<string, unknown> | undefined) => {
    const date = headers?.date;
    if (typeof date === 'string') {
      const ms = Date.parse(date);
      if (!Number.isNaN(ms)) serverOffset = ms - Date.now();
    }
  };
  octokit.hook.after('request', (response) => readDate(response.headers as Record<string, unknown>));
  octokit.hook.error('request', (error) => {
    if (error && typeof error === 'object' && 'response' in error) {
      readDate((error as { response?: { headers?: Record<string, unknown> } }).response?.headers);
    }
    throw error;
  });
  const budget = { total: maxWrites, remaining: () => Math.max(0, maxWrites - counts.restWrites - counts.graphqlMutations) };
  return { octokit, counts, now: () => Date.now() + serverOffset, budget };
}
