/**
 * GitHub's platform rules that no API schema states (GITHUB-RULES.md), played by the sandbox.
 * Where a repository can differ, a rule is a switch in {@link RepoSettings} (a seed repository's
 * `settings:`, or `sandbox.repo().configure()`); the defaults keep a fresh sandbox as permissive as
 * the tests written before the rules expect, and each default is named below.
 */
import { GitHubError, validationFailed } from './errors.js';

/** A protected branch: classic branch protection or a ruleset requiring a pull request. */
export interface BranchProtection {
  /** Branch name (exact). */
  branch: string;
  /** `classic` branch protection or a `ruleset` (default `classic`); they word their refusals differently. */
  kind?: 'classic' | 'ruleset';
  /** Logins that may write directly (a ruleset bypass, an admin-exempt App). */
  bypass?: string[];
}

/** A workflow's state as `GET /repos/{o}/{r}/actions/workflows` reports it. */
export type WorkflowState = 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';

/** The settings in which repositories differ (rows 4, 6, 9, 14 of GITHUB-RULES.md). */
export interface RepoSettings {
  /**
   * "Allow GitHub Actions to create and approve pull requests" (row 9). GitHub's default for new
   * repositories and organizations is off; the sandbox's default is **on**, so that the tests
   * written before this rule keep opening postmortem pull requests.
   */
  actionsCanCreatePullRequests: boolean;
  /**
   * Secret scanning push protection (row 6): a contents or blob write holding a recognised secret
   * is refused with 409. Default: on for public repositories, off for private ones (GitHub turns it
   * on for public repositories; private ones need GitHub Advanced Security).
   */
  pushProtection: boolean;
  /** Branches that refuse direct writes (row 4). Default: none. */
  protectedBranches: BranchProtection[];
  /**
   * Workflow file name (`sitrep.yml`) → state (row 14). A workflow file not named here is `active`,
   * unless the repository is public and nothing was pushed for 60 days: then a workflow with a
   * `schedule` trigger is `disabled_inactivity`, as GitHub disables it.
   */
  workflowStates: Record<string, WorkflowState>;
}

/** The settings of a repository nobody configured. */
export function defaultSettings(isPrivate: boolean): RepoSettings {
  return { actionsCanCreatePullRequests: true, pushProtection: !isPrivate, protectedBranches: [], workflowStates: {} };
}

// ---------------------------------------------------------------- row 4: protected branches

/** The protection of a branch, if any, that `login` does not bypass. */
export function protectionFor(settings: RepoSettings, branch: string, login: string): BranchProtection | undefined {
  const rule = settings.protectedBranches.find((p) => p.branch === branch);
  if (!rule) return undefined;
  if ((rule.bypass ?? []).some((b) => b.toLowerCase() === login.toLowerCase())) return undefined;
  return rule;
}

/** GitHub's message for a ruleset refusal ("Repository rule violations found"). */
export const RULESET_PULL_REQUEST_MESSAGE = 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n';

/**
 * The contents API's refusal on a protected branch: 409 "Could not update file: Changes must be
 * made through a pull request." (classic), or the ruleset's `repository-rule-violation-error`.
 */
export function contentsProtectionError(rule: BranchProtection, verb: 'create' | 'update' | 'delete'): GitHubError {
  if (rule.kind === 'ruleset') return new GitHubError(409, RULESET_PULL_REQUEST_MESSAGE);
  return new GitHubError(409, `Could not ${verb} file: Changes must be made through a pull request.`);
}

/** The git refs API's refusal on a protected branch: 422 "Protected branch update failed for refs/heads/main." */
export function refProtectionError(rule: BranchProtection): GitHubError {
  if (rule.kind === 'ruleset') return new GitHubError(422, RULESET_PULL_REQUEST_MESSAGE);
  return new GitHubError(422, `Protected branch update failed for refs/heads/${rule.branch}.`);
}

// ---------------------------------------------------------------- row 5: two writes, one branch

/** GitHub's answer to the loser of two writes to one branch: `refs/heads/main is at <sha> but expected <sha>`. */
export function branchRaceError(branch: string, actual: string, expected: string): GitHubError {
  return new GitHubError(409, `refs/heads/${branch} is at ${actual} but expected ${expected}`);
}

// ---------------------------------------------------------------- row 6: push protection

