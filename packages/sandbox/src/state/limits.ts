/** GitHub's limit on the length of an issue, pull request or comment body. */
import { validationFailed } from '../errors.js';

/** GitHub's limit on an issue, pull request or comment body, in characters (code points). */
export const MAX_BODY_LENGTH = 65_536;

/**
 * GitHub refuses a body over 65,536 characters with a 422 whose error item reads
 * `Body is too long (maximum is 65536 characters)` (for comments, on the field `data`).
 */
export function requireBodyLength(resource: 'Issue' | 'PullRequest' | 'IssueComment', body: string | null | undefined): void {
  if (!body || body.length <= MAX_BODY_LENGTH) return;
  // Counted in code points, as GitHub counts characters; .length (UTF-16 units) only over-counts.
  let count = 0;
  for (const _ of body) count++;
  if (count <= MAX_BODY_LENGTH) return;
  throw validationFailed([
    resource === 'IssueComment'
      ? { resource, code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_BODY_LENGTH} characters)` }
      : { resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)` },
  ]);
}
