/** A GitHub API call that failed, with its status and the operation that made it. */
export class GitHubAPIError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${operation} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, options);
    this.name = 'GitHubAPIError';
  }
}

/** The file changed since it was read: re-read and re-apply. */
export class ConflictError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed while this run was writing it`);
    this.name = 'ConflictError';
  }
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

/** Wraps an Octokit failure into a GitHubAPIError naming the operation. */
export function apiError(operation: string, error: unknown): GitHubAPIError {
  const message = error instanceof Error ? error.message : String(error);
  return new GitHubAPIError(operation, statusOf(error), message, { cause: error });
}

/** The run reached its write budget: the write was not made; what is left is for the next run. */
export class BudgetExhaustedError extends Error {
  constructor(readonly budget: number, readonly request: string) {
    super(`this run reached its budget of ${budget} writes before ${request}; the rest is left for the next run`);
    this.name = 'BudgetExhaustedError';
  }
}

/** The budget stop an error is, or was caused by (wrapped or not); undefined for any other error. */
export function budgetStopOf(error: unknown): BudgetExhaustedError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof BudgetExhaustedError) return e;
  }
  return undefined;
}

/** Whether an error is, or was caused by, the run reaching its write budget. */
export function isBudgetStop(error: unknown): boolean {
  return budgetStopOf(error) !== undefined;
}

/** What `call` turns an expected refusal into, when the caller says it expects it. */
export const NOT_FOUND = Symbol('not found');
export const CONFLICT = Symbol('conflict');
export const EXISTS = Symbol('exists');

/** Which refusals a call expects (and gets back as a value rather than an error). */
export interface Expected {
  /** 404 (and 410): the thing is not there. */
  notFound?: true;
  /** 409, or 422 naming the sha: a compare-and-swap lost to another writer. */
  conflict?: true;
  /** 422: what was to be created exists already. */
  exists?: true;
}

/** The value a call returns for the refusals it expects. */
export type Refused<E extends Expected> =
  | (E extends { notFound: true } ? typeof NOT_FOUND : never)
  | (E extends { conflict: true } ? typeof CONFLICT : never)
  | (E extends { exists: true } ? typeof EXISTS : never);

/**
 * The one wrapper of a GitHub call (release-please's `wrapAsync`): the refusals the caller expects
 * come back as typed values; any other failure is a GitHubAPIError carrying the status and the
 * operation. A write the budget refused is passed on as it is, so nobody takes it for a lost answer.
 */
export async function call<T, const E extends Expected = Record<never, never>>(operation: string, fn: () => Promise<T>, expected?: E): Promise<T | Refused<E>> {
  try {
    return await fn();
  } catch (error) {
    if (isBudgetStop(error)) throw error;
    const status = statusOf(error);
    const e = (expected ?? {}) as Expected;
    if (e.notFound && (status === 404 || status === 410)) return NOT_FOUND as Refused<E>;
    if (e.conflict && (status === 409 || (status === 422 && /\bsha\b/i.test(messageText(error))))) return CONFLICT as Refused<E>;
    if (e.exists && status === 422) return EXISTS as Refused<E>;
    throw apiError(operation, error);
  }
}

function messageText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
