/**
 * Follow-up issues in the product teams' repositories (SPEC 4.5): find the ones already filed by
 * their marker, create the labels, and create an issue exactly once even when GitHub performs a
 * create but its answer is lost.
 */
import * as core from '@actions/core';
import { readFollowupMarker, type FollowupIssue } from '../core/followup-issue.js';
import type { LabelSpec } from '../core/projection.js';
import { fitBody, sameLogin } from '../core/sanitize.js';
import type { Client } from './client.js';
import { apiError, GitHubAPIError, statusOf } from './errors.js';

/** An issue sitrep filed for an action item. */
export interface FiledIssue {
  number: number;
  url: string;
  title: string;
  assignees: string[];
}

/**
 * The token cannot reach a repository (403, 404) or the repository takes no issues (410):
 * reported on the incident, the other items go on.
 */
export class RepositoryAccessError extends GitHubAPIError {
  constructor(readonly repository: string, operation: string, status: number, cause: unknown) {
    super(`${operation} in ${repository}`, status, status === 410 ? 'issues are turned off in this repository' : 'the token cannot reach this repository', { cause });
    this.name = 'RepositoryAccessError';
  }
}

const ACCESS_STATUSES = [403, 404, 410];
const CREATE_ATTEMPTS = 3;
/** How far before a lost create to look for the issue it may have made (clock skew and latency). */
const LOST_CREATE_WINDOW = 10 * 60_000;

interface IssueListItem {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  user: { login: string } | null;
  assignees?: { login: string }[] | null;
  pull_request?: unknown;
}

function splitRepo(fullName: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = fullName.split('/');
  return { owner, repo };
}

function failure(repository: string, operation: string, error: unknown): Error {
  const status = statusOf(error);
  // A rate limit is a 403 too, but a passing one: the throttling plugin has given up, so report it as it is.
  const rateLimited = /rate limit/i.test(String((error as Error)?.message ?? ''));
  if (status !== undefined && ACCESS_STATUSES.includes(status) && !rateLimited) return new RepositoryAccessError(repository, operation, status, error);
  return apiError(`${operation} in ${repository}`, error);
}

