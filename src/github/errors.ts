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

/**
 * GitHub refused a write because the branch is protected (classic protection or a ruleset that
 * requires a pull request): no retry can help; an admin must let sitrep's token through.
 */
export class ProtectedBranchError extends Error {
  constructor(readonly branch: string, readonly path: string, readonly refusal: string) {
    super(
      `\`${branch}\` is protected: GitHub refused sitrep's write of ${path} (${refusal}). sitrep writes incident records directly to the default branch. ` +
        'Either let its token bypass the rule (a ruleset bypass for the GitHub Actions integration, or run sitrep with a GitHub App token that may bypass it), ' +
        'or keep incidents in a repository of their own (README, "Protected branches").',
    );
    this.name = 'ProtectedBranchError';
  }
}

/**
 * Secret scanning push protection refused a write: the text holds a recognised secret. The secret
 * is never repeated; `secretTypes` are GitHub's names for its kind (`AWS_ACCESS_KEY_ID`).
 */
export class PushProtectionError extends Error {
  constructor(readonly path: string, readonly secretTypes: readonly string[]) {
    super(`GitHub's secret scanning push protection refused the write of ${path}: it holds ${describeSecrets(secretTypes)}`);
    this.name = 'PushProtectionError';
  }
}

/** `a secret (AWS_ACCESS_KEY_ID)`, for messages that must not quote the secret itself. */
export function describeSecrets(types: readonly string[]): string {
  return types.length ? `a secret (${[...new Set(types)].join(', ')})` : 'a secret';
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
/** Another write moved the branch between GitHub's read and its commit: nothing was written; send the same write again. */
export const BRANCH_RACE = Symbol('branch race');

/** Which refusals a call expects (and gets back as a value rather than an error). */
export interface Expected {
  /** 404 (and 410): the thing is not there. */
  notFound?: true;
  /** 409, or 422 naming the sha: a compare-and-swap lost to another writer. */
  conflict?: true;
  /** 422: what was to be created exists already. */
  exists?: true;
  /** 409 `refs/heads/<branch> is at <sha> but expected <sha>`: the branch moved; the same write may be sent again. */
  race?: true;
  /**
   * A write to this file on this branch: a protected branch's refusal throws ProtectedBranchError,
   * push protection's throws PushProtectionError (neither is a conflict, and neither is retried).
   */
  write?: { path: string; branch: string };
}

/** The value a call returns for the refusals it expects. */
export type Refused<E extends Expected> =
  | (E extends { notFound: true } ? typeof NOT_FOUND : never)
  | (E extends { conflict: true } ? typeof CONFLICT : never)
  | (E extends { exists: true } ? typeof EXISTS : never)
  | (E extends { race: true } ? typeof BRANCH_RACE : never);

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
    const refusal = status === 409 || status === 422 ? writeRefusalOf(error) : undefined;
    if (e.write && refusal?.kind === 'secret') throw new PushProtectionError(e.write.path, refusal.secretTypes);
    if (e.write && refusal?.kind === 'protected') throw new ProtectedBranchError(e.write.branch, e.write.path, refusal.text);
    if (e.race && refusal?.kind === 'race') return BRANCH_RACE as Refused<E>;
    if (e.notFound && (status === 404 || status === 410)) return NOT_FOUND as Refused<E>;
    if (e.conflict && (status === 409 || (status === 422 && /\bsha\b/i.test(messageText(error))))) return CONFLICT as Refused<E>;
    if (e.exists && status === 422) return EXISTS as Refused<E>;
    throw apiError(operation, error);
  }
}

/** What a 409 or 422 on a write says, by GitHub's answer (GITHUB-RULES.md rows 4, 5 and 6). */
type WriteRefusal = { kind: 'race' } | { kind: 'protected'; text: string } | { kind: 'secret'; secretTypes: string[] };

function writeRefusalOf(error: unknown): WriteRefusal | undefined {
  const data = (error as { response?: { data?: unknown } }).response?.data;
  const body = data && typeof data === 'object' ? (data as { message?: unknown; metadata?: { secret_scanning?: { bypass_placeholders?: Array<{ token_type?: unknown }> } } }) : {};
  const scanning = body.metadata?.secret_scanning;
  if (scanning) return { kind: 'secret', secretTypes: (scanning.bypass_placeholders ?? []).map((p) => String(p.token_type ?? 'unknown')) };
  const text = typeof body.message === 'string' ? body.message : messageText(error);
  if (/\bis at [0-9a-f]+ but expected [0-9a-f]+/i.test(text)) return { kind: 'race' };
  if (/Changes must be made through a pull request|Repository rule violations|Protected branch update failed/i.test(text)) {
    return { kind: 'protected', text: text.replace(/\s+/g, ' ').trim().replace(/\.$/, '') };
  }
  return undefined;
}

function messageText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
