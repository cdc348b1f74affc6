/**
 * The sandbox's GitHub: accounts, repositories with git history, issues, pull requests,
 * comments, reactions, labels and timelines, with GitHub's rules for who may do what.
 *
 * Every operation takes the acting account and enforces the permission GitHub would, throwing
 * the {@link GitHubError} GitHub would answer. REST, GraphQL and the test helpers all call these
 * operations, so the three agree by construction.
 */
import { Clock } from './clock.js';
import type { CommitObject, GitIdentity, GitStore } from './git.js';
import { IdSequence } from './ids.js';
import { RateLimits } from './ratelimit.js';
import type { Account, Comment, Issue, Label, Permission, Reaction, ReactionContent, Repo } from './model.js';
import * as accounts from './state/accounts.js';
import * as comments from './state/comments.js';
import * as contents from './state/contents.js';
import * as issues from './state/issues.js';
import * as labels from './state/labels.js';
import * as pulls from './state/pulls.js';
import * as repositories from './state/repositories.js';
import type { FileAtRef, FileWrite } from './state/contents.js';
import type { RepoOptions } from './state/repositories.js';
import type { Team } from './state/notifications.js';
import type { MentionNotification, PlatformSettings } from './rules.js';

/** Where the sandbox is served, for the URLs it writes into objects. */
export interface SandboxUrls {
  /** REST base (`GITHUB_API_URL`). */
  api: string;
  /** Web base (`GITHUB_SERVER_URL`), used for `html_url` and issue links. */
  web: string;
}

/**
 * All of the sandbox's GitHub data. The operations live in `./state/`, one module per concern,
 * and take this state as their first argument; the methods here are their public face.
 */
export class SandboxState {
  readonly clock: Clock;
  readonly ids = new IdSequence();
  /** Lower-cased login → account. */
  readonly accounts = new Map<string, Account>();
  /** Lower-cased `owner/name` → repository. */
  readonly repos = new Map<string, Repo>();
  readonly rateLimits: RateLimits;
  /** Lower-cased `org/slug` → team (for @team mentions). */
  readonly teams = new Map<string, Team>();
  /** Sandbox-wide switches of GitHub's limits (GITHUB-RULES.md row 12); see {@link PlatformSettings}. */
  readonly platform: PlatformSettings = { enforceRateLimits: false, graphqlTimeoutNodes: null };
  /** Who each comment notified through its mentions, oldest first (GITHUB-RULES.md row 8). */
  readonly notifications: MentionNotification[] = [];
  urls: SandboxUrls = { api: 'http://127.0.0.1', web: 'http://127.0.0.1' };

  constructor(clock: Clock = new Clock()) {
    this.clock = clock;
    this.rateLimits = new RateLimits(clock);
  }

  /** Current time as GitHub writes it. */
  now(): string {
    return this.clock.iso();
  }

  // ---------------------------------------------------------------- accounts (accounts.ts)
  /** Adds a user, bot or organization. Users and bots get a token. */
  addAccount(login: string, options: { type?: Account['type']; name?: string | null; email?: string | null; id?: number } = {}): Account {
    return accounts.addAccount(this, login, options);
  }
  /** Adds the Actions bot with its real id. */
  addBot(): Account {
    return accounts.addBot(this);
  }
  findAccount(login: string): Account | undefined {
    return accounts.findAccount(this, login);
  }
  /** The account with this login; a usage error when there is none (a test bug). */
  account(login: string): Account {
    return accounts.account(this, login);
  }
  accountByToken(token: string): Account | undefined {
    return accounts.accountByToken(this, token);
  }

  // ---------------------------------------------------------------- repositories (repositories.ts)
  /** Creates a repository with a first commit on its default branch. */
  addRepo(fullName: string, options: RepoOptions = {}): Repo {
    return repositories.addRepo(this, fullName, options);
  }
  findRepo(fullName: string): Repo | undefined {
    return repositories.findRepo(this, fullName);
  }
  /** The repository; a usage error when there is none (a test bug). */
  repo(fullName: string): Repo {
    return repositories.repo(this, fullName);
  }
  /** Sets `login`'s role on a repository (`none` removes the grant). */
  grant(repo: Repo, login: string, role: Permission): void {
    return repositories.grant(this, repo, login, role);
  }
  /** The role `login` holds on a repository, considering ownership and visibility. */
  permission(repo: Repo, login: string): Permission {
    return repositories.permission(this, repo, login);
  }
  /**
   * Checks that `actor` holds `needed` on the repository, failing as GitHub does: 404 when the
   * actor may not see it, 403 when it may see but not act (worded for the bot's integration
   * token or for a user).
   */
  requireAccess(repo: Repo, actor: Account, needed: Permission): void {
    return repositories.requireAccess(this, repo, actor, needed);
  }
  /**
   * The role needed to open issues, comment and react. Any reader may as a user; a token's
   * `issues: read` grant does not let the workflow token write anything.
   */
  participationLevel(actor: Account): Permission {
    return repositories.participationLevel(this, actor);
  }
  /** Finds a repository by name for `actor`, hiding the ones it may not see (404). */
  visibleRepo(actor: Account, owner: string, name: string): Repo {
    return repositories.visibleRepo(this, actor, owner, name);
  }

