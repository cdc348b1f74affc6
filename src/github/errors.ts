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
