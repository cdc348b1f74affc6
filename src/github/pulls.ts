import * as core from '@actions/core';
import type { Client } from './client.js';
import { apiError, statusOf } from './errors.js';

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

  /** Whether a branch exists. */
  async branchExists(branch: string): Promise<boolean> {
    try {
      await this.client.octokit.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw apiError(`read branch ${branch}`, error);
    }
  }

  /**
   * Creates `branch` from the tip of `base` unless it exists. Returns whether it was created.
   * A branch created meanwhile by a concurrent run (422 "Reference already exists") is fine.
   */
  async ensureBranch(branch: string, base: string): Promise<boolean> {
    if (await this.branchExists(branch)) return false;
    if (this.dryRun) {
      core.info(`[dry-run] would create branch ${branch} from ${base}`);
      return true;
    }
    let sha: string;
    try {
      const { data } = await this.client.octokit.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${base}` });
      sha = data.object.sha;
    } catch (error) {
      throw apiError(`read branch ${base}`, error);
    }
    try {
      await this.client.octokit.rest.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${branch}`, sha });
      return true;
    } catch (error) {
      if (statusOf(error) === 422 && /already exists/i.test(validationMessage(error))) return false;
      throw apiError(`create branch ${branch}`, error);
    }
  }

  /** The open pull request from `branch`, if any (found by its head, as release-please finds its own). */
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
  async openOrUpdate(input: { branch: string; base: string; title: string; body: string }): Promise<PullRequestOutcome> {
    const existing = await this.findOpen(input.branch);
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