/** The secrets push protection recognises here, with the token type GitHub names. */
const SECRET_PATTERNS: ReadonlyArray<{ type: string; pattern: RegExp }> = [
  { type: 'AWS_ACCESS_KEY_ID', pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])/ },
  { type: 'GITHUB_PERSONAL_ACCESS_TOKEN', pattern: /(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
  { type: 'GITHUB_FINE_GRAINED_PERSONAL_ACCESS_TOKEN', pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/ },
  { type: 'GITHUB_OAUTH_ACCESS_TOKEN', pattern: /(?<![A-Za-z0-9_])gho_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
  { type: 'GITHUB_APP_INSTALLATION_ACCESS_TOKEN', pattern: /(?<![A-Za-z0-9_])ghs_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
];

/** The token types of the recognised secrets in some content, in pattern order. */
export function findSecrets(content: Buffer | string): string[] {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  return SECRET_PATTERNS.filter((s) => s.pattern.test(text)).map((s) => s.type);
}

let placeholder = 0;

/**
 * Push protection's refusal: 409 with `metadata.secret_scanning.bypass_placeholders`, one per
 * secret type found (the `repository-rule-violation-error` shape of the REST description). The
 * secret itself is never echoed.
 */
export function pushProtectionError(types: string[]): GitHubError {
  return new GitHubError(409, 'Repository rule violations found\n\nPush cannot contain secrets\n\n', {
    extra: {
      metadata: {
      secret_scanning: {
          bypass_placeholders: types.map((type) => ({ placeholder_id: `sandbox-placeholder-${++placeholder}`, token_type: type })),
        },
      },
    },
  });
}

// ---------------------------------------------------------------- row 7: large files

/** GraphQL `Blob.text` holds at most this many bytes; longer blobs are cut and `isTruncated` is true. */
export const GRAPHQL_BLOB_TEXT_LIMIT = 512_000;
/** From this size (1 MB) the contents API's JSON answer has `content: ""` and `encoding: "none"`. */
export const CONTENTS_INLINE_LIMIT = 1024 * 1024;

/** A blob's text as GraphQL gives it: cut at {@link GRAPHQL_BLOB_TEXT_LIMIT} bytes (on a character boundary). */
export function graphqlBlobText(content: Buffer): { text: string; isTruncated: boolean } {
  if (content.length <= GRAPHQL_BLOB_TEXT_LIMIT) return { text: content.toString('utf8'), isTruncated: false };
  let end = GRAPHQL_BLOB_TEXT_LIMIT;
  // Step back off a UTF-8 continuation byte so the cut text stays valid.
  while (end > 0 && (content[end]! & 0xc0) === 0x80) end--;
  return { text: content.subarray(0, end).toString('utf8'), isTruncated: true };
}

// ---------------------------------------------------------------- row 8: mentions and notifications

/** Who a comment would notify through its @mentions. */
export interface MentionNotification {
  repo: string;
  issueNumber: number;
  commentId: number;
  author: string;
  /** Users mentioned by `@login` that exist (notified when they can read the repository). */
  users: string[];
  /** Teams mentioned by `@org/team`. */
  teams: string[];
  /** Logins notified: mentioned users who can read the repository, and members of mentioned teams the author may expand. */
  notified: string[];
  /** Team mentions that notified nobody, and why. */
  unexpanded: Array<{ team: string; reason: string }>;
}

/** The `@login` and `@org/team` mentions GitHub would link in Markdown prose (not code). */
export function mentionsIn(body: string): { users: string[]; teams: string[] } {
  const prose = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const match of prose.matchAll(/(?<![A-Za-z0-9_`/@])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?:\/([A-Za-z0-9][A-Za-z0-9_.-]*))?/g)) {
    if (match[2]) teams.add(`${match[1]!}/${match[2]}`.toLowerCase());
    else users.add(match[1]!.toLowerCase());
  }
  return { users: [...users], teams: [...teams] };
}

// ---------------------------------------------------------------- row 12: rate limits and timeouts

/** Switches of the whole sandbox (GitHub's limits are per token, not per repository). */
export interface PlatformSettings {
  /**
   * Refuse requests as GitHub does when a budget is spent: the hourly primary limit (1,000 REST
   * requests for the workflow token, 5,000 for users; GraphQL points likewise) answers 403 with
   * `x-ratelimit-remaining: 0`, and more than 80 content-creating requests (REST writes, GraphQL
   * mutations) in a minute or 500 in an hour answer 403 with the secondary rate limit's message
   * and `retry-after`. Default **off**: the sandbox clock is frozen, so a long test would spend an
   * hour's budget that GitHub would have renewed.
   */
  enforceRateLimits: boolean;
  /**
   * A GraphQL query that may return more nodes than this (GitHub's count: each connection's
   * `first` times those around it) takes too long: GitHub answers 502 and no data. Default `null`
   * (never).
   */
  graphqlTimeoutNodes: number | null;
}

/** Content-creating requests a token may make per minute and per hour. */
export const CONTENT_CREATION_LIMITS = { perMinute: 80, perHour: 500 } as const;

/** GitHub's answer to a GraphQL query that ran out of time. */
export const GRAPHQL_TIMEOUT_BODY = {
  data: null,
  errors: [
    {
      message:
        'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `SANDBOX` when reporting this issue.',
    },
  ],
} as const;

// ---------------------------------------------------------------- row 15: sizes

/** Issue and pull request titles: at most 256 characters. */
export const MAX_TITLE_LENGTH = 256;
/** Label names: at most 50 characters. */
export const MAX_LABEL_NAME_LENGTH = 50;
/** An issue or pull request has at most 10 assignees; more are dropped. */
export const MAX_ASSIGNEES = 10;
/** A search returns at most 1,000 results, however many match. */
export const MAX_SEARCH_RESULTS = 1000;
/** A push event lists at most 2,048 commits. */
export const MAX_PUSH_COMMITS = 2048;
/** Path filters (`on.push.paths`) see only the first 300 files of a diff. */
export const MAX_PATH_FILTER_FILES = 300;

function length(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** 422 for a title over 256 characters, as GitHub answers. */
export function requireTitleLength(resource: 'Issue' | 'PullRequest', title: string | undefined): void {
  if (title === undefined || length(title) <= MAX_TITLE_LENGTH) return;
  throw validationFailed([{ resource, code: 'custom', field: 'title', message: `title is too long (maximum is ${MAX_TITLE_LENGTH} characters)` }]);
}

/** 422 for a label name over 50 characters, as GitHub answers. */
export function requireLabelNameLength(name: string | undefined): void {
  if (name === undefined || length(name) <= MAX_LABEL_NAME_LENGTH) return;
  throw validationFailed([{ resource: 'Label', code: 'custom', field: 'name', message: `name is too long (maximum is ${MAX_LABEL_NAME_LENGTH} characters)` }]);
}
