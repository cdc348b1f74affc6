/**
 * Direct state helpers for tests and the drill: act as a user, or read what a user would see,
 * without HTTP. They run the same operations (and permission checks) as the REST and GraphQL APIs.
 */
import { addMergedPull, type MergedPullSpec } from './history.js';
import type { TimelineEvent } from './model.js';
import { BOT_LOGIN, type Comment, type Issue, type Label, type Permission, type ReactionContent, type Repo, type RepositoryDispatch } from './model.js';
import type { RepoSettings } from './rules.js';
import type { SandboxState } from './state.js';
import { applyLabel } from './state/issues.js';

/** The acting user of a helper call; defaults to `alice` (admin). */
export interface As {
  as?: string;
}

/** An issue as a user sees it. */
export interface IssueView {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  author: string;
  labels: string[];
  assignees: string[];
  commentCount: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  isPullRequest: boolean;
  /** The issue's web address. */
  url: string;
}

/** A pull request as a user sees it. */
export interface PullView extends IssueView {
  head: string;
  base: string;
  headSha: string;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  draft: boolean;
  requestedReviewers: string[];
  /** Paths the pull request changes. */
  files: string[];
}

/** A comment as a user sees it. */
export interface CommentView {
  id: number;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  reactions: Array<{ content: ReactionContent; user: string }>;
  url: string;
}

/** A label as a user sees it. */
export interface LabelView {
  name: string;
  color: string;
  description: string | null;
}

/** A commit in a branch's history. */
export interface CommitView {
  sha: string;
  message: string;
  author: string;
  date: string;
  parents: string[];
  /** Paths changed against the first parent. */
  files: string[];
}

/** One event of an issue's timeline (`commented` events carry the comment body). */
export type TimelineView = Omit<TimelineEvent, 'nodeId'> & { body?: string };

/** Helpers over one repository. */
export class SandboxRepo {
  constructor(
    private readonly state: SandboxState,
    /** `owner/name`. */
    readonly fullName: string,
  ) {}

  /** The underlying model (for what the helpers do not cover). */
  get model(): Repo {
    return this.state.repo(this.fullName);
  }