  // ---------------------------------------------------------------- git refs and contents (contents.ts)
  /** Resolves a branch, tag, `heads/x`, `refs/heads/x` or commit sha to a commit sha. */
  resolveCommitish(repo: Repo, ref: string): string | undefined {
    return contents.resolveCommitish(this, repo, ref);
  }
  /** Reads a file at a ref (default branch when omitted); undefined when absent. */
  readFile(repo: Repo, path: string, ref?: string): FileAtRef | undefined {
    return contents.readFile(this, repo, path, ref);
  }
  /** The identity git records for an account's API commits. */
  identity(account: Account): GitIdentity {
    return contents.identity(this, account);
  }
  /**
   * Commits file changes on a branch as `actor` (write access). With `expectedHead`, fails with
   * 409 when the branch moved (compare-and-swap on the branch). Creates the branch when
   * `create` is set and it does not exist yet (starting from `from` or the default branch).
   */
  commitFiles(
    repo: Repo,
    actor: Account,
    change: { branch: string; message: string; files: FileWrite[]; expectedHead?: string; author?: GitIdentity; committer?: GitIdentity },
  ): CommitObject {
    return contents.commitFiles(this, repo, actor, change);
  }
  /** Points a branch at a commit and keeps open pull requests from it in step. */
  moveBranch(repo: Repo, branch: string, sha: string): void {
    return contents.moveBranch(this, repo, branch, sha);
  }
  /**
   * Deletes a branch (write access). Open pull requests from it are closed, as GitHub closes them
   * when their head branch goes away.
   */
  deleteBranch(repo: Repo, actor: Account, branch: string): void {
    return contents.deleteBranch(this, repo, actor, branch);
  }

  // ---------------------------------------------------------------- labels (labels.ts)
  /** A repository label by name, case-insensitively as GitHub matches them. */
  findLabel(repo: Repo, name: string): Label | undefined {
    return labels.findLabel(this, repo, name);
  }
  /** Creates a label (write access); 422 `already_exists` for a duplicate name in any case. */
  createLabel(repo: Repo, actor: Account, input: { name: string; color?: string | undefined; description?: string | null | undefined }): Label {
    return labels.createLabel(this, repo, actor, input);
  }
  /** Updates a label (write access); renaming it renames it on every issue. */
  updateLabel(
    repo: Repo,
    actor: Account,
    name: string,
    input: { new_name?: string | undefined; color?: string | undefined; description?: string | null | undefined },
  ): Label {
    return labels.updateLabel(this, repo, actor, name, input);
  }
  /** Deletes a label from the repository and every issue (write access). */
  deleteLabel(repo: Repo, actor: Account, name: string): void {
    return labels.deleteLabel(this, repo, actor, name);
  }

  // ---------------------------------------------------------------- issues (issues.ts)
  /** An issue or pull request by number; 404 when absent. */
  issue(repo: Repo, number: number): Issue {
    return issues.issue(this, repo, number);
  }
  /** A pull request by number; 404 when absent or an issue. */
  pull(repo: Repo, number: number): Issue & { pull: NonNullable<Issue['pull']> } {
    return issues.pull(this, repo, number);
  }
  /**
   * Users GitHub lets be assigned: members with a role on the repository and, on any repository,
   * the issue's participants (author and commenters). Bots never.
   */
  isAssignable(repo: Repo, login: string, issue?: Issue): boolean {
    return issues.isAssignable(this, repo, login, issue);
  }
  /**
   * Opens an issue (read access). As on GitHub, labels and assignees from an author without
   * triage access are silently dropped, unassignable assignees are silently dropped, and unknown
   * labels are created.
   */
  createIssue(
    repo: Repo,
    actor: Account,
    input: { title: string; body?: string | null | undefined; labels?: string[] | undefined; assignees?: string[] | undefined },
  ): Issue {
    return issues.createIssue(this, repo, actor, input);
  }
  /**
   * Updates an issue. Title, body and state need authorship or triage; labels and assignees need
   * triage and are silently ignored otherwise, as GitHub documents. Invalid assignees fail 422.
   */
  updateIssue(repo: Repo, actor: Account, number: number, input: issues.IssueUpdate): Issue {
    return issues.updateIssue(this, repo, actor, number, input);
  }
  /** Closes an issue (author or triage). */
  closeIssue(repo: Repo, actor: Account, number: number, reason: 'completed' | 'not_planned' = 'completed'): Issue {
    return issues.closeIssue(this, repo, actor, number, reason);
  }
  /** Reopens an issue (author or triage). */
  reopenIssue(repo: Repo, actor: Account, number: number): Issue {
    return issues.reopenIssue(this, repo, actor, number);
  }
  /** Adds labels to an issue (triage), creating unknown ones; returns the issue's labels. */
  addLabels(repo: Repo, actor: Account, number: number, names: string[]): Label[] {
    return issues.addLabels(this, repo, actor, number, names);
  }
  /** Replaces an issue's labels (triage); returns the issue's labels. */
  setLabels(repo: Repo, actor: Account, number: number, names: string[]): Label[] {
    return issues.setLabels(this, repo, actor, number, names);
  }
  /** Removes one label (triage); 404 `Label does not exist` when the issue does not carry it. */
  removeLabel(repo: Repo, actor: Account, number: number, name: string): Label[] {
    return issues.removeLabel(this, repo, actor, number, name);
  }
  /** Removes every label from an issue (triage). */
  removeAllLabels(repo: Repo, actor: Account, number: number): void {
    return issues.removeAllLabels(this, repo, actor, number);
  }
  /** The label objects an issue carries, in the order applied. */
  issueLabels(repo: Repo, issue: Issue): Label[] {
    return issues.issueLabels(this, repo, issue);
  }
  /** Adds assignees (triage), silently skipping users who cannot be assigned, as GitHub does. */
  addAssignees(repo: Repo, actor: Account, number: number, logins: string[]): Issue {
    return issues.addAssignees(this, repo, actor, number, logins);
  }
  /** Removes assignees (triage); logins not assigned are ignored. */
  removeAssignees(repo: Repo, actor: Account, number: number, logins: string[]): Issue {
    return issues.removeAssignees(this, repo, actor, number, logins);
  }

