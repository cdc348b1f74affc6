/**
 * Errors the sandbox raises the way GitHub reports them. State operations throw these; the REST
 * layer turns them into GitHub's JSON error bodies and the GraphQL layer into GitHub's error
 * `type`s, so both protocols fail alike for the same cause.
 */

/** One entry of a 422 body's `errors` array, as GitHub writes it. */
export interface ValidationErrorItem {
  resource: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom' | 'unauthorized';
  field?: string;
  message?: string;
  value?: unknown;
}

/** A GitHub API error: HTTP status, message and optional details. */
export class GitHubError extends Error {
  override readonly name = 'GitHubError';
  readonly status: number;
  readonly errors: ValidationErrorItem[] | undefined;
  /** The `type` GitHub's GraphQL API gives the same failure. */
  readonly graphqlType: string;
  /** Extra response headers (e.g. `retry-after`). */
  readonly headers: Readonly<Record<string, string>>;
  /** Extra fields of the REST error body (push protection's `metadata`). */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    message: string,
    options: { errors?: ValidationErrorItem[]; graphqlType?: string; headers?: Record<string, string>; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.status = status;
    this.errors = options.errors;
    this.graphqlType = options.graphqlType ?? defaultGraphqlType(status);
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }
}

function defaultGraphqlType(status: number): string {
  if (status === 404) return 'NOT_FOUND';
  if (status === 403) return 'FORBIDDEN';
  if (status === 422) return 'UNPROCESSABLE';
  if (status === 409) return 'CONFLICT';
  return 'INTERNAL';
}

/** GitHub's generic documentation link for errors that are not about one endpoint. */
export const REST_DOCS_URL = 'https://docs.github.com/rest';

/** 404 Not Found — also what GitHub answers for things the caller may not see. */
export function notFound(message = 'Not Found'): GitHubError {
  return new GitHubError(404, message);
}

/** 403 with GitHub's message for a token that lacks the permission. */
export function forbidden(message: string, errors?: ValidationErrorItem[]): GitHubError {
  return new GitHubError(403, message, errors ? { errors } : {});
}

/** 422 Validation Failed with GitHub's `errors` array. */
export function validationFailed(errors: ValidationErrorItem[], message = 'Validation Failed'): GitHubError {
  return new GitHubError(422, message, { errors });
}

/** 422 for a malformed request body, worded as GitHub does (`Invalid request.\n\n"body" wasn't supplied.`). */
export function invalidRequest(detail: string): GitHubError {
  return new GitHubError(422, `Invalid request.\n\n${detail}`);
}

/** 409 Conflict. */
export function conflict(message: string): GitHubError {
  return new GitHubError(409, message);
}

/** Thrown by test helpers for a misuse that GitHub could not express (unknown user in a seed…). */
export class SandboxUsageError extends Error {
  override readonly name = 'SandboxUsageError';
}
