import * as core from '@actions/core';
import type { Client } from './client.js';
import { fitBody } from '../core/sanitize.js';
import { apiError, GitHubAPIError, statusOf } from './errors.js';

/** GitHub refused a pull request because its branch has no commits its base lacks: nothing to propose. */
export class NoCommitsError extends GitHubAPIError {
  constructor(branch: string, base: string, cause: unknown) {
    super(`open the pull request from ${branch}`, 422, `no commits between ${base} and ${branch}`, { cause });
    this.name = 'NoCommitsError';
  }
}

/** The repository or organization setting GitHub Actions needs to open pull requests. */
export const ACTIONS_PULL_REQUESTS_SETTING = 'Allow GitHub Actions to create and approve pull requests';

/**
 * GitHub refused to let the workflow token open a pull request (403 "GitHub Actions is not
 * permitted to create or approve pull requests"): the setting is off, as it is by default in new
 * repositories and organizations. The branch is pushed; a person can open the pull request.
 */
export class PullRequestsNotAllowedError extends GitHubAPIError {
  constructor(readonly branch: string, readonly base: string, cause: unknown) {
    super(
      `open the pull request from ${branch}`,
      403,
      `GitHub Actions may not create pull requests in this repository: turn on "${ACTIONS_PULL_REQUESTS_SETTING}" (Settings → Actions → General → Workflow permissions, and the organization's), or give sitrep a GitHub App token; the branch ${branch} is pushed, so a person can open the pull request`,
      { cause },
    );
    this.name = 'PullRequestsNotAllowedError';
  }
}

/** GitHub lists at most this many files of a pull request. */
const MAX_LISTED_FILES = 3000;

/** A pull request as the postmortem needs it. */
export interface PullRequestInfo {
  number: number;
  url: string;
  title: string;
  body: string;
  /** Logins review is already requested from. */
  reviewers: string[];
  author: string | null;
}

/** What opening or updating a pull request did. */
export interface PullRequestOutcome {
  pull: PullRequestInfo;
  created: boolean;
  updated: boolean;
}

/** A reviewer GitHub refused (not a collaborator, say), and why. */
export interface ReviewerProblem {
  logins: string[];
  message: string;
}

interface RestPull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  requested_reviewers?: ({ login: string } | null)[] | null;
  user: { login: string } | null;
}

function toInfo(pull: RestPull): PullRequestInfo {
  return {
    number: pull.number,
    url: pull.html_url,
    title: pull.title,
    body: pull.body ?? '',
    reviewers: (pull.requested_reviewers ?? []).flatMap((r) => (r ? [r.login] : [])),
    author: pull.user?.login ?? null,
  };
}

/** The message GitHub gives in a 422, with its `errors` details. */
function validationMessage(error: unknown): string {
  const response = (error as { response?: { data?: { message?: string; errors?: ({ message?: string } | string)[] } } }).response;
  const details = (response?.data?.errors ?? []).map((e) => (typeof e === 'string' ? e : (e.message ?? ''))).filter(Boolean);
  return [response?.data?.message ?? (error instanceof Error ? error.message : String(error)), ...details].join(': ');
}

/** A file's text and blob sha (the contents API's compare-and-swap key). */
export interface BranchFile {
  text: string;
  sha: string;
}

/** Everything a postmortem build reads before writing, in one GraphQL request. */
export interface PostmortemState {
  /** The repository's own template (`.github/sitrep/postmortem.md` on the default branch), if any. */
  template: string | null;
  /** Tip of the default branch. */
  baseSha: string | null;
  /** Tip of the postmortem branch; null when it does not exist. */
  branchSha: string | null;
  /** The postmortem file on its branch. */
  file: BranchFile | null;
  /** The open pull request from the branch. */
  open: PullRequestInfo | undefined;
}

const STATE_QUERY = /* GraphQL */ `
  query PostmortemState($owner: String!, $name: String!, $base: String!, $branch: String!, $template: String!, $file: String!) {
    repository(owner: $owner, name: $name) {
      base: ref(qualifiedName: $base) { target { oid } }
      branch: ref(qualifiedName: $branch) { target { oid } }
      template: object(expression: $template) { ... on Blob { text } }
      file: object(expression: $file) { ... on Blob { text oid } }
      pullRequests(headRefName: $branch, states: OPEN, first: 1) {
        nodes {
          number url title body
          author { login }
          reviewRequests(first: 50) { nodes { requestedReviewer { ... on User { login } ... on Bot { login } ... on Mannequin { login } } } }
        }
      }
    }
  }
`;