/** A lost answer (the connection dropped, a 5xx) may hide a write that happened. */
function mayHaveHappened(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

/** Follow-up issues in any repository the token reaches. */
export class FollowupIssues {
  constructor(
    private readonly client: Client,
    private readonly dryRun: boolean,
  ) {}

  /**
   * The follow-ups of an incident already filed in a repository, by item key: issues labelled
   * with the incident id, open or closed, written by the bot, whose body starts with the marker.
   * Each key's issues are in number order (more than one only when two runs raced).
   */
  async findFiled(repository: string, incidentId: string, botLogin: string): Promise<Map<string, FiledIssue[]>> {
    let issues: IssueListItem[];
    try {
      issues = await this.client.octokit.paginate(this.client.octokit.rest.issues.listForRepo, {
        ...splitRepo(repository),
        labels: incidentId,
        state: 'all',
        per_page: 100,
      });
    } catch (error) {
      throw failure(repository, 'list issues', error);
    }
    return this.byKey(issues, incidentId, botLogin);
  }

  private byKey(issues: readonly IssueListItem[], incidentId: string, botLogin: string): Map<string, FiledIssue[]> {
    const found = new Map<string, FiledIssue[]>();
    for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
      if (issue.pull_request || !sameLogin(issue.user?.login, botLogin)) continue;
      const marker = readFollowupMarker(issue.body);
      if (marker?.incident !== incidentId) continue;
      const filed = { number: issue.number, url: issue.html_url, title: issue.title, assignees: (issue.assignees ?? []).map((a) => a.login) };
      found.set(marker.key, [...(found.get(marker.key) ?? []), filed]);
    }
    return found;
  }

  /** Closes an issue that two concurrent runs both filed, pointing at the one kept. */
  async closeDuplicate(repository: string, duplicate: FiledIssue, kept: FiledIssue): Promise<void> {
    const { owner, repo } = splitRepo(repository);
    if (this.dryRun) {
      core.info(`[dry-run] would close ${duplicate.url} as a duplicate of ${kept.url}`);
      return;
    }
    try {
      await this.client.octokit.rest.issues.createComment({ owner, repo, issue_number: duplicate.number, body: `Duplicate of #${kept.number}: two runs filed this follow-up at the same time.` });
      await this.client.octokit.rest.issues.update({ owner, repo, issue_number: duplicate.number, state: 'closed', state_reason: 'duplicate' });
    } catch (error) {
      core.warning(`could not close the duplicate follow-up ${duplicate.url}: ${(error as Error).message}`);
    }
  }

  /** Creates the labels a repository lacks (reading its labels once); one created meanwhile (422) is fine. */
  async ensureLabels(repository: string, labels: readonly LabelSpec[]): Promise<void> {
    const { owner, repo } = splitRepo(repository);
    let existing: string[];
    try {
      const all = await this.client.octokit.paginate(this.client.octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 });
      existing = all.map((l) => l.name.toLowerCase());
    } catch (error) {
      throw failure(repository, 'list labels', error);
    }
    for (const label of labels) {
      if (existing.includes(label.name.toLowerCase())) continue;
      if (this.dryRun) {
        core.info(`[dry-run] would create label ${label.name} in ${repository}`);
        continue;
      }
      try {
        await this.client.octokit.rest.issues.createLabel({ owner, repo, ...label });
      } catch (error) {
        if (statusOf(error) !== 422) throw failure(repository, 'create label', error);
      }
    }
  }

  /**
   * Creates a follow-up issue once. The create is never resent blindly: when its answer is lost
   * (a dropped connection, a 5xx), the issues written since just before it are searched for the
   * marker first, and the create is repeated only when none carries it.
   */
  async create(repository: string, issue: FollowupIssue, marker: { incidentId: string; key: string; botLogin: string }): Promise<FiledIssue> {
    const { owner, repo } = splitRepo(repository);
    if (this.dryRun) {
      core.info(`[dry-run] would create issue "${issue.title}" in ${repository} (labels ${issue.labels.join(', ')}; assignees ${issue.assignees.join(', ') || 'none'})`);
      return { number: 0, url: `https://github.com/${repository}/issues/0`, title: issue.title, assignees: issue.assignees };
    }
    for (let attempt = 1; ; attempt++) {
      const before = this.client.now() - LOST_CREATE_WINDOW;
      try {
        const { data } = await this.client.octokit.rest.issues.create({
          owner,
          repo,
          title: issue.title,
          body: fitBody(issue.body),
          labels: issue.labels,
          assignees: issue.assignees,
          // The retry plugin would resend a create whose answer was lost; this method recovers instead.
          request: { retries: 0 },
        });
        return { number: data.number, url: data.html_url, title: data.title, assignees: (data.assignees ?? []).map((a) => a.login) };
      } catch (error) {
        if (!mayHaveHappened(error) || attempt >= CREATE_ATTEMPTS) throw failure(repository, 'create issue', error);
        core.warning(`creating "${issue.title}" in ${repository} got no answer (${statusOf(error) ?? 'connection lost'}); checking whether it was created`);
        const made = await this.findSince(repository, new Date(before).toISOString(), marker);
        if (made) return made;
      }
    }
  }

  /** Issues written since `since` (most recent first), searched for one item's marker. */
  private async findSince(repository: string, since: string, marker: { incidentId: string; key: string; botLogin: string }): Promise<FiledIssue | undefined> {
    try {
      const { data } = await this.client.octokit.rest.issues.listForRepo({
        ...splitRepo(repository),
        state: 'all',
        since,
        sort: 'created',
        direction: 'desc',
        per_page: 100,
      });
      return this.byKey(data as IssueListItem[], marker.incidentId, marker.botLogin).get(marker.key)?.[0];
    } catch (error) {
      throw failure(repository, 'list issues', error);
    }
  }
}