  // ---------------------------------------------------------------- comments (comments.ts)
  /** Comments on an issue (read access), oldest first. */
  listComments(repo: Repo, issue: Issue): Comment[] {
    return comments.listComments(this, repo, issue);
  }
  /** A comment by id; 404 when absent. */
  comment(repo: Repo, id: number): Comment {
    return comments.comment(this, repo, id);
  }
  /** Comments on an issue as `actor` (read access); 422 for an empty body. */
  addComment(repo: Repo, actor: Account, number: number, body: string): Comment {
    return comments.addComment(this, repo, actor, number, body);
  }
  /** Edits a comment: its author, or write access and up (maintainers edit others' comments). */
  updateComment(repo: Repo, actor: Account, id: number, body: string): Comment {
    return comments.updateComment(this, repo, actor, id, body);
  }
  /** Deletes a comment: its author, or write access and up. */
  deleteComment(repo: Repo, actor: Account, id: number): void {
    return comments.deleteComment(this, repo, actor, id);
  }
  /**
   * Reacts to a comment or an issue (read access). Returns the reaction and whether it is new:
   * GitHub answers 201 for a new one and 200 with the existing one for a repeat.
   */
  addReaction(
    repo: Repo,
    actor: Account,
    target: { commentId: number } | { issueNumber: number },
    content: ReactionContent,
  ): { reaction: Reaction; created: boolean } {
    return comments.addReaction(this, repo, actor, target, content);
  }
  /** Removes `actor`'s reaction of this content (read access); returns whether one existed. */
  removeReaction(repo: Repo, actor: Account, target: { commentId: number } | { issueNumber: number }, content: ReactionContent): boolean {
    return comments.removeReaction(this, repo, actor, target, content);
  }

  // ---------------------------------------------------------------- cross references (timeline.ts)

  // ---------------------------------------------------------------- pull requests (pulls.ts)
  /**
   * Opens a pull request from `head` (`branch` or `owner:branch`) into `base`. Fails 422 as GitHub
   * does for an unknown branch, for no commits between them, and when an open pull request from
   * that head already exists.
   */
  createPull(
    repo: Repo,
    actor: Account,
    input: { title: string; head: string; base: string; body?: string | null | undefined; draft?: boolean | undefined },
  ): Issue {
    return pulls.createPull(this, repo, actor, input);
  }
  /** Updates a pull request's title, body, state or base (author or write access). */
  updatePull(
    repo: Repo,
    actor: Account,
    number: number,
    input: { title?: string | undefined; body?: string | null | undefined; state?: 'open' | 'closed' | undefined; base?: string | undefined },
  ): Issue {
    return pulls.updatePull(this, repo, actor, number, input);
  }
  /** Requests reviews (triage). Reviewers must be collaborators and not the author (422). */
  requestReviewers(repo: Repo, actor: Account, number: number, reviewers: string[]): Issue {
    return pulls.requestReviewers(this, repo, actor, number, reviewers);
  }
  /** Files a pull request changes: its head against the merge base with its base. */
  pullFiles(repo: Repo, pull: Issue & { pull: NonNullable<Issue['pull']> }): ReturnType<GitStore['diffTrees']> {
    return pulls.pullFiles(this, repo, pull);
  }
  /**
   * Merges a pull request (write access). `merge` makes a merge commit, `squash` one commit,
   * `rebase` fast-forwards when it can. A stale `sha` fails 409 and a closed or conflicting pull
   * request 405, as GitHub does. Issues the body closes (`Fixes #3`) are closed.
   */
  mergePull(
    repo: Repo,
    actor: Account,
    number: number,
    input: { merge_method?: 'merge' | 'squash' | 'rebase' | undefined; commit_title?: string | undefined; commit_message?: string | undefined; sha?: string | undefined } = {},
  ): { sha: string; message: string } {
    return pulls.mergePull(this, repo, actor, number, input);
  }
}