interface StateResponse {
  repository: {
    base: { target: { oid: string } | null } | null;
    branch: { target: { oid: string } | null } | null;
    template: { text: string | null } | null;
    file: { text: string | null; oid: string } | null;
    pullRequests: {
      nodes: ({
        number: number;
        url: string;
        title: string;
        body: string;
        author: { login: string } | null;
        reviewRequests: { nodes: ({ requestedReviewer: { login?: string } | null } | null)[] } | null;
      } | null)[];
    };
  } | null;
}

/**
 * Branches and pull requests in the incident repository: the postmortem's domain verbs.
 * Every write is found first by a stable key (the branch name) and honours dry-run.
 */
export class PullRequests {
  readonly owner: string;
  readonly repo: string;

  constructor(
    private readonly client: Client,
    fullName: string,
    private readonly dryRun: boolean,
  ) {
    const [owner = '', repo = ''] = fullName.split('/');
    this.owner = owner;
    this.repo = repo;
  }

  /**
   * Reads, in one request, what a build needs before it writes: the repository's template, the
   * tips of the default and postmortem branches, the postmortem file on its branch, and the open
   * pull request from that branch (found by its head, as release-please finds its own).
   */
  async readState(input: { base: string; branch: string; path: string; templatePath: string }): Promise<PostmortemState> {
    let data: StateResponse;
    try {
      data = await this.client.octokit.graphql<StateResponse>(STATE_QUERY, {
        owner: this.owner,
        name: this.repo,
        base: `refs/heads/${input.base}`,
        branch: `refs/heads/${input.branch}`,
        template: `refs/heads/${input.base}:${input.templatePath}`,
        file: `refs/heads/${input.branch}:${input.path}`,
      });
    } catch (error) {
      throw apiError(`read the postmortem branch ${input.branch} (GraphQL)`, error);
    }
    const repository = data.repository;
    if (!repository) throw apiError('read the postmortem branch (GraphQL)', new Error(`repository ${this.owner}/${this.repo} not found`));
    const pull = repository.pullRequests.nodes.find((p) => p !== null);
    return {
      template: repository.template?.text ?? null,
      baseSha: repository.base?.target?.oid ?? null,
      branchSha: repository.branch?.target?.oid ?? null,
      file: repository.file?.text != null ? { text: repository.file.text, sha: repository.file.oid } : null,
      open: pull
        ? {
            number: pull.number,
            url: pull.url,
            title: pull.title,
            body: pull.body,
            author: pull.author?.login ?? null,
            reviewers: (pull.reviewRequests?.nodes ?? []).flatMap((r) => (r?.requestedReviewer?.login ? [r.requestedReviewer.login] : [])),
          }
        : undefined,
    };
  }

  /**
   * Creates `branch` at `sha` (the default branch's tip). Returns whether it was created: a branch
   * created meanwhile by a concurrent run (422 "Reference already exists") is fine.
   */
  async createBranch(branch: string, sha: string): Promise<boolean> {
    if (this.dryRun) {
      core.info(`[dry-run] would create branch ${branch} at ${sha.slice(0, 7)}`);
      return true;
    }
    try {
      await this.client.octokit.rest.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${branch}`, sha });
      return true;
    } catch (error) {
      if (statusOf(error) === 422 && /already exists/i.test(validationMessage(error))) return false;
      throw apiError(`create branch ${branch}`, error);
    }
  }

  /**
   * The paths a pull request changes (renamed files by their new path; removed files too), or
   * undefined when GitHub's list is cut short (it lists at most 3,000 files).
   */
  async listChangedFiles(number: number): Promise<{ path: string; removed: boolean }[] | undefined> {
    try {
      const files = await this.client.octokit.paginate(this.client.octokit.rest.pulls.listFiles, {
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        per_page: 100,
      });
      if (files.length >= MAX_LISTED_FILES) return undefined;
      return files.map((file) => ({ path: file.filename, removed: file.status === 'removed' }));
    } catch (error) {
      throw apiError(`list the files of pull request #${number}`, error);
    }
  }

  /** The open pull request from `branch`, if any. */
  async findOpen(branch: string): Promise<PullRequestInfo | undefined> {
    try {
      const { data } = await this.client.octokit.rest.pulls.list({ owner: this.owner, repo: this.repo, state: 'open', head: `${this.owner}:${branch}`, per_page: 10 });
      const pull = data[0];
      return pull ? toInfo(pull as RestPull) : undefined;
    } catch (error) {
      throw apiError(`find the pull request from ${branch}`, error);
    }
  }