  #actor(options: As | undefined) {
    return this.state.account(options?.as ?? 'alice');
  }

  /** GitHub's settings of this repository (protected branches, push protection…); see rules.ts. */
  get settings(): Readonly<RepoSettings> {
    return this.model.settings;
  }

  /** Changes some of GitHub's settings of this repository (rules.ts names each and its default). */
  configure(settings: Partial<RepoSettings>): void {
    Object.assign(this.model.settings, structuredClone(settings));
  }

  /**
   * Submits an issue form as a user (GITHUB-RULES.md row 2): the form's `labels:` are applied
   * whatever the author's role, but only those that already exist in the repository; the others
   * are dropped silently. Returns the issue and the labels dropped.
   */
  submitIssueForm(input: As & { title: string; body?: string; labels?: string[] }): { issue: IssueView; dropped: string[] } {
    const actor = this.#actor(input);
    const issue = this.state.createIssue(this.model, actor, { title: input.title, body: input.body ?? null });
    const dropped: string[] = [];
    for (const name of input.labels ?? []) {
      const label = this.state.findLabel(this.model, name);
      if (label) applyLabel(this.state, issue, actor, label);
      else dropped.push(name);
    }
    return { issue: this.#issueView(issue), dropped };
  }

  /** Repository dispatches received (`POST /repos/{owner}/{repo}/dispatches`), oldest first. */
  dispatches(): RepositoryDispatch[] {
    return this.model.dispatches.map((d) => ({ ...d, clientPayload: structuredClone(d.clientPayload) }));
  }

  // ---------------------------------------------------------------- issues

  /** Opens an issue as a user (labels and assignees apply as GitHub applies them for that user). */
  createIssue(input: As & { title: string; body?: string; labels?: string[]; assignees?: string[] }): IssueView {
    const issue = this.state.createIssue(this.model, this.#actor(input), input);
    return this.#issueView(issue);
  }

  /** An issue or pull request by number. */
  issue(number: number): IssueView {
    return this.#issueView(this.state.issue(this.model, number));
  }

  /** Issues (not pull requests), oldest first. */
  issues(filter: { state?: 'open' | 'closed' | 'all'; labels?: string[] } = {}): IssueView[] {
    const state = filter.state ?? 'open';
    const labels = (filter.labels ?? []).map((l) => l.toLowerCase());
    return [...this.model.issues.values()]
      .filter((i) => !i.pull && (state === 'all' || i.state === state))
      .filter((i) => labels.every((l) => i.labels.some((name) => name.toLowerCase() === l)))
      .map((i) => this.#issueView(i));
  }

  /** Edits an issue as a user. */
  editIssue(
    number: number,
    changes: As & { title?: string; body?: string | null; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned'; labels?: string[]; assignees?: string[] },
  ): IssueView {
    const issue = this.state.updateIssue(this.model, this.#actor(changes), number, {
      title: changes.title,
      body: changes.body,
      state: changes.state,
      state_reason: changes.stateReason,
      labels: changes.labels,
      assignees: changes.assignees,
    });
    return this.#issueView(issue);
  }

  /** Closes an issue as a user (by hand, as in the web interface). */
  closeIssue(number: number, options: As & { reason?: 'completed' | 'not_planned' } = {}): IssueView {
    return this.#issueView(this.state.closeIssue(this.model, this.#actor(options), number, options.reason));
  }

  /** Reopens an issue as a user. */
  reopenIssue(number: number, options: As = {}): IssueView {
    return this.#issueView(this.state.reopenIssue(this.model, this.#actor(options), number));
  }

  /** Adds labels to an issue as a user (unknown labels are created). */
  addLabels(number: number, labels: string[], options: As = {}): string[] {
    return this.state.addLabels(this.model, this.#actor(options), number, labels).map((l) => l.name);
  }

  /** Removes a label from an issue as a user. */
  removeLabel(number: number, label: string, options: As = {}): string[] {
    return this.state.removeLabel(this.model, this.#actor(options), number, label).map((l) => l.name);
  }

  /** The labels an issue carries, in the order applied. */
  labels(number: number): string[] {
    return [...this.state.issue(this.model, number).labels];
  }

  /** The logins assigned to an issue. */
  assignees(number: number): string[] {
    return [...this.state.issue(this.model, number).assignees];
  }

  /** Assigns users to an issue as a user (unassignable ones are skipped, as GitHub does). */
  assign(number: number, logins: string[], options: As = {}): string[] {
    return [...this.state.addAssignees(this.model, this.#actor(options), number, logins).assignees];
  }

  // ---------------------------------------------------------------- comments

  /** Comments on an issue as a user. */
  comment(number: number, body: string, options: As = {}): CommentView {
    return this.#commentView(this.state.addComment(this.model, this.#actor(options), number, body));
  }

  /** An issue's comments, oldest first. */
  comments(number: number): CommentView[] {
    return this.state.listComments(this.model, this.state.issue(this.model, number)).map((c) => this.#commentView(c));
  }

  /** Comments on an issue written by the Actions bot. */
  botComments(number: number): CommentView[] {
    return this.comments(number).filter((c) => c.author === BOT_LOGIN);
  }

  /** Edits a comment as a user. */
  editComment(id: number, body: string, options: As = {}): CommentView {
    return this.#commentView(this.state.updateComment(this.model, this.#actor(options), id, body));
  }

  /** Deletes a comment as a user. */
  deleteComment(id: number, options: As = {}): void {
    this.state.deleteComment(this.model, this.#actor(options), id);
  }

  /** Reacts to a comment as a user. */
  react(commentId: number, content: ReactionContent, options: As = {}): void {
    this.state.addReaction(this.model, this.#actor(options), { commentId }, content);
  }

  // ---------------------------------------------------------------- labels

  /** The repository's labels. */
  repoLabels(): LabelView[] {
    return this.model.labels.map((l: Label) => ({ name: l.name, color: l.color, description: l.description }));
  }

  /** Creates a repository label as a user. */
  createLabel(name: string, options: As & { color?: string; description?: string } = {}): LabelView {
    const label = this.state.createLabel(this.model, this.#actor(options), { name, color: options.color, description: options.description });
    return { name: label.name, color: label.color, description: label.description };
  }

  // ---------------------------------------------------------------- timeline

  /** An issue's timeline, oldest first (events of deleted comments are gone, as on GitHub). */
  timeline(number: number): TimelineView[] {
    const repo = this.model;
    return this.state.issue(repo, number).timeline.map(({ nodeId: _nodeId, ...event }) => {
      if (event.event === 'commented') {
        const comment = repo.comments.get(event.commentId);
        return comment ? { ...event, body: comment.body } : { ...event };
      }
      return { ...event };
    });
  }

  // ---------------------------------------------------------------- files and branches

  /** A file's text on a branch, tag or commit (default branch by default); undefined when absent. */
  readFile(path: string, options: { ref?: string } = {}): string | undefined {
    return this.state.readFile(this.model, path, options.ref)?.content.toString('utf8');
  }

  /** A file's blob sha; undefined when absent. */
  fileSha(path: string, options: { ref?: string } = {}): string | undefined {
    return this.state.readFile(this.model, path, options.ref)?.sha;
  }

  /** Every file path on a ref (default branch by default). */
  files(options: { ref?: string } = {}): string[] {
    const repo = this.model;
    const sha = this.state.resolveCommitish(repo, options.ref ?? repo.defaultBranch);
    return sha ? repo.git.flatten(repo.git.getCommit(sha)!.tree).map((e) => e.path) : [];
  }

  /** Commits files (path → content, `null` deletes) on a branch as a user; returns the commit sha. */
  writeFiles(files: Record<string, string | null>, options: As & { branch?: string; message?: string } = {}): string {
    const repo = this.model;
    const commit = this.state.commitFiles(repo, this.#actor(options), {
      branch: options.branch ?? repo.defaultBranch,
      message: options.message ?? `Update ${Object.keys(files).join(', ')}`,
      files: Object.entries(files).map(([path, content]) => ({ path, content })),
    });
    return commit.sha;
  }

  /** Commits one file; returns the commit sha. */
  writeFile(path: string, content: string, options: As & { branch?: string; message?: string } = {}): string {
    return this.writeFiles({ [path]: content }, options);
  }

  /** The commit a branch points at; undefined when there is no such branch. */
  branch(name: string): string | undefined {
    return this.model.git.refs.get(`refs/heads/${name}`);
  }

  /** Branch names. */
  branches(): string[] {
    return [...this.model.git.refs.keys()].filter((r) => r.startsWith('refs/heads/')).map((r) => r.slice('refs/heads/'.length));
  }

  /** Creates a branch from another branch or commit (default branch by default) as a user. */
  createBranch(name: string, options: As & { from?: string } = {}): string {
    const repo = this.model;
    this.state.requireAccess(repo, this.#actor(options), 'write');
    const sha = this.state.resolveCommitish(repo, options.from ?? repo.defaultBranch);
    if (!sha) throw new Error(`no ref ${options.from ?? repo.defaultBranch} in ${this.fullName}`);
    if (repo.git.refs.has(`refs/heads/${name}`)) throw new Error(`branch ${name} already exists in ${this.fullName}`);
    this.state.moveBranch(repo, name, sha);
    return sha;
  }

  /** Deletes a branch as a user (open pull requests from it are closed, as on GitHub). */
  deleteBranch(name: string, options: As = {}): void {
    this.state.deleteBranch(this.model, this.#actor(options), name);
  }

  /** A branch's history, newest first (first-parent order is not guaranteed for merges). */
  commits(options: { ref?: string } = {}): CommitView[] {
    const repo = this.model;
    const head = this.state.resolveCommitish(repo, options.ref ?? repo.defaultBranch);
    if (!head) return [];
    return repo.git.ancestors(head).map((sha) => {
      const commit = repo.git.getCommit(sha)!;
      const parent = commit.parents[0] ? repo.git.getCommit(commit.parents[0])!.tree : repo.git.emptyTree;
      return {
        sha,
        message: commit.message,
        author: commit.author.name,
        date: commit.author.date,
        parents: [...commit.parents],
        files: repo.git.changedPaths(parent, commit.tree).map((f) => f.path),
      };
    });
  }

  // ---------------------------------------------------------------- pull requests

  /** Opens a pull request as a user (`base` defaults to the default branch). */
  openPull(input: As & { title: string; head: string; base?: string; body?: string; draft?: boolean }): PullView {
    const repo = this.model;
    const pull = this.state.createPull(repo, this.#actor(input), { ...input, base: input.base ?? repo.defaultBranch });
    return this.pull(pull.number);
  }

  /** A pull request by number. */
  pull(number: number): PullView {
    const repo = this.model;
    const pull = this.state.pull(repo, number);
    return {
      ...this.#issueView(pull),
      head: pull.pull.headRef,
      base: pull.pull.baseRef,
      headSha: pull.pull.headSha,
      merged: pull.pull.merged,
      mergedAt: pull.pull.mergedAt,
      mergedBy: pull.pull.mergedBy,
      mergeCommitSha: pull.pull.mergeCommitSha,
      draft: pull.pull.draft,
      requestedReviewers: [...pull.pull.requestedReviewers],
      files: this.state.pullFiles(repo, pull).map((f) => f.path),
    };
  }

  /** Pull requests, oldest first. */
  pulls(filter: { state?: 'open' | 'closed' | 'all' } = {}): PullView[] {
    const state = filter.state ?? 'open';
    return [...this.model.issues.values()].filter((i) => i.pull && (state === 'all' || i.state === state)).map((i) => this.pull(i.number));
  }

  /**
   * Records a pull request merged at `mergedAt` (opened ten minutes before, by `author`, default
   * bob), as history for suspect changes; the clock is put back afterwards. Returns its number.
   */
  addMergedPull(spec: MergedPullSpec): number {
    return addMergedPull(this.state, this.model, spec);
  }

  /** Merges a pull request as a user; returns the new head of the base branch. */
  mergePull(number: number, options: As & { method?: 'merge' | 'squash' | 'rebase' } = {}): string {
    return this.state.mergePull(this.model, this.#actor(options), number, { merge_method: options.method }).sha;
  }

  // ---------------------------------------------------------------- access

  /** Sets a user's role here (`none` removes it). */
  grant(login: string, role: Permission): void {
    this.state.grant(this.model, login, role);
  }

  /** A user's role here, as the collaborator permission API reports it in `role_name`. */
  permissionOf(login: string): Permission {
    return this.state.permission(this.model, login);
  }

  #issueView(issue: Issue): IssueView {
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      stateReason: issue.stateReason,
      author: issue.author,
      labels: [...issue.labels],
      assignees: [...issue.assignees],
      commentCount: issue.commentIds.length,
      createdAt: issue.createdAt,
      updatedAt: issue.updatedAt,
      closedAt: issue.closedAt,
      isPullRequest: issue.pull !== null,
      url: `${this.state.urls.web}/${this.fullName}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    };
  }

  #commentView(comment: Comment): CommentView {
    return {
      id: comment.id,
      issueNumber: comment.issueNumber,
      body: comment.body,
      author: comment.author,
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      reactions: comment.reactions.map((r) => ({ content: r.content, user: r.user })),
      url: `${this.state.urls.web}/${this.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    };
  }
}