  /**
   * Opens the pull request from `branch`, or updates the open one: never a second. GitHub's 422
   * "A pull request already exists" (a concurrent run won) is a normal outcome: the open one is
   * read and updated. In dry-run, returns what would be opened with number 0.
   */
  async openOrUpdate(request: { branch: string; base: string; title: string; body: string; open?: PullRequestInfo | null }): Promise<PullRequestOutcome> {
    // GitHub refuses a body over 65,536 characters; the renderer fits its own, this is the last guard.
    const input = { ...request, body: fitBody(request.body) };
    // `open` as just read (null: known to be none) saves reading it again.
    const existing = input.open === undefined ? await this.findOpen(input.branch) : (input.open ?? undefined);
    if (existing) return { pull: existing, created: false, updated: await this.update(existing, input) };
    if (this.dryRun) {
      core.info(`[dry-run] would open a pull request from ${input.branch} into ${input.base}: ${input.title}`);
      return { pull: { number: 0, url: '', title: input.title, body: input.body, reviewers: [], author: null }, created: true, updated: false };
    }
    try {
      const { data } = await this.client.octokit.rest.pulls.create({
        owner: this.owner,
        repo: this.repo,
        head: input.branch,
        base: input.base,
        title: input.title,
        body: input.body,
        maintainer_can_modify: true,
      });
      return { pull: toInfo(data as RestPull), created: true, updated: false };
    } catch (error) {
      if (statusOf(error) === 422 && /already exists/i.test(validationMessage(error))) {
        const raced = await this.findOpen(input.branch);
        if (raced) return { pull: raced, created: false, updated: await this.update(raced, input) };
      }
      // Told apart here, by GitHub's validation message, so no caller reads message text.
      if (statusOf(error) === 422 && /no commits between/i.test(validationMessage(error))) throw new NoCommitsError(input.branch, input.base, error);
      if (statusOf(error) === 403 && /not permitted to create or approve pull requests/i.test(validationMessage(error))) throw new PullRequestsNotAllowedError(input.branch, input.base, error);
      throw apiError(`open the pull request from ${input.branch}`, error);
    }
  }

  /** Sets the title and body when they differ; returns whether anything was written. */
  private async update(pull: PullRequestInfo, input: { title: string; body: string }): Promise<boolean> {
    if (pull.title === input.title && pull.body === input.body) return false;
    if (this.dryRun) {
      core.info(`[dry-run] would update pull request #${pull.number}`);
      return true;
    }
    try {
      await this.client.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: pull.number, title: input.title, body: input.body });
      pull.title = input.title;
      pull.body = input.body;
      return true;
    } catch (error) {
      throw apiError(`update pull request #${pull.number}`, error);
    }
  }

  /**
   * Requests review from `logins` (those already requested are skipped). GitHub refuses the whole
   * request when one login cannot review (422: not a collaborator); then each is asked alone so
   * the others still are, and the refusals are returned to be reported, never thrown.
   */
  async requestReviewers(pull: PullRequestInfo, logins: readonly string[]): Promise<{ requested: string[]; problems: ReviewerProblem[] }> {
    const wanted = logins.filter((l) => !pull.reviewers.some((r) => r.toLowerCase() === l.toLowerCase()));
    if (!wanted.length) return { requested: [], problems: [] };
    if (this.dryRun) {
      core.info(`[dry-run] would request review from ${wanted.map((l) => `@${l}`).join(', ')} on #${pull.number}`);
      return { requested: wanted, problems: [] };
    }
    const ask = async (reviewers: string[]) =>
      this.client.octokit.rest.pulls.requestReviewers({ owner: this.owner, repo: this.repo, pull_number: pull.number, reviewers });
    try {
      await ask(wanted);
      return { requested: wanted, problems: [] };
    } catch (error) {
      if (statusOf(error) !== 422 || wanted.length === 1) {
        if (statusOf(error) === 422) return { requested: [], problems: [{ logins: wanted, message: validationMessage(error) }] };
        throw apiError(`request review on #${pull.number}`, error);
      }
    }
    const requested: string[] = [];
    const problems: ReviewerProblem[] = [];
    for (const login of wanted) {
      try {
        await ask([login]);
        requested.push(login);
      } catch (error) {
        if (statusOf(error) !== 422) throw apiError(`request review from @${login} on #${pull.number}`, error);
        problems.push({ logins: [login], message: validationMessage(error) });
      }
    }
    return { requested, problems };
  }
}
